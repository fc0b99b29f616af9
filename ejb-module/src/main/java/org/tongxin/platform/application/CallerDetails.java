package org.tongxin.platform.application;

import java.util.List;

/**
 * The signed-in person: who they are, where they belong, what they may do. {@code secondFactorRequired}:
 * the account is protected by a second factor, so over the API HTTP Basic alone reaches nothing but this
 * answer and {@code POST /api/v1/auth/token} (issue 15).
 */
public record CallerDetails(
        long id,
        String username,
        String displayName,
        OrganisationDetails organisation,
        List<String> roles,
        boolean mustChangePassword,
        boolean secondFactorRequired) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
