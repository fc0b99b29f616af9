package org.tongxin.platform.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dual-controlled password resets, by account. */
public interface PasswordResets {

    void add(PasswordResetRequest request);

    /** The account's pending request, locked for update (two approvers at once: one wins). */
    Optional<PasswordResetRequest> pendingForUpdate(long accountId);

    /** The account's latest request that is pending or approved. */
    Optional<PasswordResetRequest> latestForUpdate(long accountId);

    /** The latest pending or approved request of each of these accounts (for a page of accounts). */
    Map<Long, PasswordResetRequest> latestOf(Collection<Long> accountIds);

    /** The enabled accounts that hold one of the three administrator roles: they are told of every dual reset. */
    List<Long> administratorIds();

    /** The requester's half as the database keeps it: sealed with the deployment's key, bound to the request. */
    String seal(String half, long accountId);

    String open(String sealed, long accountId);
}
