package org.tongxin.platform.application;

import java.time.Instant;
import java.util.List;

import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.Role;

/** An account as the administrators' pages and the API list it. */
public record AccountView(long id, String username, String displayName, long organisationId,
        String organisationName, List<String> roles, boolean enabled, boolean locked, Instant lastLoginAt) {

    static AccountView of(Account a, Instant now) {
        return new AccountView(a.id(), a.username(), a.displayName(), a.organisation().id(), a.organisation().name(),
                a.roles().stream().map(Role::code).toList(), a.isEnabled(), a.isLocked(now), a.lastLoginAt());
    }
}
