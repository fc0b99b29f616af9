package org.tongxin.platform.application;

import java.util.List;

/** The signed-in person: who they are, where they belong, what they may do. */
public record CallerDetails(
        long id,
        String username,
        String displayName,
        OrganisationDetails organisation,
        List<String> roles,
        boolean mustChangePassword) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
