package org.tongxin.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * The six steps (五方六步): every step from every state, for each role; the records each step requires; the meeting's
 * five parties and result; the feedback at the close.
 */
class GrassrootsStepMachineTest {

    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Set<Role> OFFICE = EnumSet.of(Role.OFFICE_STAFF);
    static final List<Set<Role>> OTHERS =
            List.of(EnumSet.of(Role.LEADER), EnumSet.of(Role.MEMBER), EnumSet.of(Role.INFO_EDITOR));

    static GrassrootsOrigin origin() {
        return new GrassrootsOrigin(
                3L,
                11L,
                "新建南路街道",
                12L,
                "新建南路街道联络组",
                13L,
                "和平社区",
                14L,
                15L,
                "张伟明",
                "老旧小区地下室管道漏水",
                "居民反映地下室管道常年漏水",
                TODAY.minusDays(30));
    }

    static GrassrootsMeeting meeting(GrassrootsResult result, String reasons) {
        return new GrassrootsMeeting(
                List.of(new GrassrootsMeeting.Attendee(15L, "张伟明"), new GrassrootsMeeting.Attendee(16L, "刘芳")),
                List.of("社区党支部书记 王红"),
                List.of("物业公司经理 李强"),
                List.of("社区民警 赵刚"),
                List.of("居民代表 陈大爷", "居民代表 孙阿姨"),
                result,
                reasons);
    }

    static GrassrootsTopic.StepInput input(GrassrootsStep step) {
        return new GrassrootsTopic.StepInput(
                TODAY.minusDays(20 - step.ordinal()),
                "记录：" + step,
                step == GrassrootsStep.DELIBERATE ? meeting(GrassrootsResult.SOLVED, null) : null,
                step == GrassrootsStep.DONE ? "已电话告知反映人：管道已更换" : null,
                null);
    }

    /** A topic standing at {@code state}, taken there step by step by the office. */
    static GrassrootsTopic at(GrassrootsStep state) {
        GrassrootsTopic t = new GrassrootsTopic(origin(), OFFICE, "office", NOW, TODAY);
        for (GrassrootsStep s = GrassrootsStep.TOPIC; s != null && s.ordinal() <= state.ordinal(); s = s.next()) {
            t.take(s, OFFICE, input(s), "office", NOW, TODAY);
        }
        assertEquals(state, t.step());
        return t;
    }

    @Test
    void aNewTopicStandsAtCollectWithItsFirstRecord() {
        GrassrootsTopic t = new GrassrootsTopic(origin(), OFFICE, "office", NOW, TODAY);
        assertEquals(GrassrootsStep.COLLECT, t.step());
        assertEquals(GrassrootsSource.CONCERN, t.source());
        assertEquals(1, t.steps().size());
        assertEquals(TODAY.minusDays(30), t.steps().get(0).on());
    }

    @Test
    void aMemberMayCollectButALeaderMayNot() {
        new GrassrootsTopic(origin(), EnumSet.of(Role.MEMBER), "member1", NOW, TODAY);
        Problem p = assertThrows(
                Problem.class, () -> new GrassrootsTopic(origin(), EnumSet.of(Role.LEADER), "leader", NOW, TODAY));
        assertEquals("grassroots-step-role", p.code());
        assertEquals(Problem.Kind.FORBIDDEN, p.kind());
    }

