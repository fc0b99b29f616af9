package org.tongxin.platform.kernel;

import java.util.Set;

/**
 * Which organisations a caller may see: their own, and the ones below it where one of their roles
 * allows. Queries filter with {@link #pathPattern()} in the database ({@code o.path like :pattern}),
 * never by loading and filtering; a sibling's path never matches.
 */
public record VisibleOrganisations(long ownId, String ownPath, boolean subtree) {

    /** What an account of the organisation {@code ownId} at {@code ownPath} with these roles sees. */
    public static VisibleOrganisations of(long ownId, String ownPath, Set<Role> roles) {
        return new VisibleOrganisations(ownId, ownPath, roles.stream().anyMatch(Role::seesSubtree));
    }

    /** A LIKE pattern over {@code pf_organisation.path}: the own path, with everything below where allowed. */
    public String pathPattern() {
        return subtree ? ownPath + "%" : ownPath;
    }

    /** Whether the organisation with this tree path ("/1/51/") is visible. */
    public boolean includes(String organisationPath) {
        return subtree ? organisationPath.startsWith(ownPath) : organisationPath.equals(ownPath);
    }
}
