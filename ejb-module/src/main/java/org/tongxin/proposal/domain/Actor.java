package org.tongxin.proposal.domain;

import java.util.EnumSet;
import java.util.Set;
import org.tongxin.platform.kernel.Role;

/**
 * The caller as the proposal's rules see them: roles, own organisation, the member they are (members) and the
 * department they act for (handling units).
 */
public record Actor(Set<Role> roles, long organisationId, Long memberId, Long departmentId, String username) {

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
