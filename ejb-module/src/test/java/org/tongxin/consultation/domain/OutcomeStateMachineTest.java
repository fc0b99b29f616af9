package org.tongxin.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * The outcome's state machine: every step (and record) from every state, published or not, for each role and for
 * staff of another organisation; the rules of the answer, the dates and the texts.
 */
class OutcomeStateMachineTest {

    static final Instant NOW = PlanStateMachineTest.NOW;
    static final LocalDate TODAY = PlanStateMachineTest.TODAY;
    static final long ORG = 3L;
    static final long DEPARTMENT = 11L;

    /** Where each step may be taken from (unpublished), and the state it leads to (the same state: it stays). */
    static final Map<OutcomeStep, Map<OutcomeState, OutcomeState>> ALLOWED = Map.of(
            OutcomeStep.CHANGE, Map.of(OutcomeState.AGREED, OutcomeState.AGREED),
            OutcomeStep.SEND, Map.of(OutcomeState.AGREED, OutcomeState.SENT),
            OutcomeStep.ANSWER, Map.of(OutcomeState.SENT, OutcomeState.ANSWERED),
            OutcomeStep.TRACK, Map.of(OutcomeState.ANSWERED, OutcomeState.TRACKING),
            OutcomeStep.COMPLETE,
                    Map.of(OutcomeState.ANSWERED, OutcomeState.DONE, OutcomeState.TRACKING, OutcomeState.DONE),
            OutcomeStep.PUBLISH,
                    Map.of(
                            OutcomeState.ANSWERED, OutcomeState.ANSWERED,
                            OutcomeState.TRACKING, OutcomeState.TRACKING,
                            OutcomeState.DONE, OutcomeState.DONE),
            OutcomeStep.UNPUBLISH, Map.of(),
            OutcomeStep.NOTE,
                    Map.of(
                            OutcomeState.SENT, OutcomeState.SENT,
                            OutcomeState.ANSWERED, OutcomeState.ANSWERED,
                            OutcomeState.TRACKING, OutcomeState.TRACKING),
            OutcomeStep.INSTRUCT,
                    Map.of(
                            OutcomeState.SENT, OutcomeState.SENT,
                            OutcomeState.ANSWERED, OutcomeState.ANSWERED,
                            OutcomeState.TRACKING, OutcomeState.TRACKING,
                            OutcomeState.DONE, OutcomeState.DONE));

    static final Set<OutcomeStep> LEADERS = EnumSet.of(OutcomeStep.INSTRUCT);

    static Plan approvedPlan() {
        Plan plan = PlanStateMachineTest.draft();
        Set<Role> both = PlanStateMachineTest.BOTH;
        PlanStateMachineTest.take(plan, PlanStep.REVIEW, both);
        PlanStateMachineTest.take(plan, PlanStep.SUBMIT, both);
        PlanStateMachineTest.take(plan, PlanStep.APPROVE, both);
        return plan;
    }

    static Outcome agreed() {
        Plan plan = approvedPlan();
        return new Outcome(
                plan, plan.items().get(0), "建议制定三年行动方案", DEPARTMENT, TODAY.plusDays(30), "office", NOW, TODAY);
    }

    /** An outcome brought to the state along the path, published or not. */
    static Outcome in(OutcomeState state, boolean published) {
        Set<Role> office = EnumSet.of(Role.OFFICE_STAFF);
        Outcome o = agreed();
        if (state != OutcomeState.AGREED) {
            o.send(office, ORG, "office", NOW);
        }
        if (state.ordinal() >= OutcomeState.ANSWERED.ordinal()) {
            o.answer(office, ORG, "已列入重点工作", TODAY, "刘建华", null, "office", NOW, TODAY);
        }
        if (state == OutcomeState.TRACKING) {
            o.track(office, ORG, "office", NOW);
        }
        if (state == OutcomeState.DONE) {
            o.complete(office, ORG, TODAY, "office", TODAY);
        }
        if (published) {
            o.publish(office, ORG, "office", NOW);
        }
        assertEquals(state, o.state());
        assertEquals(published, o.published());
        return o;
    }

