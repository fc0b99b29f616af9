package org.tongxin.platform.application;

import java.util.List;

/**
 * The signed-in person: who they are, where they belong, what they may do, who checks their password (LOCAL, LDAP, OIDC). {@code secondFactorRequired}:
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
        String source,
        boolean secondFactorRequired)
        implements java.io.Serializable {

    /** A directory's or a provider's person: no local password to change. */
    public boolean external() {
        return !"LOCAL".equals(source);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
