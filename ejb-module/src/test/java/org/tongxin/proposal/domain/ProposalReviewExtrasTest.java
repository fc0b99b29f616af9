package org.tongxin.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.proposal.domain.ProposalStepTest.CO_UNIT;
import static org.tongxin.proposal.domain.ProposalStepTest.LEADER;
import static org.tongxin.proposal.domain.ProposalStepTest.NOW;
import static org.tongxin.proposal.domain.ProposalStepTest.OFFICE;
import static org.tongxin.proposal.domain.ProposalStepTest.ORG;
import static org.tongxin.proposal.domain.ProposalStepTest.TODAY;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * The rules inside the second slice's steps (issue 18): merge keeps every proposer once, conversion, co-handling
 * opinions, key proposals, instructions and interviews. Who may take them from where is {@link ProposalStepTest}.
 */
class ProposalReviewExtrasTest {

    @Test
    void mergeKeepsEveryProposerAndCoSignerOfTheMergedOnesEachOnce() {
        Proposal main = submitted(1L, 10L, List.of(11L));
        // 12 with co-signers 11 (already on the main) and 13
        Proposal other = submitted(2L, 12L, List.of(11L, 13L));
        // 14 alone; then merged into "other" first is not allowed (other is closed) - merge into main
        Proposal third = submitted(3L, 14L, List.of());

        other.mergeInto(OFFICE, main, TODAY);
        third.mergeInto(OFFICE, main, TODAY);

        assertEquals(ProposalState.MERGED, other.state());
        assertEquals(1L, other.mergedIntoId());
        assertEquals(ProposalState.SUBMITTED, main.state());
        assertEquals(List.of(10L, 11L, 12L, 13L, 14L), main.proposers());
        assertEquals(2L, main.mergedProposers().get(0).fromProposalId());
        assertEquals(3L, main.mergedProposers().get(2).fromProposalId());
    }

    @Test
    void aProposalMergedIntoOneThatIsMergedLaterBringsItsProposersAlong() {
        Proposal a = submitted(1L, 10L, List.of());
        Proposal b = submitted(2L, 12L, List.of());
        Proposal c = submitted(3L, 14L, List.of());
        c.mergeInto(OFFICE, b, TODAY);
        b.mergeInto(OFFICE, a, TODAY);
        assertEquals(List.of(10L, 12L, 14L), a.proposers());
    }

    @Test
    void mergeIntoItselfOrIntoOneNotSubmittedOrOfAnotherOrganisationIsRefused() {
        Proposal main = submitted(1L, 10L, List.of());
        Proposal other = submitted(2L, 12L, List.of());
        assertEquals(
                "invalid-input",
                assertThrows(Problem.class, () -> main.mergeInto(OFFICE, main, TODAY))
                        .code());
        main.accept(OFFICE, TODAY);
        assertEquals(
                "invalid-input",
                assertThrows(Problem.class, () -> other.mergeInto(OFFICE, main, TODAY))
                        .code());
        Proposal elsewhere = new Proposal(2L, 20L, ProposalStepTest.text(), List.of(), null, null, "m", NOW, TODAY);
        id(elsewhere, 9L);
        elsewhere.submit(new Actor(Set.of(Role.MEMBER), 2L, 20L, null, "m"), NOW);
        assertEquals(
                "invalid-input",
                assertThrows(Problem.class, () -> other.mergeInto(OFFICE, elsewhere, TODAY))
                        .code());
        assertEquals(ProposalState.SUBMITTED, other.state());
    }

    @Test
    void aLetterNeedsAReasonAReportKeepsItsId() {
        Proposal letter = submitted(1L, 10L, List.of());
        assertEquals(
                "required",
                assertThrows(Problem.class, () -> letter.convert(OFFICE, Conversion.LETTER, " ", null, TODAY))
                        .code());
        letter.convert(OFFICE, Conversion.LETTER, "属于个人诉求", null, TODAY);
        assertEquals(ProposalState.CONVERTED, letter.state());
        assertEquals("属于个人诉求", letter.conversionReason());
        assertNull(letter.convertedReportId());

        Proposal report = submitted(2L, 10L, List.of());
        report.convert(OFFICE, Conversion.REPORT, null, 77L, TODAY);
        assertEquals(Conversion.REPORT, report.conversion());
        assertEquals(77L, report.convertedReportId());
        assertTrue(report.state().closed());
    }

