package org.tongxin.platform.application;

import java.util.Set;
import org.tongxin.platform.kernel.Role;
import org.tongxin.platform.kernel.VisibleOrganisations;

/** The signed-in caller as other contexts need them: account id, roles and the organisations they may see. */
public record Caller(long accountId, String username, Set<Role> roles, VisibleOrganisations visible)
        implements java.io.Serializable {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
