package org.tongxin.studyhall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The rule a recurring booking was made by; its occurrences are ordinary bookings that point to it. */
@Entity
@Table(name = "sh_series")
public class Series {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_series_seq")
    @SequenceGenerator(name = "sh_series_seq", sequenceName = "sh_series_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "space_id", nullable = false, updatable = false)
    private Long spaceId;

    @Column(name = "every_weeks", nullable = false, updatable = false)
    private int everyWeeks;

    @Column(name = "first_start", nullable = false, updatable = false)
    private Instant firstStart;

    @Column(name = "until_on", updatable = false)
    private LocalDate untilOn;

    @Column(updatable = false)
    private Integer times;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Series() {}

    public Series(Space space, Recurrence rule, Instant firstStart, String createdBy, Instant now) {
        this.organisationId = space.organisationId();
        this.spaceId = space.id();
        this.everyWeeks = rule.everyWeeks();
        this.untilOn = rule.until();
        this.times = rule.times();
        this.firstStart = firstStart;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Long spaceId() {
        return spaceId;
    }

    public Recurrence rule() {
        return new Recurrence(everyWeeks, untilOn, times);
    }
}
