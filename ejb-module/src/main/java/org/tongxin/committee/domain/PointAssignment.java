package org.tongxin.committee.domain;

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
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/**
 * A member assigned to a contact point from a date on: either their one fixed point (固定联系点) or
 * one of several they visit. Ends on a date; the record stays.
 */
@Entity
@Table(name = "cm_point_assignment")
public class PointAssignment implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_point_assignment_seq")
    @SequenceGenerator(name = "cm_point_assignment_seq", sequenceName = "cm_point_assignment_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "point_id", nullable = false, updatable = false)
    private Long pointId;

    @Column(nullable = false, updatable = false)
    private boolean fixed;

    @Column(nullable = false, updatable = false)
    private LocalDate since;

    private LocalDate until;

    @Column(name = "live_key", length = 40)
    private String liveKey;

    @Column(name = "fixed_live")
    private Long fixedLive;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    protected PointAssignment() {}

    /**
     * Assigns the member to the point; refused when the point lies in another organisation, the member
     * has left, is already assigned there, or already has a fixed point and this one is fixed too.
     */
    public static PointAssignment assign(
            Member m,
            ContactPoint point,
            boolean fixed,
            boolean alreadyHere,
            boolean hasFixed,
            LocalDate since,
            String by,
            Instant at) {
        if (since == null) {
            throw Problem.field("since", "invalid-input", "problem.pairing.date");
        }
        if (!m.organisationId().equals(point.organisationId())) {
            throw Problem.rule("other-organisation", "problem.liaison.other-organisation");
        }
        point.refuseRetired();
        if (m.status() != MemberStatus.ACTIVE) {
            throw Problem.rule("not-active", "problem.member.not-active");
        }
        if (alreadyHere) {
            throw Problem.conflict("already-assigned", "problem.liaison.already-assigned");
        }
        if (fixed && hasFixed) {
            throw Problem.conflict("fixed-taken", "problem.liaison.fixed-taken");
        }
        PointAssignment a = new PointAssignment();
        a.organisationId = m.organisationId();
        a.memberId = m.id();
        a.pointId = point.id();
        a.fixed = fixed;
        a.since = since;
        a.liveKey = m.id() + ":" + point.id();
        a.fixedLive = fixed ? m.id() : null;
        a.createdBy = by;
        a.createdAt = at;
        return a;
    }

    public void end(LocalDate on) {
        if (until != null) {
            throw Problem.conflict("already-ended", "problem.pairing.ended");
        }
        if (on == null || on.isBefore(since)) {
            throw Problem.field("until", "invalid-input", "problem.pairing.end-date", since.toString());
        }
        until = on;
        liveKey = null;
        fixedLive = null;
    }

    public boolean current() {
        return until == null;
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

    public boolean fixed() {
        return fixed;
    }

    public LocalDate since() {
        return since;
    }

    public LocalDate until() {
        return until;
    }
}