    @Test
    void aCoUnitsLaterOpinionReplacesItsEarlierOneAndTheLeadUnitGivesNone() {
        Proposal p = ProposalStepTest.at(ProposalState.ASSIGNED);
        p.giveOpinion(CO_UNIT, "建议增加冷链补贴", TODAY);
        p.giveOpinion(CO_UNIT, "同意主办单位意见", TODAY);
        assertEquals(1, p.opinions().size());
        assertEquals("同意主办单位意见", p.opinions().get(0).text());
        assertEquals(101L, p.opinions().get(0).departmentId());
        assertEquals(
                "proposal-step-role",
                assertThrows(Problem.class, () -> p.giveOpinion(ProposalStepTest.LEAD_UNIT, "x", TODAY))
                        .code());
        assertEquals(
                "required",
                assertThrows(Problem.class, () -> p.giveOpinion(CO_UNIT, " ", TODAY))
                        .code());
    }

    @Test
    void markingKeyRecordsTheDecisionAndLeaderAndIsNewOnlyOnce() {
        Proposal p = ProposalStepTest.at(ProposalState.ASSIGNED);
        assertEquals(
                "invalid-input",
                assertThrows(Problem.class, () -> p.markKey(OFFICE, TODAY.plusDays(1), "主席会议", 5L, "张德明", TODAY))
                        .code());
        assertFalse(p.key());
        assertTrue(p.markKey(OFFICE, TODAY, "第十五届主席会议第3次会议", 5L, "张德明", TODAY));
        assertFalse(p.markKey(OFFICE, TODAY, "第十五届主席会议第3次会议", 6L, "李副主席", TODAY));
        assertTrue(p.key());
        assertEquals(6L, p.supervisorAccountId());
        assertEquals(TODAY, p.keyDecidedOn());
    }

    @Test
    void instructionsAndInterviewsAreKeptInOrderDatedNotAfterToday() {
        Proposal p = ProposalStepTest.at(ProposalState.DONE);
        assertEquals(1, p.instruct(LEADER, 5L, "张德明", TODAY, "请发改委牵头落实", TODAY));
        assertEquals(2, p.instruct(LEADER, 5L, "张德明", TODAY, "抓紧推进", TODAY));
        assertThrows(Problem.class, () -> p.instruct(LEADER, 5L, "张德明", TODAY.plusDays(1), "x", TODAY));
        p.recordInterview(OFFICE, TODAY, "张伟明委员", "对办理结果满意", TODAY);
        assertEquals(2, p.instructions().size());
        assertEquals("抓紧推进", p.instructions().get(1).text());
        assertEquals("对办理结果满意", p.interviews().get(0).said());
        assertEquals(
                "proposal-step-role",
                assertThrows(Problem.class, () -> p.instruct(OFFICE, 5L, "x", TODAY, "x", TODAY))
                        .code());
    }

    // ---- fixtures

    static Proposal submitted(long id, long proposer, List<Long> coSigners) {
        Proposal p = new Proposal(ORG, proposer, ProposalStepTest.text(), coSigners, null, null, "m", NOW, TODAY);
        id(p, id);
        for (Long c : coSigners) {
            p.confirm(new Actor(Set.of(Role.MEMBER), ORG, c, null, "c" + c), NOW);
        }
        p.submit(new Actor(Set.of(Role.MEMBER), ORG, proposer, null, "p" + proposer), NOW);
        return p;
    }

    static void id(Proposal p, long id) {
        try {
            Field f = Proposal.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(p, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