    static void take(Outcome o, OutcomeStep step, Set<Role> roles, long org) {
        switch (step) {
            case CHANGE -> o.change(roles, org, "建议改为两年行动方案", DEPARTMENT, TODAY.plusDays(40), TODAY);
            case SEND -> o.send(roles, org, "someone", NOW);
            case ANSWER -> o.answer(roles, org, "已办理", TODAY, "刘建华", "同发改函〔2026〕12号", "someone", NOW, TODAY);
            case TRACK -> o.track(roles, org, "someone", NOW);
            case COMPLETE -> o.complete(roles, org, TODAY, "someone", TODAY);
            case PUBLISH -> o.publish(roles, org, "someone", NOW);
            case UNPUBLISH -> o.unpublish(roles, org);
            case NOTE -> o.note(roles, org, TODAY, "已完成选址", "someone", NOW, TODAY);
            case INSTRUCT -> o.instruct(roles, org, "王建国", LeaderLevel.CITY, TODAY, "请抓好落实", "someone", NOW, TODAY);
        }
    }

    @Test
    void everyStepFromEveryStateForItsRoleOnly() {
        List<String> checked = new ArrayList<>();
        for (OutcomeStep step : OutcomeStep.values()) {
            Role role = LEADERS.contains(step) ? Role.LEADER : Role.OFFICE_STAFF;
            assertEquals(role, step.role(), step::name);
            Role other = role == Role.LEADER ? Role.OFFICE_STAFF : Role.LEADER;
            for (OutcomeState state : OutcomeState.values()) {
                for (boolean published : new boolean[] {false, true}) {
                    if (published && state.ordinal() < OutcomeState.ANSWERED.ordinal()) {
                        continue; // not publishable before the answer
                    }
                    boolean allowed = published
                            ? allowedPublished(step, state)
                            : ALLOWED.get(step).containsKey(state);
                    String what = step + " from " + state + (published ? " (published)" : "");

                    // the other role, and the right role of another organisation, are refused whatever the state
                    Problem byOther = assertThrows(
                            Problem.class, () -> take(in(state, published), step, EnumSet.of(other), ORG), what);
                    assertEquals("outcome-step-role", byOther.code(), what);
                    assertEquals(Problem.Kind.FORBIDDEN, byOther.kind(), what);
                    Problem foreign = assertThrows(
                            Problem.class, () -> take(in(state, published), step, EnumSet.of(role), 99L), what);
                    assertEquals("outcome-not-own", foreign.code(), what);
                    assertEquals(Problem.Kind.FORBIDDEN, foreign.kind(), what);

                    Outcome o = in(state, published);
                    assertEquals(allowed, o.may(step, EnumSet.of(role), ORG), what);
                    if (allowed) {
                        take(o, step, EnumSet.of(role), ORG);
                        OutcomeState expected = step == OutcomeStep.UNPUBLISH
                                ? state
                                : ALLOWED.get(step).get(state);
                        assertEquals(expected, o.state(), what);
                    } else {
                        Problem refused = assertThrows(Problem.class, () -> take(o, step, EnumSet.of(role), ORG), what);
                        assertEquals("outcome-state", refused.code(), what);
                        assertEquals(Problem.Kind.CONFLICT, refused.kind(), what);
                        assertEquals(state, o.state(), what);
                    }
                    checked.add(what);
                }
            }
        }
        // 9 steps × (5 states unpublished + 3 published)
        assertEquals(9 * 8, checked.size());
    }

