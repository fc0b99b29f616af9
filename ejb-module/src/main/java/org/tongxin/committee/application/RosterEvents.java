package org.tongxin.committee.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Objects;
import org.tongxin.committee.domain.Member;
import org.tongxin.platform.kernel.IntegrationEvent;

/**
 * Tells other systems (docs/integration.md) that a member joined, left or moved to another special committee, in
 * the transaction of the change: a service takes a {@link #before} of the member, changes it, and calls
 * {@link #after}; a new member is told by {@link #joined}.
 */
@ApplicationScoped
public class RosterEvents {

    /** What a member was before a change: active or not, and the committee. */
    public record Before(boolean active, Long committeeId) implements java.io.Serializable {}

    @Inject
    Event<IntegrationEvent> integration;

    public static Before before(Member m) {
        return new Before(m.status() == MemberStatus.ACTIVE, m.committeeId());
    }

    /** A new member, told when active. */
    public void joined(Member m) {
        if (m.status() == MemberStatus.ACTIVE) {
            fire("joined", m, null);
        }
    }

    /** What changed since {@code before}: joined (again), left, or moved between committees. */
    public void after(Before before, Member m) {
        boolean active = m.status() == MemberStatus.ACTIVE;
        if (active && !before.active()) {
            fire("joined", m, null);
        } else if (!active && before.active()) {
            fire("left", m, null);
        }
        if (active && before.active() && !Objects.equals(before.committeeId(), m.committeeId())) {
            fire("moved", m, before.committeeId());
        }
    }

    private void fire(String what, Member m, Long fromCommittee) {
        integration.fire(IntegrationEvent.of(
                "cn.tongxin.member." + what,
                "member",
                m.id(),
                m.organisationId(),
                IntegrationEvent.fields(
                        "memberId", m.id(),
                        "rosterKey", m.rosterKey(),
                        "name", m.name(),
                        "status", m.status().name(),
                        "statusSince",
                                m.statusSince() == null ? null : m.statusSince().toString(),
                        "committeeId", m.committeeId(),
                        "fromCommitteeId", fromCommittee,
                        "position", m.position() == null ? null : m.position().name(),
                        "term", m.term())));
    }
}
