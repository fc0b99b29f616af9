package org.tongxin.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * 民情日记: a concern a member met at a contact point: when, where, what people said, what the
 * member suggests; office staff follow it up to resolved or unresolved, with a note.
 */
@Entity
@Table(name = "cm_concern")
public class Concern implements OrganisationOwned {

    public enum Status {
        OPEN,
        RESOLVED,
        UNRESOLVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_concern_seq")
    @SequenceGenerator(name = "cm_concern_seq", sequenceName = "cm_concern_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "point_id", nullable = false, updatable = false)
    private Long pointId;

    @Column(name = "met_on", nullable = false, updatable = false)
    private LocalDate metOn;

    @Column(nullable = false, length = 1000, updatable = false)
    private String what;

    @Column(length = 1000, updatable = false)
    private String suggestion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "handling_note", length = 1000)
    private String handlingNote;

    @Column(name = "handled_by", length = 64)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Concern() {}

    public Concern(
            Member member,
            ContactPoint point,
            LocalDate metOn,
            String what,
            String suggestion,
            LocalDate today,
            Instant at) {
        if (metOn == null || metOn.isAfter(today)) {
            throw Problem.field("metOn", "invalid-input", "problem.duty.date");
        }
        String w = what == null ? "" : what.strip();
        if (w.isEmpty() || w.length() > 1000) {
            throw Problem.field("what", "invalid-input", "problem.concern.what");
        }
        String s = suggestion == null || suggestion.isBlank() ? null : suggestion.strip();
        if (s != null && s.length() > 1000) {
            throw Problem.field("suggestion", "invalid-input", "problem.concern.suggestion");
        }
        this.organisationId = member.organisationId();
        this.memberId = member.id();
        this.pointId = point.id();
        this.metOn = metOn;
        this.what = w;
        this.suggestion = s;
        this.status = Status.OPEN;
        this.createdAt = at;
    }

    /** Office staff close the follow-up: resolved or not, with a note; a closed concern can be reopened by a new note. */
    public void handle(boolean resolved, String note, String by, Instant at) {
        String n = note == null ? "" : note.strip();
        if (n.isEmpty() || n.length() > 1000) {
            throw Problem.field("note", "invalid-input", "problem.concern.note");
        }
        this.status = resolved ? Status.RESOLVED : Status.UNRESOLVED;
        this.handlingNote = n;
        this.handledBy = by;
        this.handledAt = at;
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Long memberId() {
        return memberId;
    }

    public Long pointId() {
        return pointId;
    }

    public LocalDate metOn() {
        return metOn;
    }

    public String what() {
        return what;
    }

    public String suggestion() {
        return suggestion;
    }

    public Status status() {
        return status;
    }

    public String handlingNote() {
        return handlingNote;
    }

    public String handledBy() {
        return handledBy;
    }

    public Instant handledAt() {
        return handledAt;
    }
}
