package org.tongxin.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongxin.platform.kernel.FileKind;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * The consultation activity's path: every step from every state, for each role; and the rules its participants,
 * attendance, research trips and speeches follow in each state.
 */
class ActivityStateMachineTest {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    static final Instant START = NOW.plus(Duration.ofDays(2));
    static final Instant END = START.plus(Duration.ofHours(2));
    static final Instant DURING = START.plus(Duration.ofMinutes(30));
    static final Set<Role> OFFICE = EnumSet.of(Role.OFFICE_STAFF);

    /** Where each step may leave from, and where it leads. */
    static final Map<ActivityStep, Map<ActivityState, ActivityState>> ALLOWED = Map.of(
            ActivityStep.OPEN, Map.of(ActivityState.PLANNED, ActivityState.OPEN),
            ActivityStep.HOLD,
                    Map.of(ActivityState.PLANNED, ActivityState.HELD, ActivityState.OPEN, ActivityState.HELD),
            ActivityStep.CANCEL,
                    Map.of(
                            ActivityState.PLANNED,
                            ActivityState.CANCELLED,
                            ActivityState.OPEN,
                            ActivityState.CANCELLED));

    static ConsultationActivity planned(int capacity) {
        return new ConsultationActivity(
                3L,
                new ConsultationActivity.Terms("老旧小区改造与物业管理", ConsultationForm.MONTHLY, null, capacity),
                new ConsultationActivity.Venue(START, END, 11L, 5L, "政协讲堂"),
                2026,
                "office",
                NOW);
    }

    /** An activity brought to a state through its own steps (the held one after its start). */
    static ConsultationActivity in(ActivityState state) {
        ConsultationActivity a = planned(10);
        switch (state) {
            case PLANNED -> {}
            case OPEN -> a.take(ActivityStep.OPEN, OFFICE, null, "office", NOW);
            case HELD -> a.take(ActivityStep.HOLD, OFFICE, null, "office", DURING);
            case CANCELLED -> a.take(ActivityStep.CANCEL, OFFICE, "改期", "office", NOW);
        }
        assertEquals(state, a.state());
        return a;
    }

    private static final AtomicLong IDS = new AtomicLong(100);

