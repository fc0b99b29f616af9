package org.tongxin.consultation.domain;

import java.util.Set;
import org.tongxin.platform.kernel.Role;

/**
 * The six steps of grassroots consultation (六步) as one table; each value is also where a topic stands once the step
 * is taken ({@code DONE}: closed after the follow-up). A step leaves only from the one before it: 收集民意 COLLECT (a
 * new topic) → 确定议题 TOPIC → 议前调研 RESEARCH → 协商议事 DELIBERATE → 公示公开 PUBLISH → 跟踪落实 FOLLOW_UP → 办结 DONE.
 * Office staff of the topic's organisation take every step; a member of the town's liaison group may only collect (a
 * topic from their own concern, checked by the service); leaders read. The codes are an API contract.
 */
public enum GrassrootsStep {
    COLLECT(null, Set.of(Role.OFFICE_STAFF, Role.MEMBER), "problem.grassroots.state.COLLECT"),
    TOPIC("COLLECT", Set.of(Role.OFFICE_STAFF), "problem.grassroots.state.TOPIC"),
    RESEARCH("TOPIC", Set.of(Role.OFFICE_STAFF), "problem.grassroots.state.RESEARCH"),
    DELIBERATE("RESEARCH", Set.of(Role.OFFICE_STAFF), "problem.grassroots.state.DELIBERATE"),
    PUBLISH("DELIBERATE", Set.of(Role.OFFICE_STAFF), "problem.grassroots.state.PUBLISH"),
    FOLLOW_UP("PUBLISH", Set.of(Role.OFFICE_STAFF), "problem.grassroots.state.FOLLOW_UP"),
    DONE("FOLLOW_UP", Set.of(Role.OFFICE_STAFF), "problem.grassroots.state.DONE");

    private final String from;
    private final Set<Role> roles;
    private final String refusal;

    GrassrootsStep(String from, Set<Role> roles, String refusal) {
        this.from = from;
        this.roles = roles;
        this.refusal = refusal;
    }

    /** The message key of the refusal when the topic stands elsewhere. */
    String refusal() {
        return refusal;
    }

    /** Whether this step is taken on a topic that stands at {@code state} (COLLECT: never; it makes the topic). */
    public boolean leavesFrom(GrassrootsStep state) {
        return from != null && from.equals(state.name());
    }

    /** The roles that take this step. */
    public Set<Role> roles() {
        return roles;
    }

    public boolean takenBy(Set<Role> callerRoles) {
        return roles.stream().anyMatch(callerRoles::contains);
    }

    /** The step taken next from here, or null once done. */
    public GrassrootsStep next() {
        return this == DONE ? null : values()[ordinal() + 1];
    }

    /** Whether a topic standing here has held its meeting (DELIBERATE or later). */
    public boolean deliberated() {
        return ordinal() >= DELIBERATE.ordinal();
    }
}
