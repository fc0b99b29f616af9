package org.tongxin.consultation.domain;

import java.util.Set;
import org.tongxin.platform.kernel.Role;

/**
 * The plan's state machine as one table: each step, the states it leaves from, the state it reaches and the role that
 * takes it. The office drafts, submits to the party committee and publishes; a leader records the party group's
 * review (党组审议), returns a plan for revision and records the party committee's approval (市委常委会).
 */
public enum PlanStep {
    REVIEW(Set.of(PlanState.DRAFT), PlanState.REVIEWED, Role.LEADER, "problem.plan.review-state"),
    RETURN(Set.of(PlanState.REVIEWED, PlanState.SUBMITTED), PlanState.DRAFT, Role.LEADER, "problem.plan.return-state"),
    SUBMIT(Set.of(PlanState.REVIEWED), PlanState.SUBMITTED, Role.OFFICE_STAFF, "problem.plan.submit-state"),
    APPROVE(Set.of(PlanState.SUBMITTED), PlanState.APPROVED, Role.LEADER, "problem.plan.approve-state"),
    PUBLISH(Set.of(PlanState.APPROVED), PlanState.PUBLISHED, Role.OFFICE_STAFF, "problem.plan.publish-state");

    private final Set<PlanState> from;
    private final PlanState to;
    private final Role role;
    private final String refusal;

    PlanStep(Set<PlanState> from, PlanState to, Role role, String refusal) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.refusal = refusal;
    }

    public boolean leavesFrom(PlanState state) {
        return from.contains(state);
    }

    public PlanState to() {
        return to;
    }

    /** The one role that takes this step. */
    public Role role() {
        return role;
    }

    /** The message key of the refusal when the plan is in another state. */
    String refusal() {
        return refusal;
    }

    /** Whether the plan must meet its organisation's shape before this step (review and submission). */
    public boolean checksShape() {
        return this == REVIEW || this == SUBMIT;
    }
}