    @ParameterizedTest
    @EnumSource(GrassrootsStep.class)
    void everyStepFromEveryStateForEveryRole(GrassrootsStep step) {
        for (GrassrootsStep state : GrassrootsStep.values()) {
            boolean allowed = step != GrassrootsStep.COLLECT && state.ordinal() == step.ordinal() - 1;
            for (Set<Role> roles : OTHERS) {
                if (step == GrassrootsStep.COLLECT && roles.contains(Role.MEMBER)) {
                    // a member collects (makes a topic), never from a topic that exists
                    Problem p = assertThrows(
                            Problem.class, () -> at(state).take(step, roles, input(step), "m", NOW, TODAY));
                    assertEquals("grassroots-state", p.code());
                    continue;
                }
                GrassrootsTopic t = at(state);
                Problem p = assertThrows(Problem.class, () -> t.take(step, roles, input(step), "x", NOW, TODAY));
                assertEquals("grassroots-step-role", p.code(), step + " by " + roles + " from " + state);
                assertEquals(state, t.step());
            }
            GrassrootsTopic t = at(state);
            if (allowed) {
                t.take(step, OFFICE, input(step), "office", NOW, TODAY);
                assertEquals(step, t.step(), step + " from " + state);
                assertEquals(step, t.steps().get(t.steps().size() - 1).step());
            } else {
                Problem p = assertThrows(Problem.class, () -> t.take(step, OFFICE, input(step), "office", NOW, TODAY));
                assertEquals("grassroots-state", p.code(), step + " from " + state);
                assertEquals(Problem.Kind.CONFLICT, p.kind());
                assertEquals(state, t.step());
            }
        }
    }

    @Test
    void theTableSaysWhoTakesWhatFromWhere() {
        assertEquals(Set.of(Role.OFFICE_STAFF, Role.MEMBER), GrassrootsStep.COLLECT.roles());
        for (GrassrootsStep s : GrassrootsStep.values()) {
            if (s != GrassrootsStep.COLLECT) {
                assertEquals(Set.of(Role.OFFICE_STAFF), s.roles());
                assertTrue(s.leavesFrom(GrassrootsStep.values()[s.ordinal() - 1]));
            }
        }
        assertNull(GrassrootsStep.DONE.next());
    }

    @Test
    void aStepNeedsItsRecordAndADayNeitherFutureNorBeforeTheLastStep() {
        GrassrootsTopic t = at(GrassrootsStep.COLLECT);
        assertEquals(
                "record",
                field(() -> t.take(
                        GrassrootsStep.TOPIC,
                        OFFICE,
                        new GrassrootsTopic.StepInput(TODAY, " ", null, null, null),
                        "o",
                        NOW,
                        TODAY)));
        assertEquals(
                "on",
                field(() -> t.take(
                        GrassrootsStep.TOPIC,
                        OFFICE,
                        new GrassrootsTopic.StepInput(TODAY.plusDays(1), "定题", null, null, null),
                        "o",
                        NOW,
                        TODAY)));
        assertEquals(
                "on",
                field(() -> t.take(
                        GrassrootsStep.TOPIC,
                        OFFICE,
                        new GrassrootsTopic.StepInput(TODAY.minusDays(31), "定题", null, null, null),
                        "o",
                        NOW,
                        TODAY)));
        t.take(
                GrassrootsStep.TOPIC,
                OFFICE,
                new GrassrootsTopic.StepInput(null, "定题", null, null, null),
                "o",
                NOW,
                TODAY);
        assertEquals(TODAY, t.topicOn(), "the day defaults to today");
    }

    @Test
    void theMeetingRecordsTheFivePartiesAndTheResultAndReturnsTheMembersPresent() {
        GrassrootsTopic t = at(GrassrootsStep.RESEARCH);
        List<GrassrootsMeeting.Attendee> present = t.take(
                GrassrootsStep.DELIBERATE,
                OFFICE,
                new GrassrootsTopic.StepInput(TODAY, "五方协商，议定更换管道", meeting(GrassrootsResult.SOLVED, null), null, null),
                "office",
                NOW,
                TODAY);
        assertEquals(
                List.of(15L, 16L),
                present.stream().map(GrassrootsMeeting.Attendee::memberId).toList());
        assertEquals(GrassrootsResult.SOLVED, t.result());
        assertEquals(TODAY, t.deliberatedOn());
        assertEquals(7, t.parties().size());
        assertEquals(
                Set.of(FiveParty.values()),
                Set.copyOf(
                        t.parties().stream().map(GrassrootsParticipant::party).toList()));
    }

