package org.tongxin.platform.application;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Logins of members of the roster, as the office staff of the member's organisation manage them (the
 * committee context asks here, never the account entity): open one with a one-time password, find one to
 * link, read the login names, and disable one when its member leaves the roster.
 */
@Local
public interface MemberLogins {

    /** A login just opened: its one-time password is returned once and kept nowhere in clear. */
    record Opened(long accountId, String username, String oneTimePassword) implements java.io.Serializable {}

    /**
     * Opens an account with the role {@code member} in a visible organisation: the login name by
     * {@link org.tongxin.platform.domain.MemberUsernames} from the pinyin, a generated one-time password
     * that opens nothing but the first password change.
     */
    Opened open(String namePinyin, String displayName, long organisationId);

    /**
     * The id of an account an office may link to a member: of a visible organisation, not an
     * administrator's nor a service account; otherwise {@code 404} (account), as if it did not exist.
     */
    long linkable(long accountId);

    /** As {@link #linkable(long)}, by login name (the field named {@code username} when not found). */
    long linkableByUsername(String username);

    /** Login names by account id (the ids that exist). */
    Map<Long, String> usernames(Collection<Long> accountIds);

    /** Disables the account (its member left the roster): it no longer logs in; its records stay. */
    void disable(long accountId);

    /** Whether the account is enabled (for the pages and tests); empty when there is none. */
    Optional<Boolean> enabled(long accountId);
}
