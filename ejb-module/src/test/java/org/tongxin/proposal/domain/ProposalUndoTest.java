package org.tongxin.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.proposal.domain.ProposalReviewExtrasTest.submitted;
import static org.tongxin.proposal.domain.ProposalStepTest.CO_SIGNER;
import static org.tongxin.proposal.domain.ProposalStepTest.NOW;
import static org.tongxin.proposal.domain.ProposalStepTest.OFFICE;
import static org.tongxin.proposal.domain.ProposalStepTest.PROPOSER;
import static org.tongxin.proposal.domain.ProposalStepTest.TODAY;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * The rules inside the third slice's steps (issue 18): the proposer deletes a draft or withdraws a submitted proposal
 * back to a draft, the office takes a merged proposal out of its main one. Who may take them from where is
 * {@link ProposalStepTest}.
 */
class ProposalUndoTest {

    static final Actor OFFICE_OF_ORG = OFFICE;

    @Test
    void theProposerDiscardsTheirDraftAndNobodyElseDoes() {
        Proposal p = ProposalStepTest.draft();
        p.discard(PROPOSER);
        assertEquals(
                "proposal-step-role",
                assertThrows(Problem.class, () -> p.discard(CO_SIGNER)).code(),
                "a co-signer declines nothing by deleting");
        Proposal submitted = ProposalStepTest.at(ProposalState.SUBMITTED);
        assertEquals(
                "proposal-state",
                assertThrows(Problem.class, () -> submitted.discard(PROPOSER)).code(),
                "a submitted proposal is withdrawn first");
    }

    @Test
    void aWithdrawnProposalIsADraftAgainThatKeepsItsConfirmationsAndIsSubmittedAnew() {
        Proposal p = ProposalStepTest.at(ProposalState.SUBMITTED);
        p.withdraw(PROPOSER, false);
        assertEquals(ProposalState.DRAFT, p.state());
        assertNull(p.submittedAt());
        assertTrue(p.coSigners().get(0).confirmed(), "as on any edit of a draft");
        assertTrue(p.may(ProposalStep.EDIT, PROPOSER));
        assertTrue(p.may(ProposalStep.DISCARD, PROPOSER));
        p.submit(PROPOSER, NOW);
        assertEquals(ProposalState.SUBMITTED, p.state());
    }

    @Test
    void aProposalOthersWereMergedIntoIsNotWithdrawnAndOnceAcceptedNeither() {
        Proposal p = ProposalStepTest.at(ProposalState.SUBMITTED);
        Problem merged = assertThrows(Problem.class, () -> p.withdraw(PROPOSER, true));
        assertEquals("withdraw-merged", merged.code());
        assertEquals(Problem.Kind.CONFLICT, merged.kind());
        assertEquals(ProposalState.SUBMITTED, p.state());
        p.accept(OFFICE, TODAY);
        assertEquals(
                "proposal-state",
                assertThrows(Problem.class, () -> p.withdraw(PROPOSER, false)).code());
    }

    @Test
    void unmergeReturnsTheMergedProposalAndTakesItsProposersOffTheMainOne() {
        Proposal main = submitted(1L, 10L, List.of(11L));
        // 12 with co-signers 11 (already on the main one) and 13; 14 alone
        Proposal other = submitted(2L, 12L, List.of(11L, 13L));
        Proposal third = submitted(3L, 14L, List.of());
        other.mergeInto(OFFICE, main, TODAY);
        third.mergeInto(OFFICE, main, TODAY);
        assertEquals(List.of(10L, 11L, 12L, 13L, 14L), main.proposers());

        other.unmerge(OFFICE, main, List.of(other, third));
        assertEquals(ProposalState.SUBMITTED, other.state());
        assertNull(other.mergedIntoId());
        assertNull(other.reviewedOn());
        assertEquals(List.of(10L, 11L, 14L), main.proposers());
        assertEquals(3L, main.mergedProposers().get(0).fromProposalId());
        assertEquals(ProposalState.MERGED, third.state(), "the other merged proposal stays merged");
        // submitted again: it may be reviewed, or merged again
        other.accept(OFFICE, TODAY);
        assertEquals(ProposalState.ACCEPTED, other.state());
    }

    @Test
    void unmergeTakesAlongTheProposersTheMergedOneHadAbsorbedButKeepsThoseAnotherBroughtToo() {
        Proposal a = submitted(1L, 10L, List.of());
        Proposal b = submitted(2L, 12L, List.of(15L));
        Proposal c = submitted(3L, 14L, List.of());
        // d brings 15 too: 15 stays on the main one when b leaves
        Proposal d = submitted(4L, 16L, List.of(15L));
        c.mergeInto(OFFICE, b, TODAY);
        b.mergeInto(OFFICE, a, TODAY);
        d.mergeInto(OFFICE, a, TODAY);
        assertEquals(List.of(10L, 12L, 15L, 14L, 16L), a.proposers());

        b.unmerge(OFFICE, a, List.of(b, d));
        assertEquals(List.of(10L, 16L, 15L), a.proposers());
        assertEquals(
                List.of(14L),
                b.mergedProposers().stream().map(MergedProposer::memberId).toList(),
                "b keeps what it had absorbed: c stays merged into b");
        assertEquals(List.of(12L, 15L, 14L), b.proposers());
    }

    @Test
    void unmergeIsRefusedOnceTheMainOneWasReviewedAndByAnyoneButTheOffice() {
        Proposal main = submitted(1L, 10L, List.of());
        Proposal other = submitted(2L, 12L, List.of());
        other.mergeInto(OFFICE, main, TODAY);
        Actor proposer = new Actor(Set.of(Role.MEMBER), ProposalStepTest.ORG, 12L, null, "p12");
        assertEquals(
                "proposal-step-role",
                assertThrows(Problem.class, () -> other.unmerge(proposer, main, List.of(other)))
                        .code());
        main.accept(OFFICE, TODAY);
        Problem accepted = assertThrows(Problem.class, () -> other.unmerge(OFFICE_OF_ORG, main, List.of(other)));
        assertEquals("unmerge-reviewed", accepted.code());
        assertEquals(Problem.Kind.CONFLICT, accepted.kind());
        assertEquals(ProposalState.MERGED, other.state());
        assertEquals(List.of(10L, 12L), main.proposers(), "credited as they were");
        assertFalse(other.may(ProposalStep.UNMERGE, proposer));
    }
}