    /**
     * The new party (issue 17/18): a handling unit's login acting for the outcome's department takes the answer, and
     * only the answer, from the states the office takes it from; a unit of another department, or with no department,
     * or of another organisation, is refused whatever the state.
     */
    @Test
    void theOutcomesOwnDepartmentsUnitTakesTheAnswerOnly() {
        Set<Role> unit = EnumSet.of(Role.HANDLING_UNIT);
        List<String> checked = new ArrayList<>();
        for (OutcomeStep step : OutcomeStep.values()) {
            assertEquals(step == OutcomeStep.ANSWER, step.byUnit(), step::name);
            for (OutcomeState state : OutcomeState.values()) {
                for (boolean published : new boolean[] {false, true}) {
                    if (published && state.ordinal() < OutcomeState.ANSWERED.ordinal()) {
                        continue;
                    }
                    String what = step + " from " + state + (published ? " (published)" : "");
                    for (Long other : new Long[] {DEPARTMENT + 1, null}) {
                        Problem p = assertThrows(
                                Problem.class,
                                () -> takeAsUnit(in(state, published), step, unit, ORG, other),
                                what + " by unit of " + other);
                        assertEquals("outcome-step-role", p.code(), what);
                        assertEquals(Problem.Kind.FORBIDDEN, p.kind(), what);
                        assertFalse(in(state, published).may(step, unit, ORG, other), what);
                    }
                    Problem foreign = assertThrows(
                            Problem.class, () -> takeAsUnit(in(state, published), step, unit, 99L, DEPARTMENT), what);
                    assertEquals("outcome-not-own", foreign.code(), what);

                    Outcome o = in(state, published);
                    boolean allowed = step == OutcomeStep.ANSWER && !published && state == OutcomeState.SENT;
                    assertEquals(allowed, o.may(step, unit, ORG, DEPARTMENT), what);
                    if (allowed) {
                        takeAsUnit(o, step, unit, ORG, DEPARTMENT);
                        assertEquals(OutcomeState.ANSWERED, o.state(), what);
                        assertEquals("unit1", o.answerRecordedBy(), "the unit's login is recorded as who answered");
                    } else {
                        Problem refused =
                                assertThrows(Problem.class, () -> takeAsUnit(o, step, unit, ORG, DEPARTMENT), what);
                        assertEquals(
                                step == OutcomeStep.ANSWER ? "outcome-state" : "outcome-step-role",
                                refused.code(),
                                what);
                        assertEquals(state, o.state(), what);
                    }
                    checked.add(what);
                }
            }
        }
        assertEquals(9 * 8, checked.size());
    }

    /** A step by a caller acting for a department: the answer with the department, the others as usual. */
    static void takeAsUnit(Outcome o, OutcomeStep step, Set<Role> roles, long org, Long department) {
        if (step == OutcomeStep.ANSWER) {
            o.answer(roles, org, department, "已办理", TODAY, "刘建华", null, "unit1", NOW, TODAY);
        } else {
            o.check(step, roles, org, department);
            take(o, step, roles, org);
        }
    }

    @Test
    void theOfficeStillAnswersOnTheDepartmentsBehalf() {
        Outcome o = in(OutcomeState.SENT, false);
        assertTrue(o.may(OutcomeStep.ANSWER, EnumSet.of(Role.OFFICE_STAFF), ORG, null));
        o.answer(EnumSet.of(Role.OFFICE_STAFF), ORG, null, "已办理", TODAY, "刘建华", null, "office", NOW, TODAY);
        assertEquals(OutcomeState.ANSWERED, o.state());
        assertEquals("office", o.answerRecordedBy());
    }

    /** Published: the same as unpublished but publishing again; withdrawing the publication is allowed. */
    private static boolean allowedPublished(OutcomeStep step, OutcomeState state) {
        return switch (step) {
            case PUBLISH -> false;
            case UNPUBLISH -> true;
            default -> ALLOWED.get(step).containsKey(state);
        };
    }

    @Test
    void publishingMarksTheOutcomeAndWithdrawingClearsIt() {
        Outcome o = in(OutcomeState.DONE, false);
        o.publish(EnumSet.of(Role.OFFICE_STAFF), ORG, "office", NOW);
        assertTrue(o.published());
        assertEquals(NOW, o.publishedAt());
        assertEquals("office", o.publishedBy());
        o.unpublish(EnumSet.of(Role.OFFICE_STAFF), ORG);
        assertFalse(o.published());
        assertNull(o.publishedAt());
    }

    @Test
    void anOutcomeIsRecordedOnlyForAnApprovedPlan() {
        Plan draft = PlanStateMachineTest.draft();
        Problem p = assertThrows(
                Problem.class,
                () -> new Outcome(draft, draft.items().get(0), "建议", DEPARTMENT, TODAY, "office", NOW, TODAY));
        assertEquals("plan-state", p.code());
    }