    @Test
    void aMeetingWithoutMembersOrResidentsOrResultOrReasonsIsRefused() {
        assertEquals(
                "members",
                meetingField(new GrassrootsMeeting(
                        List.of(), null, null, null, List.of("居民"), GrassrootsResult.SOLVED, null)));
        assertEquals("members", meetingField(null));
        GrassrootsMeeting.Attendee a = new GrassrootsMeeting.Attendee(15L, "张伟明");
        assertEquals(
                "residents",
                meetingField(new GrassrootsMeeting(
                        List.of(a), null, null, null, List.of(" "), GrassrootsResult.SOLVED, null)));
        assertEquals(
                "result", meetingField(new GrassrootsMeeting(List.of(a), null, null, null, List.of("居民"), null, null)));
        assertEquals("reasons", meetingField(meeting(GrassrootsResult.PARTLY, null)));
        assertEquals("reasons", meetingField(meeting(GrassrootsResult.NOT_SOLVED, "  ")));
        assertEquals(
                "police",
                meetingField(new GrassrootsMeeting(
                        List.of(a), null, null, List.of("民警\n赵刚"), List.of("居民"), GrassrootsResult.SOLVED, null)));
        GrassrootsTopic t = at(GrassrootsStep.RESEARCH);
        t.take(
                GrassrootsStep.DELIBERATE,
                OFFICE,
                new GrassrootsTopic.StepInput(
                        TODAY, "部分解决", meeting(GrassrootsResult.NOT_SOLVED, "涉及专项资金，需区住建局立项"), null, null),
                "office",
                NOW,
                TODAY);
        assertEquals("涉及专项资金，需区住建局立项", t.reasons());
    }

    @Test
    void theCloseRecordsWhatTheAuthorIsTold() {
        GrassrootsTopic t = at(GrassrootsStep.FOLLOW_UP);
        assertEquals(
                "feedback",
                field(() -> t.take(
                        GrassrootsStep.DONE,
                        OFFICE,
                        new GrassrootsTopic.StepInput(TODAY, "办结", null, null, null),
                        "o",
                        NOW,
                        TODAY)));
        assertEquals(
                "feedbackOn",
                field(() -> t.take(
                        GrassrootsStep.DONE,
                        OFFICE,
                        new GrassrootsTopic.StepInput(TODAY, "办结", null, "已告知", TODAY.plusDays(1)),
                        "o",
                        NOW,
                        TODAY)));
        t.take(
                GrassrootsStep.DONE,
                OFFICE,
                new GrassrootsTopic.StepInput(TODAY, "办结", null, "已当面告知反映人", TODAY.minusDays(1)),
                "o",
                NOW,
                TODAY);
        assertEquals(GrassrootsStep.DONE, t.step());
        assertEquals("已当面告知反映人", t.feedback());
        assertEquals(TODAY.minusDays(1), t.feedbackOn());
        assertEquals(7, t.steps().size(), "one record per step, COLLECT to DONE");
    }

    @Test
    void aTitleIsRequiredOfOneLineAndTheCollectionDayNotInTheFuture() {
        GrassrootsOrigin o = origin();
        GrassrootsOrigin noTitle =
                new GrassrootsOrigin(3L, 11L, "t", null, null, null, null, null, null, null, " ", null, null);
        assertEquals("title", field(() -> new GrassrootsTopic(noTitle, OFFICE, "o", NOW, TODAY)));
        GrassrootsOrigin future = new GrassrootsOrigin(
                3L, 11L, "t", null, null, null, null, null, null, null, "议题", null, TODAY.plusDays(1));
        assertEquals("collectedOn", field(() -> new GrassrootsTopic(future, OFFICE, "o", NOW, TODAY)));
        assertEquals(GrassrootsSource.OFFICE, future.source());
        assertEquals(GrassrootsSource.CONCERN, o.source());
    }

    private static String meetingField(GrassrootsMeeting m) {
        GrassrootsTopic t = at(GrassrootsStep.RESEARCH);
        String f = field(() -> t.take(
                GrassrootsStep.DELIBERATE,
                OFFICE,
                new GrassrootsTopic.StepInput(TODAY, "协商", m, null, null),
                "o",
                NOW,
                TODAY));
        assertEquals(GrassrootsStep.RESEARCH, t.step());
        return f;
    }

    private static String field(Runnable r) {
        Problem p = assertThrows(Problem.class, r::run);
        assertEquals(1, p.fieldKeys().size(), p::getMessage);
        return p.fieldKeys().keySet().iterator().next();
    }
}
