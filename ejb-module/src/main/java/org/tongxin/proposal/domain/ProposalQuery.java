package org.tongxin.proposal.domain;

/**
 * Filters of a proposals list (null: any): state and filing year; key proposals only ({@code key} true; false: the
 * others); the key proposals a leader's account supervises ({@code supervisorAccountId}, set by the service from the
 * caller, never taken from a client).
 */
public record ProposalQuery(ProposalState state, Integer year, Boolean key, Long supervisorAccountId)
        implements java.io.Serializable {

    public ProposalQuery(ProposalState state, Integer year) {
        this(state, year, null, null);
    }

    public static ProposalQuery all() {
        return new ProposalQuery(null, null);
    }

    /** The same filters, the key proposals supervised by this account only. */
    public ProposalQuery supervisedBy(long accountId) {
        return new ProposalQuery(state, year, Boolean.TRUE, accountId);
    }
}
