package org.tongxin.inforeport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongxin.platform.kernel.Problem;

/** Every move of the state machine, allowed and refused, from every state. */
class ReportStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    /** The moves allowed from each state, and where they lead. */
    private static final Map<ReportAction, Map<ReportState, ReportState>> ALLOWED = Map.of(
            ReportAction.REVISE,
                    Map.of(ReportState.DRAFT, ReportState.DRAFT, ReportState.RETURNED, ReportState.RETURNED),
            ReportAction.SUBMIT,
                    Map.of(ReportState.DRAFT, ReportState.SUBMITTED, ReportState.RETURNED, ReportState.SUBMITTED),
            ReportAction.START_EDITING, Map.of(ReportState.SUBMITTED, ReportState.EDITING),
            ReportAction.EDIT, Map.of(ReportState.EDITING, ReportState.EDITING),
            ReportAction.RETURN, Map.of(ReportState.EDITING, ReportState.RETURNED),
            ReportAction.DECLINE, Map.of(ReportState.EDITING, ReportState.DECLINED),
            ReportAction.ADOPT, Map.of(ReportState.EDITING, ReportState.ADOPTED),
            ReportAction.FORWARD, Map.of(ReportState.ADOPTED, ReportState.SUBMITTED),
            ReportAction.MERGE,
                    Map.of(ReportState.SUBMITTED, ReportState.MERGED, ReportState.EDITING, ReportState.MERGED));

    /** A level with a parent on this deployment, nothing else around the report. */
    private static final MoveFacts UP = new MoveFacts(false, false, false, true, false);

    private static final MoveFacts.Part EDITOR_HERE = new MoveFacts.Part(false, true, true);
    private static final MoveFacts.Part FIRST_AUTHOR = new MoveFacts.Part(true, false, false);

    private static Report in(ReportState state) {
        Report r = new Report(1, 7, new Draft("关于加装电梯的建议", "老旧小区居民反映上下楼难", List.of("加快审批"), "LIVELIHOOD"), NOW);
        try {
            var f = Report.class.getDeclaredField("state");
            f.setAccessible(true);
            f.set(r, state);
            var id = Report.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(r, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return r;
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportAction.class,
            names = {"REVISE", "SUBMIT", "START_EDITING", "EDIT", "RETURN", "DECLINE", "ADOPT", "FORWARD", "MERGE"})
    void eachMoveIsAllowedFromItsStatesOnlyAndLeadsWhereItShould(ReportAction action) {
        Map<ReportState, ReportState> allowed = ALLOWED.get(action);
        for (ReportState state : ReportState.values()) {
            Report r = in(state);
            if (allowed.containsKey(state)) {
                if (action == ReportAction.FORWARD) {
                    r.forwardTo(2, UP, NOW);
                } else {
                    assertEquals(state, r.move(action, NOW));
                }
                assertEquals(allowed.get(state), r.state(), action + " from " + state);
            } else {
                Problem p = assertThrows(
                        Problem.class,
                        () -> {
                            if (action == ReportAction.FORWARD) {
                                r.forwardTo(2, UP, NOW);
                            } else {
                                r.move(action, NOW);
                            }
                        },
                        action + " from " + state);
                assertEquals(Problem.Kind.CONFLICT, p.kind());
                assertEquals(state, r.state(), "a refused move changes nothing");
            }
        }
    }

    @Test
    void movesBelongToTheAuthorOrToTheEditor() {
        Set<ReportAction> author = EnumSet.of(ReportAction.CREATE, ReportAction.REVISE, ReportAction.SUBMIT);
        for (ReportAction a : ReportAction.values()) {
            assertEquals(
                    author.contains(a) ? ReportAction.Actor.AUTHOR : ReportAction.Actor.EDITOR, a.actor(), a.name());
        }
    }

    @Test
    void onlyTheOriginReturnsAForwardedReportIsAdoptedDeclinedOrForwardedAgain() {
        Report r = in(ReportState.ADOPTED);
        r.forwardTo(2, UP, NOW);
        assertEquals(ReportState.SUBMITTED, r.state());
        assertEquals(2L, r.currentOrganisationId());
        assertEquals(1L, r.organisationId(), "the origin is kept");
        r.move(ReportAction.START_EDITING, NOW);
        assertEquals(
                "wrong-state",
                assertThrows(Problem.class, () -> r.move(ReportAction.RETURN, NOW))
                        .code());
        r.move(ReportAction.ADOPT, NOW);
        r.forwardTo(3, UP, NOW);
        assertEquals(3L, r.currentOrganisationId());
    }

    @Test
    void aCombinedReportStartsBeingEditedAtItsLevel() {
        Report c = Report.combined(1, 7, new Draft("综合稿", "多份信息反映同一问题", List.of("统筹解决"), "LIVELIHOOD"), NOW);
        assertEquals(ReportState.EDITING, c.state());
        assertEquals(true, c.isCombined());
        c.move(ReportAction.ADOPT, NOW);
        assertEquals(ReportState.ADOPTED, c.state());
    }

    @Test
    void aCombinedReportCannotBeReturnedNorIsReturnOffered() {
        Report c = Report.combined(1, 7, new Draft("综合稿", "多份信息反映同一问题", List.of("统筹解决"), "LIVELIHOOD"), NOW);
        Problem p = assertThrows(Problem.class, () -> c.move(ReportAction.RETURN, NOW));
        assertEquals("problem.report.combined-no-return", p.messageKey());
        assertEquals(ReportState.EDITING, c.state(), "a refused move changes nothing");
        assertFalse(c.openMoves(EDITOR_HERE, UP).contains(ReportAction.RETURN));
        assertTrue(
                in(ReportState.EDITING).openMoves(EDITOR_HERE, UP).contains(ReportAction.RETURN),
                "a written report is returned");
    }

    @Test
    void anInstructionNeedsAStandingAdoption() {
        Report r = in(ReportState.ADOPTED);
        MoveFacts voided = new MoveFacts(false, false, false, true, false);
        assertEquals(
                "not-adopted",
                assertThrows(Problem.class, () -> r.check(ReportAction.INSTRUCT, voided))
                        .code());
        assertFalse(r.openMoves(EDITOR_HERE, voided).contains(ReportAction.INSTRUCT));
        MoveFacts adopted = new MoveFacts(true, false, false, true, false);
        r.check(ReportAction.INSTRUCT, adopted);
        assertTrue(r.openMoves(EDITOR_HERE, adopted).contains(ReportAction.INSTRUCT));
        assertEquals(
                "not-adopted",
                assertThrows(Problem.class, () -> in(ReportState.DRAFT).check(ReportAction.INSTRUCT, adopted))
                        .code(),
                "nor on a draft");
    }

    @Test
    void forwardingNeedsARouteOrAParentAndHappensOnce() {
        MoveFacts top = MoveFacts.NONE;
        Report r = in(ReportState.ADOPTED);
        assertEquals(
                "top-of-tree",
                assertThrows(Problem.class, () -> r.forwardTo(2, top, NOW)).code());
        assertEquals(
                "top-of-tree",
                assertThrows(Problem.class, () -> r.forwardByRoute(top, NOW)).code());
        assertEquals(ReportState.ADOPTED, r.state());
        assertEquals(1L, r.currentOrganisationId(), "a refused forward leaves the report where it is");
        assertFalse(r.openMoves(EDITOR_HERE, top).contains(ReportAction.FORWARD));

        MoveFacts routed = new MoveFacts(true, true, true, false, false);
        assertTrue(r.openMoves(EDITOR_HERE, routed).contains(ReportAction.FORWARD));
        assertEquals(ReportState.ADOPTED, r.forwardByRoute(routed, NOW), "by a route the report stays adopted here");
        assertEquals(ReportState.ADOPTED, r.state());

        MoveFacts delivering = new MoveFacts(true, true, true, false, true);
        assertEquals(
                "already-forwarded",
                assertThrows(Problem.class, () -> r.forwardByRoute(delivering, NOW))
                        .code());
        assertFalse(r.openMoves(EDITOR_HERE, delivering).contains(ReportAction.FORWARD));

        assertTrue(r.openMoves(EDITOR_HERE, UP).contains(ReportAction.FORWARD));
        r.forwardTo(2, UP, NOW);
        assertEquals(ReportState.SUBMITTED, r.state());
    }

    @Test
    void voidingAnAdoptionIsForAnEditorOfTheLevelThatAdoptedWhereverTheReportIs() {
        Report r = in(ReportState.SUBMITTED);
        MoveFacts adoptedHere = new MoveFacts(true, true, false, true, false);
        MoveFacts.Part editorBelow = new MoveFacts.Part(false, false, true);
        assertEquals(List.of(ReportAction.VOID_ADOPTION), r.openMoves(editorBelow, adoptedHere));
        assertFalse(r.openMoves(editorBelow, new MoveFacts(true, false, false, true, false))
                .contains(ReportAction.VOID_ADOPTION));
        assertEquals(
                "not-adopted",
                assertThrows(
                                Problem.class,
                                () -> r.check(
                                        ReportAction.VOID_ADOPTION, new MoveFacts(true, false, false, true, false)))
                        .code());
        assertEquals(
                List.of(), r.openMoves(FIRST_AUTHOR, adoptedHere), "an author has nothing to do on a submitted report");
    }

    /** The moves offered are exactly those that would be made: every state, part and surrounding. */
    @Test
    void theMovesOfferedAreTheMovesThatWouldBeMade() {
        List<MoveFacts.Part> parts = List.of(
                FIRST_AUTHOR,
                EDITOR_HERE,
                new MoveFacts.Part(false, false, true),
                new MoveFacts.Part(false, false, false));
        for (ReportState state : ReportState.values()) {
            for (boolean combined : new boolean[] {false, true}) {
                for (int bits = 0; bits < 32; bits++) {
                    MoveFacts facts = new MoveFacts(
                            (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0);
                    for (MoveFacts.Part part : parts) {
                        Report r = combined ? combinedIn(state) : in(state);
                        List<ReportAction> open = r.openMoves(part, facts);
                        for (ReportAction a : open) {
                            Report fresh = combined ? combinedIn(state) : in(state);
                            fresh.check(a, facts);
                        }
                        if (part.editorHere() && !combined && state == ReportState.EDITING) {
                            assertTrue(
                                    open.containsAll(List.of(
                                            ReportAction.EDIT,
                                            ReportAction.RETURN,
                                            ReportAction.DECLINE,
                                            ReportAction.ADOPT)),
                                    open.toString());
                        }
                    }
                }
            }
        }
    }

    private static Report combinedIn(ReportState state) {
        Report c = Report.combined(1, 7, new Draft("综合稿", "多份信息反映同一问题", List.of("统筹解决"), "LIVELIHOOD"), NOW);
        try {
            var f = Report.class.getDeclaredField("state");
            f.setAccessible(true);
            f.set(c, state);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    @Test
    void submittingStampsTheFirstSubmission() {
        Report r = in(ReportState.DRAFT);
        r.move(ReportAction.SUBMIT, NOW);
        assertEquals(NOW, r.submittedAt());
    }

    @Test
    void aDraftNeedsTitleBodyAProposalAndATopic() {
        assertEquals(
                "required",
                assertThrows(Problem.class, () -> new Draft(" ", "b", List.of("p"), "X"))
                        .code());
        assertEquals(
                "required",
                assertThrows(Problem.class, () -> new Draft("t", "", List.of("p"), "X"))
                        .code());
        assertEquals(
                "required",
                assertThrows(Problem.class, () -> new Draft("t", "b", List.of(" "), "X"))
                        .code());
        assertEquals(
                "required",
                assertThrows(Problem.class, () -> new Draft("t", "b", List.of("p"), null))
                        .code());
        Draft d = new Draft(" t ", "第一行\r\n<b>第二行</b>", List.of("一", "", "二"), "X");
        assertEquals("第一行\n<b>第二行</b>", d.body(), "line breaks kept, markup kept as typed");
        assertEquals(List.of("一", "二"), d.proposals());
    }

    @Test
    void theDiffShowsWhatEditorsChanged() {
        List<TextDiff.Line> lines =
                TextDiff.between(List.of("标题", "", "情况一", "情况二"), List.of("标题", "", "情况一（已核实）", "情况二"));
        assertEquals(
                List.of(
                        new TextDiff.Line(TextDiff.Kind.SAME, "标题"),
                        new TextDiff.Line(TextDiff.Kind.SAME, ""),
                        new TextDiff.Line(TextDiff.Kind.REMOVED, "情况一"),
                        new TextDiff.Line(TextDiff.Kind.ADDED, "情况一（已核实）"),
                        new TextDiff.Line(TextDiff.Kind.SAME, "情况二")),
                lines);
    }
}
