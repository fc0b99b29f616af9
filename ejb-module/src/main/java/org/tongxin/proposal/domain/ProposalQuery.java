package org.tongxin.proposal.domain;

/** Filters of a proposals list (null: any): state and filing year. */
public record ProposalQuery(ProposalState state, Integer year) implements java.io.Serializable {

    public static ProposalQuery all() {
        return new ProposalQuery(null, null);
    }
}
