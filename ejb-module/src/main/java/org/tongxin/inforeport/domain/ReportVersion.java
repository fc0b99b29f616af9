package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved text of a report, by its author or an editor; never changed afterwards. */
@Entity
@Table(name = "ir_version")
public class ReportVersion {

    /** Who wrote a version. */
    public enum Kind {
        AUTHOR,
        EDITOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ir_version_seq")
    @SequenceGenerator(name = "ir_version_seq", sequenceName = "ir_version_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(nullable = false, updatable = false)
    private int number;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(nullable = false, length = 20_000, updatable = false)
    private String body;

    @Column(nullable = false, length = 10_000, updatable = false)
    private String proposals;

    @Column(name = "written_by", nullable = false, length = 64, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected ReportVersion() {}

    public ReportVersion(Report report, int number, Kind kind, String writtenBy, Instant now) {
        Draft d = report.draft();
        this.reportId = report.id();
        this.number = number;
        this.kind = kind;
        this.title = d.title();
        this.body = d.body();
        this.proposals = d.joinedProposals();
        this.writtenBy = writtenBy;
        this.writtenAt = now;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public Kind kind() {
        return kind;
    }

    public Draft draft(String topic) {
        return new Draft(title, body, Draft.split(proposals), topic);
    }

    public String writtenBy() {
        return writtenBy;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
