package org.tongxin.proposal.domain;

/**
 * Where a proposal stands (drawn in docs/proposals.md): a draft being written and co-signed; submitted to the proposal
 * committee; accepted (立案), not accepted (不予立案), converted into a social-condition report or a letter, or merged
 * into another (并案); assigned (交办) to its handling units; answered by the lead unit and under the office's review
 * (答复审查); the answer delivered to the proposer; re-handling after a first "not satisfied"; rated; done (办结).
 */
public enum ProposalState {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    NOT_ACCEPTED,
    CONVERTED,
    MERGED,
    ASSIGNED,
    ANSWERED,
    DELIVERED,
    REHANDLING,
    RATED,
    DONE;

    /** No step leads out of it. */
    public boolean closed() {
        return this == NOT_ACCEPTED || this == CONVERTED || this == MERGED || this == DONE;
    }
}
