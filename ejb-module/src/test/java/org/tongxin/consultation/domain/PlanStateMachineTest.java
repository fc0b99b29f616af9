package org.tongxin.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/** The plan's path: every step from every state, for each role; the edits a state allows; amendments. */
class PlanStateMachineTest {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final Set<Role> BOTH = EnumSet.of(Role.OFFICE_STAFF, Role.LEADER);
    static final Map<Long, String> COMMITTEES = Map.of(7L, "经济委员会", 8L, "提案委员会");

    /** Where each step may leave from, and where it leads. */
    static final Map<PlanStep, Map<PlanState, PlanState>> ALLOWED = Map.of(
            PlanStep.REVIEW, Map.of(PlanState.DRAFT, PlanState.REVIEWED),
            PlanStep.RETURN, Map.of(PlanState.REVIEWED, PlanState.DRAFT, PlanState.SUBMITTED, PlanState.DRAFT),
            PlanStep.SUBMIT, Map.of(PlanState.REVIEWED, PlanState.SUBMITTED),
            PlanStep.APPROVE, Map.of(PlanState.SUBMITTED, PlanState.APPROVED),
            PlanStep.PUBLISH, Map.of(PlanState.APPROVED, PlanState.PUBLISHED));

    /** The one role that takes each step. */
    static final Map<PlanStep, Role> ROLE = Map.of(
            PlanStep.REVIEW, Role.LEADER,
            PlanStep.RETURN, Role.LEADER,
            PlanStep.SUBMIT, Role.OFFICE_STAFF,
            PlanStep.APPROVE, Role.LEADER,
            PlanStep.PUBLISH, Role.OFFICE_STAFF);

    static ItemTerms terms(ConsultationForm form, String topic, int month) {
        return new ItemTerms(form, topic, month, "张德明", null, 7L, List.of("市发展改革委"));
    }

    /** A draft in the default shape (1 / 3 / 6 / 0), its items numbered 1, 2, … */
    static Plan draft() {
        Plan plan = new Plan(3L, 2026, "office", NOW);
        plan.addItem(terms(ConsultationForm.PLENARY, "全会协商", 3));
        for (int i = 0; i < 3; i++) {
            plan.addItem(terms(ConsultationForm.STANDING, "常委会协商" + i, 4 + i));
        }
        for (int i = 0; i < 6; i++) {
            plan.addItem(terms(ConsultationForm.MONTHLY, "月度协商" + i, 2 + i));
        }
        numberItems(plan);
        return plan;
    }

