package org.tongxin.studyhall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/** One day of an organisation's working calendar that differs from the ordinary week. */
@Entity
@Table(name = "sh_calendar_day")
public class CalendarDay implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_calendar_day_seq")
    @SequenceGenerator(name = "sh_calendar_day_seq", sequenceName = "sh_calendar_day_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "calendar_date", nullable = false, updatable = false)
    private LocalDate calendarDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DayKind kind;

    @Column(nullable = false, length = 100)
    private String name;

    protected CalendarDay() {}

    public CalendarDay(long organisationId, LocalDate day, DayKind kind, String name) {
        if (day == null) {
            throw Problem.field("day", "required", "problem.required");
        }
        if (kind == null) {
            throw Problem.field("kind", "required", "problem.required");
        }
        this.organisationId = organisationId;
        this.calendarDate = day;
        this.kind = kind;
        rename(name);
    }

    public void change(DayKind newKind, String newName) {
        if (newKind == null) {
            throw Problem.field("kind", "required", "problem.required");
        }
        this.kind = newKind;
        rename(newName);
    }

    private void rename(String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw Problem.field("name", "required", "problem.required");
        }
        this.name = n;
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public LocalDate day() {
        return calendarDate;
    }

    public DayKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }
}
