package org.tongxin.consultation.domain;

import java.util.EnumSet;
import java.util.Set;
import org.tongxin.platform.kernel.Role;

/**
 * The outcome's state machine as one table: each step (and each record that does not move it), the states it is
 * taken from, the state it reaches (null: it stays) and the one role that takes it. Office staff keep the outcome
 * (change it while agreed, send it, record the department's answer on its behalf, track it, mark it done, publish it
 * and withdraw the publication, note progress); a leader records instructions (批示). The department answers itself
 * too: a handling unit's login acting for the outcome's own department takes the answer (issue 17/18). Publication is
 * allowed once the department has answered, and only when not published already (withdrawal the other way round).
 */
public enum OutcomeStep {
    CHANGE(EnumSet.of(OutcomeState.AGREED), null, Role.OFFICE_STAFF, "problem.outcome.change-state"),
    SEND(EnumSet.of(OutcomeState.AGREED), OutcomeState.SENT, Role.OFFICE_STAFF, "problem.outcome.send-state"),
    ANSWER(EnumSet.of(OutcomeState.SENT), OutcomeState.ANSWERED, Role.OFFICE_STAFF, "problem.outcome.answer-state"),
    TRACK(EnumSet.of(OutcomeState.ANSWERED), OutcomeState.TRACKING, Role.OFFICE_STAFF, "problem.outcome.track-state"),
    COMPLETE(
            EnumSet.of(OutcomeState.ANSWERED, OutcomeState.TRACKING),
            OutcomeState.DONE,
            Role.OFFICE_STAFF,
            "problem.outcome.complete-state"),
    PUBLISH(
            EnumSet.of(OutcomeState.ANSWERED, OutcomeState.TRACKING, OutcomeState.DONE),
            null,
            Role.OFFICE_STAFF,
            "problem.outcome.publish-state"),
    UNPUBLISH(
            EnumSet.of(OutcomeState.ANSWERED, OutcomeState.TRACKING, OutcomeState.DONE),
            null,
            Role.OFFICE_STAFF,
            "problem.outcome.unpublish-state"),
    NOTE(
            EnumSet.of(OutcomeState.SENT, OutcomeState.ANSWERED, OutcomeState.TRACKING),
            null,
            Role.OFFICE_STAFF,
            "problem.outcome.note-state"),
    INSTRUCT(
            EnumSet.of(OutcomeState.SENT, OutcomeState.ANSWERED, OutcomeState.TRACKING, OutcomeState.DONE),
            null,
            Role.LEADER,
            "problem.outcome.instruct-state");

    /** The steps of {@code POST …/transitions}; the others have their own requests. */
    public static final Set<OutcomeStep> TRANSITIONS = EnumSet.of(SEND, ANSWER, TRACK, COMPLETE, PUBLISH, UNPUBLISH);

    private final Set<OutcomeState> from;
    private final OutcomeState to;
    private final Role role;
    private final String refusal;

    OutcomeStep(Set<OutcomeState> from, OutcomeState to, Role role, String refusal) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.refusal = refusal;
    }

    /** Whether the step may be taken from this state, the outcome published or not. */
    public boolean allowedFrom(OutcomeState state, boolean published) {
        if (!from.contains(state)) {
            return false;
        }
        return switch (this) {
            case PUBLISH -> !published;
            case UNPUBLISH -> published;
            default -> true;
        };
    }

    /** The state reached, or null when the step leaves the state as it is. */
    public OutcomeState to() {
        return to;
    }

    /** The role that takes this step (for the answer, also the outcome's own department's handling unit). */
    public Role role() {
        return role;
    }

    /** Whether a handling unit's login acting for the outcome's department takes this step (the answer only). */
    public boolean byUnit() {
        return this == ANSWER;
    }

    /**
     * Whether these roles take the step: its role, or (the answer) a handling unit of the outcome's own department
     * ({@code ownDepartment}: the caller acts for the department the outcome was sent to).
     */
    public boolean takenBy(Set<Role> roles, boolean ownDepartment) {
        return roles.contains(role) || (byUnit() && ownDepartment && roles.contains(Role.HANDLING_UNIT));
    }

    String refusal() {
        return refusal;
    }
}
