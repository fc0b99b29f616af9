package org.tongxin.consultation.domain;

import java.util.Set;
import org.tongxin.platform.kernel.Role;

/**
 * The consultation activity's state machine as one table: each step, the states it leaves from, the state it reaches
 * and the role that takes it. The office of the activity's organisation runs it: opens sign-up, records it as held
 * (the attendance ticked becomes duty-ledger entries) or cancels it (its study-hall booking is released). Leaders
 * see it; members sign up, check in and submit speeches, which are not steps of the activity.
 */
public enum ActivityStep {
    OPEN(Set.of(ActivityState.PLANNED), ActivityState.OPEN, Role.OFFICE_STAFF, "problem.cs-activity.open-state"),
    HOLD(
            Set.of(ActivityState.PLANNED, ActivityState.OPEN),
            ActivityState.HELD,
            Role.OFFICE_STAFF,
            "problem.cs-activity.hold-state"),
    CANCEL(
            Set.of(ActivityState.PLANNED, ActivityState.OPEN),
            ActivityState.CANCELLED,
            Role.OFFICE_STAFF,
            "problem.cs-activity.cancel-state");

    private final Set<ActivityState> from;
    private final ActivityState to;
    private final Role role;
    private final String refusal;

    ActivityStep(Set<ActivityState> from, ActivityState to, Role role, String refusal) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.refusal = refusal;
    }

    public boolean leavesFrom(ActivityState state) {
        return from.contains(state);
    }

    public ActivityState to() {
        return to;
    }

    /** The one role that takes this step. */
    public Role role() {
        return role;
    }

    /** The message key of the refusal when the activity is in another state. */
    String refusal() {
        return refusal;
    }
}