    @Test
    void theSuggestionIsRequiredAndTheDueDateNotInThePast() {
        Plan plan = approvedPlan();
        PlanItem item = plan.items().get(0);
        Problem blank = assertThrows(
                Problem.class, () -> new Outcome(plan, item, "  ", DEPARTMENT, TODAY, "office", NOW, TODAY));
        assertTrue(blank.fieldKeys().containsKey("suggestion"));
        Problem past = assertThrows(
                Problem.class,
                () -> new Outcome(plan, item, "建议", DEPARTMENT, TODAY.minusDays(1), "office", NOW, TODAY));
        assertTrue(past.fieldKeys().containsKey("due"));
        Problem none = assertThrows(
                Problem.class, () -> new Outcome(plan, item, "建议", DEPARTMENT, null, "office", NOW, TODAY));
        assertTrue(none.fieldKeys().containsKey("due"));
        Outcome today = new Outcome(plan, item, "建议", DEPARTMENT, TODAY, "office", NOW, TODAY);
        assertEquals(item.topic(), today.topic(), "the consultation's topic is kept");
        assertEquals(plan.year(), today.year());
    }

    @Test
    void theAnswerNeedsItsTextAndWhoAnsweredAndIsNeverDatedAfterToday() {
        Set<Role> office = EnumSet.of(Role.OFFICE_STAFF);
        Outcome o = in(OutcomeState.SENT, false);
        Problem noText = assertThrows(
                Problem.class, () -> o.answer(office, ORG, null, TODAY, "刘建华", null, "office", NOW, TODAY));
        assertTrue(noText.fieldKeys().containsKey("answer"));
        Problem noOne =
                assertThrows(Problem.class, () -> o.answer(office, ORG, "已办理", TODAY, " ", null, "office", NOW, TODAY));
        assertTrue(noOne.fieldKeys().containsKey("answeredBy"));
        Problem future = assertThrows(
                Problem.class,
                () -> o.answer(office, ORG, "已办理", TODAY.plusDays(1), "刘建华", null, "office", NOW, TODAY));
        assertTrue(future.fieldKeys().containsKey("on"));
        assertEquals(OutcomeState.SENT, o.state(), "nothing changed");
        o.answer(office, ORG, " 已办理 ", null, "刘建华", "同发改函〔2026〕12号", "office", NOW, TODAY);
        assertEquals("已办理", o.answer());
        assertEquals(TODAY, o.answeredOn(), "the day defaults to today");
        assertEquals("同发改函〔2026〕12号", o.answerDocument());
        assertEquals("office", o.answerRecordedBy());
    }

    @Test
    void anInstructionNamesTheLeaderTheLevelAndTheDay() {
        Set<Role> leader = EnumSet.of(Role.LEADER);
        Outcome o = in(OutcomeState.ANSWERED, false);
        assertThrows(Problem.class, () -> o.instruct(leader, ORG, "王建国", null, TODAY, "请落实", "l", NOW, TODAY));
        assertThrows(Problem.class, () -> o.instruct(leader, ORG, "", LeaderLevel.CITY, TODAY, "请落实", "l", NOW, TODAY));
        assertThrows(
                Problem.class, () -> o.instruct(leader, ORG, "王建国", LeaderLevel.CITY, null, "请落实", "l", NOW, TODAY));
        OutcomeInstruction i = o.instruct(leader, ORG, "王建国", LeaderLevel.PROVINCE, TODAY, "请落实", "leader", NOW, TODAY);
        assertEquals(LeaderLevel.PROVINCE, i.level());
        assertEquals(1, o.instructions().size());
    }

    @Test
    void anOutcomeSentAndUnansweredPastItsDueDateIsOverdue() {
        Outcome o = in(OutcomeState.SENT, false);
        assertFalse(o.overdue(TODAY));
        assertTrue(o.overdue(TODAY.plusDays(31)));
        o.answer(EnumSet.of(Role.OFFICE_STAFF), ORG, "已办理", TODAY, "刘建华", null, "office", NOW, TODAY);
        assertFalse(o.overdue(TODAY.plusDays(31)), "an answered outcome is not overdue");
    }
}
