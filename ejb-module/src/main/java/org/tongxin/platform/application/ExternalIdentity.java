package org.tongxin.platform.application;

import java.util.Objects;
import java.util.Set;
import org.tongxin.platform.domain.AccountSource;
import org.tongxin.platform.kernel.Role;

/**
 * A person as a directory or an identity provider vouches for them, already mapped by the
 * deployment's configuration (groups or claims to roles, an attribute or OU to an organisation, an
 * attribute to the roster member).
 *
 * @param source the directory or the provider
 * @param subject the person's stable name at the source (a DN or entryUUID, an OpenID Connect {@code sub})
 * @param username the login name the account gets at its first login (kept afterwards)
 * @param displayName the name shown in Tongxin, refreshed at each login
 * @param roles the business roles the mapping gives; administrator roles in it are ignored
 * @param organisationCode the code of the person's organisation, refreshed at each login
 * @param memberKey the roster key of the member this person is, or null
 */
public record ExternalIdentity(
        AccountSource source,
        String subject,
        String username,
        String displayName,
        Set<Role> roles,
        String organisationCode,
        String memberKey)
        implements java.io.Serializable {

    public ExternalIdentity {
        Objects.requireNonNull(source);
        Objects.requireNonNull(subject);
        roles = Set.copyOf(roles);
    }
}
