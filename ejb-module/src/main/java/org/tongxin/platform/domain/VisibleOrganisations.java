package org.tongxin.platform.domain;

import java.util.Set;

/**
 * Which organisations a caller may see: their own, and the ones below it where one of their roles
 * allows. Queries filter with {@link #pathPattern()} in the database ({@code o.path like :pattern}),
 * never by loading and filtering; a sibling's path never matches.
 */
public record VisibleOrganisations(long ownId, String ownPath, boolean subtree) {

    public static VisibleOrganisations of(Account account) {
        Set<Role> roles = account.roles();
        boolean below = roles.stream().anyMatch(Role::seesSubtree);
        return new VisibleOrganisations(account.organisation().id(), account.organisation().path(), below);
    }

    /** A LIKE pattern over {@code pf_organisation.path}: the own path, with everything below where allowed. */
    public String pathPattern() {
        return subtree ? ownPath + "%" : ownPath;
    }

    public boolean includes(Organisation organisation) {
        return subtree ? organisation.path().startsWith(ownPath) : organisation.path().equals(ownPath);
    }
}
