package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/** A bulletin issue (期): an organisation's adopted reports of a period, numbered within the year. */
@Entity
@Table(name = "ir_bulletin")
public class Bulletin implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ir_bulletin_seq")
    @SequenceGenerator(name = "ir_bulletin_seq", sequenceName = "ir_bulletin_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "issue_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "issue_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 64, updatable = false)
    private String publishedBy;

    protected Bulletin() {}

    public Bulletin(
            long organisationId,
            int year,
            int number,
            String title,
            LocalDate from,
            LocalDate to,
            String by,
            Instant now) {
        if (from == null || to == null || to.isBefore(from)) {
            throw Problem.field("to", "invalid-period", "problem.report.period");
        }
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 200) {
            throw Problem.field("title", "required", "problem.required");
        }
        this.organisationId = organisationId;
        this.year = year;
        this.number = number;
        this.title = t;
        this.periodFrom = from;
        this.periodTo = to;
        this.publishedBy = by;
        this.publishedAt = now;
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public int year() {
        return year;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
