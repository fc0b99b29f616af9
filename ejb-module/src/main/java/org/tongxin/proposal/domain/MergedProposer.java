package org.tongxin.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A proposer or co-signer of a proposal merged into this one (并案): kept as a proposer of the main proposal, credited
 * when it is accepted; {@code fromProposalId} is the merged proposal they came with.
 */
@Embeddable
public class MergedProposer {

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "from_proposal_id")
    private Long fromProposalId;

    protected MergedProposer() {}

    MergedProposer(long memberId, Long fromProposalId) {
        this.memberId = memberId;
        this.fromProposalId = fromProposalId;
    }

    public long memberId() {
        return memberId;
    }

    public Long fromProposalId() {
        return fromProposalId;
    }
}