    static void numberItems(Plan plan) {
        long n = 1;
        for (PlanItem item : plan.items()) {
            try {
                var f = PlanItem.class.getDeclaredField("id");
                f.setAccessible(true);
                if (f.get(item) == null) {
                    f.set(item, n);
                }
                n = Math.max(n, (Long) f.get(item)) + 1;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static void take(Plan plan, PlanStep step, Set<Role> roles) {
        plan.take(step, roles, TODAY, "中共大同市委常委会", "someone", NOW, TODAY, PlanShape.DEFAULT, COMMITTEES::get);
    }

    /** A plan walked along the path to the state. */
    static Plan in(PlanState state) {
        Plan plan = draft();
        List<PlanStep> path = List.of(PlanStep.REVIEW, PlanStep.SUBMIT, PlanStep.APPROVE, PlanStep.PUBLISH);
        for (PlanStep step : path) {
            if (plan.state() == state) {
                break;
            }
            take(plan, step, BOTH);
        }
        assertEquals(state, plan.state());
        return plan;
    }

    @ParameterizedTest
    @EnumSource(PlanStep.class)
    void eachStepLeavesOnlyFromItsStatesAndLeadsWhereTheTableSays(PlanStep step) {
        for (PlanState from : PlanState.values()) {
            Plan plan = in(from);
            PlanState to = ALLOWED.get(step).get(from);
            if (to != null) {
                take(plan, step, Set.of(ROLE.get(step)));
                assertEquals(to, plan.state(), step + " from " + from);
            } else {
                Problem p = assertThrows(Problem.class, () -> take(plan, step, BOTH), step + " from " + from);
                assertEquals(Problem.Kind.CONFLICT, p.kind());
                assertEquals("plan-state", p.code());
                assertEquals(from, plan.state(), "a refused step changes nothing");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PlanStep.class)
    void eachStepIsRefusedToTheOtherRole(PlanStep step) {
        PlanState from = ALLOWED.get(step).keySet().iterator().next();
        Plan plan = in(from);
        Role other = ROLE.get(step) == Role.LEADER ? Role.OFFICE_STAFF : Role.LEADER;
        Problem p = assertThrows(Problem.class, () -> take(plan, step, Set.of(other, Role.MEMBER)));
        assertEquals(Problem.Kind.FORBIDDEN, p.kind());
        assertEquals("plan-step-role", p.code());
        assertEquals(from, plan.state());
    }

    @Test
    void aPlanShortOfItsShapeIsNotReviewed() {
        Plan plan = new Plan(3L, 2026, "office", NOW);
        plan.addItem(terms(ConsultationForm.PLENARY, "全会协商", 3));
        Problem p = assertThrows(Problem.class, () -> take(plan, PlanStep.REVIEW, BOTH));
        assertEquals("plan-short-of-shape", p.code());
        assertEquals(Problem.Kind.RULE, p.kind());
        assertEquals(9, p.args()[0], "three standing and six monthly consultations missing");
        assertEquals(PlanState.DRAFT, plan.state());
    }

    @Test
    void aPlanWhoseShapeGrewAfterReviewIsNotSubmitted() {
        Plan plan = in(PlanState.REVIEWED);
        Problem p = assertThrows(
                Problem.class,
                () -> plan.take(
                        PlanStep.SUBMIT,
                        BOTH,
                        null,
                        null,
                        "office",
                        NOW,
                        TODAY,
                        new PlanShape.Counts(1, 3, 6, 2),
                        COMMITTEES::get));
        assertEquals("plan-short-of-shape", p.code());
        assertEquals(2, p.args()[0]);
    }

    @Test
    void anEmptyPlanIsNotReviewedEvenWithAnEmptyShape() {
        Plan plan = new Plan(3L, 2026, "office", NOW);
        Problem p = assertThrows(
                Problem.class,
                () -> plan.take(
                        PlanStep.REVIEW,
                        BOTH,
                        null,
                        null,
                        "leader",
                        NOW,
                        TODAY,
                        new PlanShape.Counts(0, 0, 0, 0),
                        x -> null));
        assertEquals("plan-empty", p.code());
    }

    @Test
    void anItemWithoutLeaderOrCommitteeIsNotReviewed() {
        Plan plan = draft();
        plan.changeItem(1L, new ItemTerms(ConsultationForm.PLENARY, "全会协商", 3, null, null, null, List.of()));
        Problem p = assertThrows(Problem.class, () -> take(plan, PlanStep.REVIEW, BOTH));
        assertEquals("item-without-lead", p.code());
    }

    @Test
    void approvalRecordsDayAndBodyAndMakesEveryItemATaskList() {
        Plan plan = in(PlanState.SUBMITTED);
        plan.take(
                PlanStep.APPROVE,
                Set.of(Role.LEADER),
                LocalDate.of(2026, 2, 20),
                " 中共大同市委常委会 ",
                "leader",
                NOW,
                TODAY,
                PlanShape.DEFAULT,
                COMMITTEES::get);
        assertEquals(LocalDate.of(2026, 2, 20), plan.approvedOn());
        assertEquals("中共大同市委常委会", plan.approvingBody());
        assertEquals("leader", plan.approvedBy());
        assertEquals(
                plan.items().size() * TaskKind.values().length, plan.tasks().size());
        PlanItem plenary = plan.items().stream()
                .filter(i -> i.form() == ConsultationForm.PLENARY)
                .findFirst()
                .orElseThrow();
        List<PlanTask> list =
                plan.tasks().stream().filter(t -> t.item() == plenary).toList();
        assertEquals(LocalDate.of(2026, 2, 28), due(list, TaskKind.RESEARCH), "research before the month");
        assertEquals(LocalDate.of(2026, 3, 31), due(list, TaskKind.CONSULT));
        assertEquals(LocalDate.of(2026, 4, 30), due(list, TaskKind.REPORT));
        assertEquals("张德明 · 经济委员会", list.get(0).responsible());
        assertEquals(7L, list.get(0).committeeId());
    }

    private static LocalDate due(List<PlanTask> list, TaskKind kind) {
        return list.stream()
                .filter(t -> t.kind() == kind)
                .findFirst()
                .orElseThrow()
                .due();
    }

    @Test
    void approvalNeedsItsDayAndBodyAndNoDayInTheFuture() {
        Plan plan = in(PlanState.SUBMITTED);
        Problem noDay = assertThrows(
                Problem.class,
                () -> plan.take(
                        PlanStep.APPROVE,
                        BOTH,
                        null,
                        "市委常委会",
                        "leader",
                        NOW,
                        TODAY,
                        PlanShape.DEFAULT,
                        COMMITTEES::get));
        assertEquals(Set.of("on"), noDay.fieldKeys().keySet());
        Problem noBody = assertThrows(
                Problem.class,
                () -> plan.take(
                        PlanStep.APPROVE, BOTH, TODAY, " ", "leader", NOW, TODAY, PlanShape.DEFAULT, COMMITTEES::get));
        assertEquals(Set.of("body"), noBody.fieldKeys().keySet());
        Problem future = assertThrows(
                Problem.class,
                () -> plan.take(
                        PlanStep.APPROVE,
                        BOTH,
                        TODAY.plusDays(1),
                        "市委常委会",
                        "leader",
                        NOW,
                        TODAY,
                        PlanShape.DEFAULT,
                        COMMITTEES::get));
        assertEquals(Set.of("on"), future.fieldKeys().keySet());
        assertEquals(PlanState.SUBMITTED, plan.state());
        assertTrue(plan.tasks().isEmpty());
    }

    @Test
    void aReturnedPlanIsADraftAgainWithoutItsReview() {
        Plan plan = in(PlanState.SUBMITTED);
        take(plan, PlanStep.RETURN, Set.of(Role.LEADER));
        assertEquals(PlanState.DRAFT, plan.state());
        assertNull(plan.reviewedOn());
        assertNull(plan.submittedAt());
        plan.addItem(terms(ConsultationForm.SECTOR, "界别协商", 9));
    }

    @ParameterizedTest
    @EnumSource(value = PlanState.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void itemsChangeOnlyInADraft(PlanState state) {
        Plan plan = in(state);
        String expected = state.approved() ? "problem.plan.amend-instead" : "problem.plan.not-draft";
        for (Runnable edit : List.<Runnable>of(
                () -> plan.addItem(terms(ConsultationForm.SPECIAL, "专题协商", 5)),
                () -> plan.changeItem(1L, terms(ConsultationForm.PLENARY, "改了", 3)),
                () -> plan.removeItem(1L))) {
            Problem p = assertThrows(Problem.class, edit::run);
            assertEquals("plan-not-draft", p.code());
            assertEquals(Problem.Kind.CONFLICT, p.kind());
            assertEquals(expected, p.messageKey());
        }
        assertEquals(10, plan.items().size());
    }

    @ParameterizedTest
    @EnumSource(
            value = PlanState.class,
            names = {"DRAFT", "REVIEWED", "SUBMITTED"})
    void aPlanNotYetApprovedIsNotAmended(PlanState state) {
        Plan plan = in(state);
        Problem p = assertThrows(
                Problem.class,
                () -> plan.amend(
                        AmendmentKind.ADD,
                        null,
                        terms(ConsultationForm.SPECIAL, "专题", 5),
                        "需要",
                        "office",
                        NOW,
                        COMMITTEES::get));
        assertEquals("plan-state", p.code());
        assertTrue(plan.amendments().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(
            value = PlanState.class,
            names = {"APPROVED", "PUBLISHED"})
    void anApprovedPlanIsAmendedWithADatedRecordAndItsTaskListsFollow(PlanState state) {
        Plan plan = in(state);
        int tasks = plan.tasks().size();
        Instant later = NOW.plusSeconds(3600);
        PlanAmendment added = plan.amend(
                AmendmentKind.ADD,
                null,
                terms(ConsultationForm.SPECIAL, "黄花产业专题协商", 6),
                "市委新部署",
                "office",
                later,
                COMMITTEES::get);
        assertEquals(AmendmentKind.ADD, added.kind());
        assertEquals(later, added.at());
        assertEquals("office", added.by());
        assertEquals("市委新部署", added.reason());
        assertTrue(added.changes().contains(new PlanAmendment.Change("topic", null, "黄花产业专题协商")));
        assertEquals(tasks + 3, plan.tasks().size());
        numberItems(plan);

        PlanItem plenary = plan.item(1L);
        PlanAmendment moved = plan.amend(
                AmendmentKind.CHANGE,
                1L,
                new ItemTerms(ConsultationForm.PLENARY, "全会协商", 5, "张德明", null, 8L, List.of("市发展改革委")),
                "全会推迟",
                "office",
                later,
                COMMITTEES::get);
        assertEquals(
                List.of(
                        new PlanAmendment.Change("month", "3", "5"),
                        new PlanAmendment.Change("leadCommittee", "经济委员会", "提案委员会")),
                moved.changes());
        assertEquals(
                LocalDate.of(2026, 5, 31),
                plan.tasks().stream()
                        .filter(t -> t.item() == plenary && t.kind() == TaskKind.CONSULT)
                        .findFirst()
                        .orElseThrow()
                        .due());
        assertEquals(tasks + 3, plan.tasks().size(), "the item's tasks are made again, not added");

        PlanAmendment removed = plan.amend(AmendmentKind.REMOVE, 2L, null, "并入全会", "office", later, COMMITTEES::get);
        assertEquals(AmendmentKind.REMOVE, removed.kind());
        assertEquals(10, plan.items().size());
        assertEquals(tasks, plan.tasks().size());
        assertEquals(3, plan.amendments().size());
        assertEquals(state, plan.state(), "an amendment does not move the plan");
    }

    @Test
    void anAmendmentNeedsAReasonAndAChange() {
        Plan plan = in(PlanState.APPROVED);
        Problem noReason = assertThrows(
                Problem.class, () -> plan.amend(AmendmentKind.REMOVE, 1L, null, " ", "office", NOW, COMMITTEES::get));
        assertEquals(Set.of("reason"), noReason.fieldKeys().keySet());
        ItemTerms same = plan.item(1L).terms();
        Problem nothing = assertThrows(
                Problem.class, () -> plan.amend(AmendmentKind.CHANGE, 1L, same, "无", "office", NOW, COMMITTEES::get));
        assertEquals("amendment-empty", nothing.code());
        Problem unled = assertThrows(
                Problem.class,
                () -> plan.amend(
                        AmendmentKind.ADD,
                        null,
                        new ItemTerms(ConsultationForm.SPECIAL, "无人牵头", 5, null, null, null, List.of()),
                        "新增",
                        "office",
                        NOW,
                        COMMITTEES::get));
        assertEquals("item-without-lead", unled.code());
        Problem unknown = assertThrows(
                Problem.class,
                () -> plan.amend(AmendmentKind.REMOVE, 999L, null, "删除", "office", NOW, COMMITTEES::get));
        assertEquals(Problem.Kind.NOT_FOUND, unknown.kind());
        assertTrue(plan.amendments().isEmpty());
    }

    @Test
    void itemTermsAreChecked() {
        Plan plan = new Plan(3L, 2026, "office", NOW);
        assertEquals(Set.of("topic"), fields(() -> plan.addItem(terms(ConsultationForm.PLENARY, " ", 3))));
        assertEquals(Set.of("month"), fields(() -> plan.addItem(terms(ConsultationForm.PLENARY, "议题", 13))));
        assertEquals(Set.of("form"), fields(() -> plan.addItem(terms(null, "议题", 3))));
        assertEquals(Set.of("year"), fields(() -> new Plan(3L, 1999, "office", NOW)));
        PlanItem item = plan.addItem(new ItemTerms(
                ConsultationForm.SECTOR, " 议题 ", 4, " ", null, 7L, List.of(" 市教育局 ", "", "市教育局", "市卫健委")));
        assertEquals("议题", item.topic());
        assertNull(item.leadLeader());
        assertEquals(List.of("市教育局", "市卫健委"), item.departments());
    }

    private static Set<String> fields(Runnable r) {
        return assertThrows(Problem.class, r::run).fieldKeys().keySet();
    }
}
