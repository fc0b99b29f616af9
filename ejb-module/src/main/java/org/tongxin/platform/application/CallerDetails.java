package org.tongxin.platform.application;

import java.util.List;

/** The signed-in person: who they are, where they belong, what they may do, who checks their password (LOCAL, LDAP, OIDC). */
public record CallerDetails(
        long id,
        String username,
        String displayName,
        OrganisationDetails organisation,
        List<String> roles,
        boolean mustChangePassword,
        String source) {

    /** A directory's or a provider's person: no local password to change. */
    public boolean external() {
        return !"LOCAL".equals(source);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