    /** Gives the new children ids, as the database would. */
    static void number(ConsultationActivity a) {
        try {
            for (Object child : a.participants()) {
                setId(ActivityParticipant.class, child);
            }
            for (Object child : a.speeches()) {
                setId(Speech.class, child);
            }
            for (Object child : a.research()) {
                setId(ResearchTrip.class, child);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setId(Class<?> type, Object child) throws ReflectiveOperationException {
        var f = type.getDeclaredField("id");
        f.setAccessible(true);
        if (f.get(child) == null) {
            f.set(child, IDS.incrementAndGet());
        }
    }

    @ParameterizedTest
    @EnumSource(ActivityStep.class)
    void everyStepFromEveryStateForEachRole(ActivityStep step) {
        for (ActivityState from : ActivityState.values()) {
            for (Role role : new Role[] {Role.OFFICE_STAFF, Role.LEADER, Role.MEMBER}) {
                ConsultationActivity a = in(from);
                Instant at = step == ActivityStep.HOLD ? DURING : NOW;
                ActivityState expected = ALLOWED.get(step).get(from);
                if (role != Role.OFFICE_STAFF) {
                    Problem p =
                            assertThrows(Problem.class, () -> a.take(step, EnumSet.of(role), null, role.code(), at));
                    assertEquals("activity-step-role", p.code(), step + " by " + role);
                    assertEquals(Problem.Kind.FORBIDDEN, p.kind());
                    assertEquals(from, a.state());
                } else if (expected == null) {
                    Problem p = assertThrows(Problem.class, () -> a.take(step, OFFICE, null, "office", at));
                    assertEquals("activity-state", p.code(), step + " from " + from);
                    assertEquals(Problem.Kind.CONFLICT, p.kind());
                    assertEquals(from, a.state());
                } else {
                    a.take(step, OFFICE, "改期", "office", at);
                    assertEquals(expected, a.state(), step + " from " + from);
                }
            }
        }
    }

    @Test
    void theStepTableHasOneRowPerStepAndOnlyTheOfficeTakesSteps() {
        for (ActivityStep step : ActivityStep.values()) {
            assertEquals(Role.OFFICE_STAFF, step.role());
            for (ActivityState s : ActivityState.values()) {
                assertEquals(ALLOWED.get(step).containsKey(s), step.leavesFrom(s), step + " " + s);
            }
        }
    }

    @Test
    void anActivityIsHeldOnlyOnceItBeganAndOpenedOnlyBeforeIt() {
        ConsultationActivity a = planned(10);
        assertEquals(
                "activity-not-started",
                assertThrows(Problem.class, () -> a.take(ActivityStep.HOLD, OFFICE, null, "office", NOW))
                        .code());
        assertEquals(
                "activity-started",
                assertThrows(Problem.class, () -> a.take(ActivityStep.OPEN, OFFICE, null, "office", DURING))
                        .code());
        assertEquals(ActivityState.PLANNED, a.state());
    }

    @Test
    void membersBeyondTheCapAreRefusedWhetherInvitedOrSigningUp() {
        ConsultationActivity a = planned(2);
        a.invite(1L, 101L, "委员一", NOW);
        a.take(ActivityStep.OPEN, OFFICE, null, "office", NOW);
        a.signUp(2L, 102L, "委员二", NOW);
        Problem full = assertThrows(Problem.class, () -> a.signUp(3L, 103L, "委员三", NOW));
        assertEquals("activity-full", full.code());
        assertEquals(Problem.Kind.CONFLICT, full.kind());
        assertEquals(
                "activity-full",
                assertThrows(Problem.class, () -> a.invite(3L, 103L, "委员三", NOW))
                        .code());
        assertEquals(
                "already-participant",
                assertThrows(Problem.class, () -> a.signUp(2L, 102L, "委员二", NOW))
                        .code());
        // guests are not members: the cap does not count them
        a.addGuest(ParticipantKind.EXPERT, "李教授", "山西大同大学", NOW);
        assertEquals(2, a.members().size());
        assertEquals(3, a.participants().size());
        assertEquals(
                "invalid-input",
                assertThrows(
                                Problem.class,
                                () -> a.change(new ConsultationActivity.Terms("议题", ConsultationForm.SPECIAL, null, 1)))
                        .code());
    }

    @Test
    void signUpIsOpenOnlyWhileOpenAndBeforeTheStart() {
        ConsultationActivity a = planned(10);
        assertEquals(
                "signup-closed",
                assertThrows(Problem.class, () -> a.signUp(1L, 1L, "委员", NOW)).code());
        a.take(ActivityStep.OPEN, OFFICE, null, "office", NOW);
        assertEquals(
                "signup-closed",
                assertThrows(Problem.class, () -> a.signUp(1L, 1L, "委员", DURING))
                        .code());
        a.signUp(1L, 1L, "委员", NOW);
        a.withdraw(1L, NOW);
        assertTrue(a.members().isEmpty());
    }

    @Test
    void checkInOpensAnHourBeforeTheStartAndOnlyForParticipants() {
        ConsultationActivity a = in(ActivityState.OPEN);
        a.signUp(1L, 1L, "委员一", NOW);
        number(a);
        assertEquals(
                "check-in-closed",
                assertThrows(Problem.class, () -> a.checkIn(1L, "member1", START.minus(Duration.ofMinutes(61))))
                        .code());
        assertEquals(
                "check-in-closed",
                assertThrows(Problem.class, () -> a.checkIn(1L, "member1", END.plusSeconds(1)))
                        .code());
        assertEquals(
                "not-participant",
                assertThrows(Problem.class, () -> a.checkIn(2L, "member2", START))
                        .code());
        assertTrue(a.checkIn(1L, "member1", START.minus(Duration.ofMinutes(59))).present());
        a.take(ActivityStep.HOLD, OFFICE, null, "office", DURING);
        assertEquals(1, a.presentMembers().size());
        // once held, only the office's correction changes attendance
        assertEquals(
                "check-in-closed",
                assertThrows(Problem.class, () -> a.checkIn(1L, "member1", DURING))
                        .code());
        long id = a.member(1L).orElseThrow().id();
        assertTrue(a.mark(id, false, "office", DURING));
        assertFalse(a.mark(id, false, "office", DURING));
        assertTrue(a.presentMembers().isEmpty());
    }

    @Test
    void theOfficeTicksAttendanceOnlyFromAnHourBeforeTheStart() {
        ConsultationActivity a = in(ActivityState.OPEN);
        a.invite(1L, null, "委员一", NOW);
        number(a);
        long id = a.member(1L).orElseThrow().id();
        assertEquals(
                "check-in-closed",
                assertThrows(Problem.class, () -> a.mark(id, true, "office", NOW))
                        .code());
        assertTrue(a.mark(id, true, "office", START));
        ConsultationActivity cancelled = in(ActivityState.CANCELLED);
        assertEquals(
                "activity-state",
                assertThrows(Problem.class, () -> cancelled.invite(1L, null, "委员", NOW))
                        .code());
    }

    @Test
    void onlyASelectedSpeechIsDeliveredAndOnlyOnceTheConsultationBegan() {
        ConsultationActivity a = in(ActivityState.OPEN);
        a.submitSpeech(1L, "委员一", "关于物业管理的建议", "发言全文", NOW);
        number(a);
        long id = a.speeches().get(0).id();
        assertEquals(
                "speech-exists",
                assertThrows(Problem.class, () -> a.submitSpeech(1L, "委员一", "又一篇", "文", NOW))
                        .code());
        assertEquals(
                "speech-not-selected",
                assertThrows(Problem.class, () -> a.deliver(id, true, "office", DURING))
                        .code());
        a.select(id, true);
        assertEquals(
                "activity-not-started",
                assertThrows(Problem.class, () -> a.deliver(id, true, "office", NOW))
                        .code());
        assertTrue(a.deliver(id, true, "office", DURING));
        assertFalse(a.deliver(id, true, "office", DURING));
        assertEquals(
                "speech-delivered",
                assertThrows(Problem.class, () -> a.select(id, false)).code());
        assertTrue(a.deliver(id, false, "office", DURING));
        a.take(ActivityStep.HOLD, OFFICE, null, "office", DURING);
        assertEquals(
                "activity-state",
                assertThrows(Problem.class, () -> a.submitSpeech(2L, "委员二", "晚了", "文", DURING))
                        .code());
    }

    @Test
    void aTripHoldsUploadedFilesUpToItsLimitEvenDoneButNotOnceTheActivityIsCancelled() {
        ConsultationActivity a = planned(10);
        LocalDate day = LocalDate.of(2026, 2, 27);
        a.addResearch(new ResearchTrip.Terms(day, "城区", Map.of(1L, "委员一"), null, null), "office", NOW);
        number(a);
        long trip = a.research().get(0).id();
        a.researchDone(trip, day, "office", NOW);
        String sha = "0".repeat(64);
        for (int i = 0; i < ResearchTrip.MAX_FILES; i++) {
            a.attachResearchFile(trip, "照片" + i + ".jpg", FileKind.JPEG, 10, sha, "office", NOW);
        }
        assertEquals(ResearchTrip.MAX_FILES, a.trip(trip).files().size(), "a done trip's documents are completed");
        assertEquals(
                "research-files-full",
                assertThrows(
                                Problem.class,
                                () -> a.attachResearchFile(trip, "多余.pdf", FileKind.PDF, 10, sha, "office", NOW))
                        .code());
        assertEquals("image/jpeg", a.trip(trip).files().get(0).contentType());

        ConsultationActivity cancelled = planned(10);
        cancelled.addResearch(new ResearchTrip.Terms(day, "城区", Map.of(1L, "委员一"), null, null), "office", NOW);
        number(cancelled);
        long other = cancelled.research().get(0).id();
        cancelled.take(ActivityStep.CANCEL, OFFICE, null, "office", NOW);
        assertEquals(
                "activity-state",
                assertThrows(
                                Problem.class,
                                () -> cancelled.attachResearchFile(
                                        other, "报告.pdf", FileKind.PDF, 10, sha, "office", NOW))
                        .code());
        assertEquals(
                "not-found",
                assertThrows(Problem.class, () -> a.trip(trip).file(987654L)).code(),
                "a file not of the trip");
    }

    @Test
    void aResearchTripIsDoneOnceNotBeforeItsDayAndKeepsItsMembersThen() {
        ConsultationActivity a = planned(10);
        LocalDate day = LocalDate.of(2026, 3, 5);
        a.addResearch(
                new ResearchTrip.Terms(day, "平城区新建南路社区", Map.of(1L, "委员一", 2L, "委员二"), "管网老化", "调研报告.docx"),
                "office",
                NOW);
        number(a);
        long id = a.research().get(0).id();
        assertEquals(
                "research-in-future",
                assertThrows(Problem.class, () -> a.researchDone(id, day.minusDays(1), "office", NOW))
                        .code());
        assertTrue(a.researchDone(id, day, "office", NOW).done());
        assertEquals(
                "research-done",
                assertThrows(Problem.class, () -> a.researchDone(id, day, "office", NOW))
                        .code());
        assertEquals(
                "research-done",
                assertThrows(
                                Problem.class,
                                () -> a.changeResearch(
                                        id, new ResearchTrip.Terms(day, "别处", Map.of(1L, "委员一"), null, null)))
                        .code());
        a.changeResearch(id, new ResearchTrip.Terms(day, "新建南路社区", Map.of(1L, "委员一", 2L, "委员二"), "补充", null));
        assertEquals("补充", a.research().get(0).findings());
        assertEquals(
                "invalid-input",
                assertThrows(
                                Problem.class,
                                () -> a.addResearch(
                                        new ResearchTrip.Terms(day, "某地", Map.of(), null, null), "office", NOW))
                        .code());
    }
}
