package org.tongxin.platform.application;

import java.time.Instant;
import java.util.List;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.kernel.Role;

/**
 * An account as the administrators' pages and the API list it. {@code mustChangePassword}: the
 * current password was set by an administrator (or revoked) and opens nothing but the change;
 * {@code passwordReset}: the latest dual-controlled reset still pending or approved, else null;
 * {@code source}: LOCAL, LDAP or OIDC, who checks the person's password; {@code departmentId} and
 * {@code departmentName}: the government department a handling unit's login acts for (issue 18), else null.
 */
public record AccountDetails(
        long id,
        String username,
        String displayName,
        long organisationId,
        String organisationName,
        List<String> roles,
        boolean enabled,
        boolean locked,
        Instant lastLoginAt,
        boolean mustChangePassword,
        PasswordResetSummary passwordReset,
        String source,
        Long departmentId,
        String departmentName)
        implements java.io.Serializable {

    static AccountDetails of(Account a, Instant now, PasswordResetSummary reset, String departmentName) {
        return new AccountDetails(
                a.id(),
                a.username(),
                a.displayName(),
                a.organisation().id(),
                a.organisation().name(),
                a.roles().stream().map(Role::code).toList(),
                a.isEnabled(),
                a.isLocked(now),
                a.lastLoginAt(),
                a.mustChangePassword(),
                reset,
                a.source().name(),
                a.departmentId(),
                a.departmentId() == null ? null : departmentName);
    }
}
