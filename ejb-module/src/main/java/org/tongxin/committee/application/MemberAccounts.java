package org.tongxin.committee.application;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.util.List;

/**
 * Roster to logins (issue 14): office staff open logins for members in bulk, print the slips, and link or
 * unlink an existing account and a member (one account per member, one member per account).
 */
@Local
public interface MemberAccounts {

    /** Most logins one call opens; the rest are skipped with the reason {@code limit} (call again). */
    int MAX_PER_CALL = 500;

    /** Whom to open logins for: chosen members, a special committee's active members, or every visible one. */
    record Scope(List<Long> memberIds, Long committee, boolean all) implements Serializable {}

    record Created(long memberId, String memberName, String username, String oneTimePassword) implements Serializable {}

    /** A member left out: {@code has-account}, {@code not-active}, {@code not-found}, {@code limit}. */
    record Skipped(long memberId, String memberName, String reason) implements Serializable {}

    /** What a bulk creation did; {@code batch} names its sheet of slips (empty when nothing was created). */
    record Result(List<Created> created, List<Skipped> skipped, String batch) implements Serializable {}

    /** The member's login as the member page shows it; all null when there is none. */
    record Login(Long accountId, String username, Boolean enabled) implements Serializable {}

    Result createLogins(Scope scope);

    /** The sheet of slips of a batch the caller made less than a day ago, as a PDF; {@code 404} otherwise. */
    byte[] slips(String batch);

    Login login(long memberId);

    void link(long memberId, long accountId);

    void linkByUsername(long memberId, String username);

    void unlink(long memberId);
}
