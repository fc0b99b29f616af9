package org.tongxin.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * The proposal's state machine, exhaustively: every step, from every state, by every kind of caller (the proposer, a
 * co-signer, another member, the office of the proposal's organisation and of another, the lead unit, a co-handling
 * unit, another unit, a leader) is allowed exactly where the table of docs/proposals.md says, and refused otherwise
 * (403 for a caller who is not the step's party, 409 for the party in the wrong state); then the rules inside steps.
 */
class ProposalStepTest {

    static final long ORG = 1L;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    static final Actor PROPOSER = new Actor(Set.of(Role.MEMBER), ORG, 10L, null, "member1");
    static final Actor CO_SIGNER = new Actor(Set.of(Role.MEMBER), ORG, 11L, null, "member2");
    static final Actor OTHER_MEMBER = new Actor(Set.of(Role.MEMBER), ORG, 12L, null, "member3");
    static final Actor OFFICE = new Actor(Set.of(Role.OFFICE_STAFF), ORG, null, null, "proposals");
    static final Actor OTHER_OFFICE = new Actor(Set.of(Role.OFFICE_STAFF), 2L, null, null, "office-pc");
    static final Actor LEAD_UNIT = new Actor(Set.of(Role.HANDLING_UNIT), ORG, null, 100L, "unit1");
    static final Actor CO_UNIT = new Actor(Set.of(Role.HANDLING_UNIT), ORG, null, 101L, "unit2");
    static final Actor OTHER_UNIT = new Actor(Set.of(Role.HANDLING_UNIT), ORG, null, 102L, "unit3");
    static final Actor LEADER = new Actor(Set.of(Role.LEADER), ORG, null, null, "leader");

    static final Map<String, Actor> ACTORS = new LinkedHashMap<>();

    static {
        ACTORS.put("proposer", PROPOSER);
        ACTORS.put("co-signer", CO_SIGNER);
        ACTORS.put("other member", OTHER_MEMBER);
        ACTORS.put("office", OFFICE);
        ACTORS.put("other office", OTHER_OFFICE);
        ACTORS.put("lead unit", LEAD_UNIT);
        ACTORS.put("co-unit", CO_UNIT);
        ACTORS.put("other unit", OTHER_UNIT);
        ACTORS.put("leader", LEADER);
    }

    /** The table, written here independently of the enum: step → (who, from which states). */
    record Allowed(Actor who, Set<ProposalState> from) {}

    static final Map<ProposalStep, Allowed> TABLE = new EnumMap<>(ProposalStep.class);

    static {
        TABLE.put(ProposalStep.EDIT, new Allowed(PROPOSER, EnumSet.of(ProposalState.DRAFT)));
        TABLE.put(ProposalStep.CONFIRM, new Allowed(CO_SIGNER, EnumSet.of(ProposalState.DRAFT)));
        TABLE.put(ProposalStep.SUBMIT, new Allowed(PROPOSER, EnumSet.of(ProposalState.DRAFT)));
        TABLE.put(ProposalStep.ACCEPT, new Allowed(OFFICE, EnumSet.of(ProposalState.SUBMITTED)));
        TABLE.put(ProposalStep.NOT_ACCEPT, new Allowed(OFFICE, EnumSet.of(ProposalState.SUBMITTED)));
        TABLE.put(ProposalStep.CONVERT, new Allowed(OFFICE, EnumSet.of(ProposalState.SUBMITTED)));
        TABLE.put(ProposalStep.MERGE, new Allowed(OFFICE, EnumSet.of(ProposalState.SUBMITTED)));
        TABLE.put(ProposalStep.ASSIGN, new Allowed(OFFICE, EnumSet.of(ProposalState.ACCEPTED)));
        TABLE.put(ProposalStep.SEND_BACK, new Allowed(LEAD_UNIT, EnumSet.of(ProposalState.ASSIGNED)));
        TABLE.put(
                ProposalStep.ANSWER,
                new Allowed(LEAD_UNIT, EnumSet.of(ProposalState.ASSIGNED, ProposalState.REHANDLING)));
        TABLE.put(ProposalStep.APPROVE_ANSWER, new Allowed(OFFICE, EnumSet.of(ProposalState.ANSWERED)));
        TABLE.put(ProposalStep.RETURN_ANSWER, new Allowed(OFFICE, EnumSet.of(ProposalState.ANSWERED)));
        TABLE.put(ProposalStep.RATE, new Allowed(PROPOSER, EnumSet.of(ProposalState.DELIVERED)));
        TABLE.put(ProposalStep.CLOSE, new Allowed(OFFICE, EnumSet.of(ProposalState.RATED)));
        Set<ProposalState> handled = EnumSet.of(
                ProposalState.ACCEPTED,
                ProposalState.ASSIGNED,
                ProposalState.ANSWERED,
                ProposalState.DELIVERED,
                ProposalState.REHANDLING,
                ProposalState.RATED);
        Set<ProposalState> handledOrDone = EnumSet.copyOf(handled);
        handledOrDone.add(ProposalState.DONE);
        TABLE.put(
                ProposalStep.OPINION,
                new Allowed(CO_UNIT, EnumSet.of(ProposalState.ASSIGNED, ProposalState.REHANDLING)));
        TABLE.put(ProposalStep.MARK_KEY, new Allowed(OFFICE, handled));
        TABLE.put(ProposalStep.INSTRUCT, new Allowed(LEADER, handledOrDone));
        TABLE.put(ProposalStep.INTERVIEW, new Allowed(OFFICE, handledOrDone));
        // third slice: the proposer deletes a draft or withdraws a submitted proposal, the office undoes a merge
        TABLE.put(ProposalStep.DISCARD, new Allowed(PROPOSER, EnumSet.of(ProposalState.DRAFT)));
        TABLE.put(ProposalStep.WITHDRAW, new Allowed(PROPOSER, EnumSet.of(ProposalState.SUBMITTED)));
        TABLE.put(ProposalStep.UNMERGE, new Allowed(OFFICE, EnumSet.of(ProposalState.MERGED)));
    }

    @Test
    void everyStepIsAllowedForItsPartyFromItsStatesAndRefusedEverywhereElse() {
        assertEquals(EnumSet.allOf(ProposalStep.class), TABLE.keySet(), "the table names every step");
        int allowed = 0;
        int refused = 0;
        for (ProposalState state : ProposalState.values()) {
            for (ProposalStep step : ProposalStep.values()) {
                for (Map.Entry<String, Actor> who : ACTORS.entrySet()) {
                    Proposal p = at(state);
                    Allowed rule = TABLE.get(step);
                    boolean expected =
                            rule.who() == who.getValue() && rule.from().contains(state);
                    String what = step + " from " + state + " by " + who.getKey();
                    if (expected) {
                        p.check(step, who.getValue());
                        allowed++;
                    } else {
                        Problem e = assertThrows(Problem.class, () -> p.check(step, who.getValue()), what);
                        String code = rule.who() == who.getValue()
                                        && !p.parties(who.getValue()).isEmpty()
                                ? "proposal-state"
                                : "proposal-step-role";
                        if (rule.who() != who.getValue()) {
                            assertEquals("proposal-step-role", e.code(), what);
                        } else if (rule.who() != LEAD_UNIT && rule.who() != CO_UNIT) {
                            assertEquals(code, e.code(), what);
                        }
                        refused++;
                    }
                }
            }
        }
        assertEquals(15 + 2 + 6 + 7 + 7 + 3, allowed, "the allowed cells of the table");
        assertTrue(refused > 1000);
    }

    @Test
    void theOfficeOfTheProposalsOrganisationReviewsAndAWrongStateIsAConflict() {
        Problem notYet =
                assertThrows(Problem.class, () -> at(ProposalState.DRAFT).accept(OFFICE, TODAY));
        assertEquals("proposal-state", notYet.code());
        assertEquals(Problem.Kind.CONFLICT, notYet.kind());
        Problem other =
                assertThrows(Problem.class, () -> at(ProposalState.SUBMITTED).accept(OTHER_OFFICE, TODAY));
        assertEquals("proposal-step-role", other.code());
        assertEquals(Problem.Kind.FORBIDDEN, other.kind());
    }

    @Test
    void aJointProposalIsSubmittedOnlyOnceEveryCoSignerHasConfirmed() {
        Proposal p = draft();
        assertEquals(ProposalKind.JOINT, p.kind());
        assertFalse(p.may(ProposalStep.SUBMIT, PROPOSER));
        Problem pending = assertThrows(Problem.class, () -> p.submit(PROPOSER, NOW));
        assertEquals("co-signers-pending", pending.code());
        assertTrue(p.may(ProposalStep.CONFIRM, CO_SIGNER));
        p.confirm(CO_SIGNER, NOW);
        assertFalse(p.may(ProposalStep.CONFIRM, CO_SIGNER), "confirmed once");
        assertTrue(p.may(ProposalStep.SUBMIT, PROPOSER));
        p.submit(PROPOSER, NOW);
        assertEquals(ProposalState.SUBMITTED, p.state());
    }

    @Test
    void editingKeepsTheConfirmationsOfCoSignersWhoStayAndInvitesNewOnes() {
        Proposal p = draft();
        p.confirm(CO_SIGNER, NOW);
        p.edit(PROPOSER, text(), List.of(11L, 13L), null, ProposalSession.PLENARY);
        assertTrue(p.coSigners().get(0).confirmed());
        assertFalse(p.coSigners().get(1).confirmed());
        assertEquals(ProposalSession.PLENARY, p.session());
    }

    @Test
    void theProposerCannotCoSignAndACollectiveProposalHasNoCoSigners() {
        Problem self = assertThrows(
                Problem.class, () -> new Proposal(ORG, 10L, text(), List.of(10L), null, null, "member1", NOW, TODAY));
        assertEquals("coSigners", self.fieldKeys().keySet().iterator().next());
        Problem both = assertThrows(
                Problem.class, () -> new Proposal(ORG, 10L, text(), List.of(11L), "经济界别", null, "member1", NOW, TODAY));
        assertEquals("invalid-input", both.code());
        Proposal collective = new Proposal(ORG, 10L, text(), List.of(), "经济界别", null, "member1", NOW, TODAY);
        assertEquals(ProposalKind.COLLECTIVE, collective.kind());
        Proposal alone = new Proposal(ORG, 10L, text(), List.of(), null, null, "member1", NOW, TODAY);
        assertEquals(ProposalKind.INDIVIDUAL, alone.kind());
        assertEquals(ProposalSession.INTERIM, alone.session());
    }

    @Test
    void aCoHandlingUnitReadsTheProposalButDoesNotAnswerIt() {
        Proposal p = at(ProposalState.ASSIGNED);
        assertTrue(p.visibleTo(CO_UNIT));
        assertFalse(p.visibleTo(OTHER_UNIT));
        assertFalse(p.may(ProposalStep.ANSWER, CO_UNIT));
        assertTrue(p.may(ProposalStep.ANSWER, LEAD_UNIT));
    }

    @Test
    void theLeadUnitSendsBackWithinItsWindowOnlyAndTheOfficeAssignsAgain() {
        Proposal late = at(ProposalState.ASSIGNED);
        Problem closed = assertThrows(
                Problem.class,
                () -> late.sendBack(LEAD_UNIT, "不属于本单位职责", late.sendBackUntil().plusDays(1)));
        assertEquals("send-back-closed", closed.code());

        Proposal p = at(ProposalState.ASSIGNED);
        p.sendBack(LEAD_UNIT, "不属于本单位职责", p.sendBackUntil());
        assertEquals(ProposalState.ACCEPTED, p.state());
        assertNull(p.leadDepartmentId());
        assertEquals(100L, p.sentBackDepartmentId());
        assertFalse(p.visibleTo(LEAD_UNIT), "no longer its assignment");
        p.assign(OFFICE, 102L, List.of(), TODAY.plusMonths(3), TODAY.plusDays(14), TODAY);
        assertTrue(p.may(ProposalStep.ANSWER, OTHER_UNIT));
    }

    @Test
    void theSendBackWindowNeverOutlastsTheDueDateAndTheLeadIsNoCoUnit() {
        Proposal p = at(ProposalState.ACCEPTED);
        Problem lead = assertThrows(
                Problem.class,
                () -> p.assign(OFFICE, 100L, List.of(100L), TODAY.plusDays(5), TODAY.plusDays(14), TODAY));
        assertEquals("invalid-input", lead.code());
        Problem past = assertThrows(
                Problem.class, () -> p.assign(OFFICE, 100L, List.of(), TODAY.minusDays(1), TODAY.plusDays(14), TODAY));
        assertEquals("invalid-input", past.code());
        p.assign(OFFICE, 100L, List.of(), TODAY.plusDays(5), TODAY.plusDays(14), TODAY);
        assertEquals(TODAY.plusDays(5), p.sendBackUntil());
    }

    @Test
    void aFirstNotSatisfiedSendsItBackForReHandlingOnceTheSecondStands() {
        Proposal p = at(ProposalState.DELIVERED);
        p.rate(PROPOSER, Rating.NOT_SATISFIED, "措施不具体", TODAY);
        assertEquals(ProposalState.REHANDLING, p.state());
        assertTrue(p.rehandled());
        assertEquals(Rating.NOT_SATISFIED, p.firstRating());
        assertNull(p.rating());
        p.answer(LEAD_UNIT, AnswerCategory.IN_PROGRESS, "已制定具体措施", TODAY);
        p.returnAnswer(OFFICE, "请补充时间表");
        assertEquals(ProposalState.REHANDLING, p.state(), "a returned re-handling stays a re-handling");
        p.answer(LEAD_UNIT, AnswerCategory.IN_PROGRESS, "已制定具体措施和时间表", TODAY);
        p.approveAnswer(OFFICE, TODAY);
        p.rate(PROPOSER, Rating.NOT_SATISFIED, "仍不满意", TODAY);
        assertEquals(ProposalState.RATED, p.state());
        assertEquals(Rating.NOT_SATISFIED, p.rating());
        p.close(OFFICE, TODAY);
        assertEquals(ProposalState.DONE, p.state());
    }

    @Test
    void aReturnedFirstAnswerGoesBackToTheAssignmentAndANotAcceptedProposalKeepsItsReason() {
        Proposal p = at(ProposalState.ANSWERED);
        p.returnAnswer(OFFICE, "答复过于简单");
        assertEquals(ProposalState.ASSIGNED, p.state());
        assertEquals("答复过于简单", p.answerReturnReason());

        Proposal refused = at(ProposalState.SUBMITTED);
        Problem noReason = assertThrows(Problem.class, () -> refused.refuse(OFFICE, " ", TODAY));
        assertEquals("required", noReason.code());
        refused.refuse(OFFICE, "属于个人诉求，建议通过信访渠道反映", TODAY);
        assertEquals(ProposalState.NOT_ACCEPTED, refused.state());
        assertTrue(refused.state().closed());
    }

    @Test
    void anAssignmentPastItsDueDateUnansweredIsOverdue() {
        Proposal p = at(ProposalState.ASSIGNED);
        assertFalse(p.overdue(p.due()));
        assertTrue(p.overdue(p.due().plusDays(1)));
        p.answer(LEAD_UNIT, AnswerCategory.ADOPTED, "已采纳", p.due().plusDays(2));
        assertFalse(p.overdue(p.due().plusDays(3)));
    }

    // ---- fixtures

    static Proposal.Text text() {
        return new Proposal.Text("关于加快黄花产业发展的提案", "黄花产业链短", "加工能力不足", "建设冷链仓储");
    }

    static Proposal draft() {
        return new Proposal(ORG, 10L, text(), List.of(11L), null, null, "member1", NOW, TODAY);
    }

    /** A proposal brought to the state by the domain's own steps (converted and merged: set, no step yet). */
    static Proposal at(ProposalState state) {
        Proposal p = draft();
        if (state == ProposalState.DRAFT) {
            return p;
        }
        p.confirm(CO_SIGNER, NOW);
        p.submit(PROPOSER, NOW);
        switch (state) {
            case SUBMITTED -> {
                return p;
            }
            case NOT_ACCEPTED -> {
                p.refuse(OFFICE, "不属于提案范围", TODAY);
                return p;
            }
            case CONVERTED, MERGED -> {
                force(p, state);
                return p;
            }
            default -> {}
        }
        p.accept(OFFICE, TODAY);
        if (state == ProposalState.ACCEPTED) {
            return p;
        }
        p.assign(OFFICE, 100L, List.of(101L), TODAY.plusMonths(3), TODAY.plusDays(14), TODAY);
        if (state == ProposalState.ASSIGNED) {
            return p;
        }
        p.answer(LEAD_UNIT, AnswerCategory.ADOPTED, "已采纳并落实", TODAY);
        if (state == ProposalState.ANSWERED) {
            return p;
        }
        p.approveAnswer(OFFICE, TODAY);
        if (state == ProposalState.DELIVERED) {
            return p;
        }
        if (state == ProposalState.REHANDLING) {
            p.rate(PROPOSER, Rating.NOT_SATISFIED, null, TODAY);
            return p;
        }
        p.rate(PROPOSER, Rating.SATISFIED, null, TODAY);
        if (state == ProposalState.RATED) {
            return p;
        }
        p.close(OFFICE, TODAY);
        assertEquals(ProposalState.DONE, p.state());
        return p;
    }

    private static void force(Proposal p, ProposalState state) {
        try {
            Field f = Proposal.class.getDeclaredField("state");
            f.setAccessible(true);
            f.set(p, state);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
