package org.tongxin.platform.application;

/**
 * Fired synchronously, in the login's transaction, when a directory or a provider says which roster
 * member an account belongs to: the committee context links the member to the account when the
 * member exists in that organisation and is not linked to another account.
 */
public record ExternalMemberClaim(long accountId, long organisationId, String rosterKey)
        implements java.io.Serializable {}
