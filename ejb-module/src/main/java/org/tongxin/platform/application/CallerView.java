package org.tongxin.platform.application;

import java.util.List;

/** The signed-in person: who they are, where they belong, what they may do. */
public record CallerView(long id, String username, String displayName, OrganisationView organisation,
        List<String> roles, boolean mustChangePassword) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
