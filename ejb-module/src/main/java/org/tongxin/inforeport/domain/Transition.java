package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a report's path: which level, which move, from and to which state, who, when, with what note. */
@Entity
@Table(name = "ir_transition")
public class Transition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ir_transition_seq")
    @SequenceGenerator(name = "ir_transition_seq", sequenceName = "ir_transition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReportAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 12, updatable = false)
    private ReportState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 12, updatable = false)
    private ReportState toState;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(length = 1000, updatable = false)
    private String note;

    protected Transition() {}

    public Transition(
            Report report,
            long organisationId,
            ReportAction action,
            ReportState from,
            String actor,
            String actorName,
            String note,
            Instant now) {
        this.reportId = report.id();
        this.organisationId = organisationId;
        this.action = action;
        this.fromState = from;
        this.toState = report.state();
        this.actor = actor;
        this.actorName = actorName;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.occurredAt = now;
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public ReportAction action() {
        return action;
    }

    public ReportState fromState() {
        return fromState;
    }

    public ReportState toState() {
        return toState;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String note() {
        return note;
    }
}
