package org.tongxin.studyhall.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;

class SlotRulesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Sunday 2026-11-29 10:00 in Datong. */
    private static final Instant NOW =
            LocalDateTime.of(2026, 11, 29, 10, 0).atZone(ZONE).toInstant();
    /** Monday to Friday 08:30-17:30, Saturday 09:00-12:00, Sunday closed. */
    private static final OpeningHours HOURS =
            OpeningHours.parse("08:30-17:30|08:30-17:30|08:30-17:30|08:30-17:30|08:30-17:30|09:00-12:00|-");

    private final Space space = Ids.assign(
            new Space(1, new Space.Terms("政协讲堂", Zone.LECTURE_HALL, 200, HOURS, 60, 240, 30, true, true, 48, true)));

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(ZONE).toInstant();
    }

    private static String code(Runnable r) {
        return assertThrows(Problem.class, r::run).code();
    }

    private SlotRules rules(List<CalendarDay> days, List<Closure> closures) {
        return new SlotRules(space, new WorkingCalendar(days), ZONE, closures);
    }

    @Test
    void aSlotWithinTheHoursOfAnOpenDayIsAccepted() {
        assertDoesNotThrow(() -> SlotRules.plain(space, ZONE).check(at(12, 1, 9, 0), at(12, 1, 11, 0), 100, NOW));
        assertDoesNotThrow(() -> SlotRules.plain(space, ZONE).check(at(12, 1, 13, 30), at(12, 1, 17, 30), 200, NOW));
    }

    @Test
    void eachBrokenRuleIsNamed() {
        SlotRules r = SlotRules.plain(space, ZONE);
        assertEquals("end-before-start", code(() -> r.check(at(12, 1, 11, 0), at(12, 1, 9, 0), 10, NOW)));
        assertEquals("end-before-start", code(() -> r.check(at(12, 1, 11, 0), at(12, 1, 11, 0), 10, NOW)));
        assertEquals("in-the-past", code(() -> r.check(at(11, 28, 9, 0), at(11, 28, 10, 0), 10, NOW)));
        assertEquals("too-far-ahead", code(() -> r.check(at(12, 30, 9, 0), at(12, 30, 10, 0), 10, NOW)));
        assertEquals("too-short", code(() -> r.check(at(12, 1, 9, 0), at(12, 1, 9, 45), 10, NOW)));
        assertEquals("too-long", code(() -> r.check(at(12, 1, 9, 0), at(12, 1, 13, 15), 10, NOW)));
        assertEquals("over-capacity", code(() -> r.check(at(12, 1, 9, 0), at(12, 1, 10, 0), 201, NOW)));
        assertEquals("closed-day", code(() -> r.check(at(12, 6, 9, 0), at(12, 6, 10, 0), 10, NOW))); // a Sunday
        assertEquals("outside-hours", code(() -> r.check(at(12, 1, 8, 0), at(12, 1, 9, 0), 10, NOW)));
        assertEquals(
                "outside-hours",
                code(() -> r.check(at(12, 5, 11, 0), at(12, 5, 12, 30), 10, NOW))); // Saturday closes at noon
        assertEquals("outside-hours", code(() -> r.check(at(12, 1, 17, 0), at(12, 1, 18, 0), 10, NOW)));
    }

    @Test
    void theLastDayOneMayBookIsTheAdvanceLimitInTheHallsZone() {
        SlotRules r = SlotRules.plain(space, ZONE);
        assertDoesNotThrow(() -> r.check(at(12, 29, 9, 0), at(12, 29, 10, 0), 1, NOW)); // 30 days after 11-29
        assertEquals("too-far-ahead", code(() -> r.check(at(12, 30, 9, 0), at(12, 30, 10, 0), 1, NOW)));
    }

    @Test
    void aHolidayClosesTheHallAndAMadeWorkdayOpensAWeekendWithWorkingDayHours() {
        LocalDate holiday = LocalDate.of(2026, 12, 1);
        LocalDate madeWorkday = LocalDate.of(2026, 12, 6); // a Sunday, normally closed
        SlotRules r = rules(
                List.of(
                        new CalendarDay(1, holiday, DayKind.HOLIDAY, "测试假日"),
                        new CalendarDay(1, madeWorkday, DayKind.WORKDAY, "调休上班")),
                List.of());
        Problem closed = assertThrows(Problem.class, () -> r.check(at(12, 1, 9, 0), at(12, 1, 10, 0), 1, NOW));
        assertEquals("closed-day", closed.code());
        assertEquals("2026-12-01", closed.args()[0]);
        assertDoesNotThrow(() -> r.check(at(12, 6, 15, 0), at(12, 6, 17, 0), 1, NOW)); // working-day hours, not closed
    }

    @Test
    void aClosureOfTheSpaceRefusesEveryOverlappingSlot() {
        Closure works = new Closure(space.id(), at(12, 2, 10, 0), at(12, 2, 12, 0), "灯光检修", "keeper");
        SlotRules r = rules(List.of(), List.of(works));
        assertEquals("space-closed", code(() -> r.check(at(12, 2, 11, 0), at(12, 2, 13, 0), 1, NOW)));
        assertDoesNotThrow(() -> r.check(at(12, 2, 12, 0), at(12, 2, 13, 0), 1, NOW)); // touching is not overlapping
    }

    @Test
    void aSlotMayNotRunIntoTheNextDay() {
        Space allDay = Ids.assign(new Space(
                1,
                new Space.Terms(
                        "阅读区",
                        Zone.READING,
                        60,
                        OpeningHours.of(
                                new OpeningHours.Window(LocalTime.of(0, 0), LocalTime.of(23, 59)), DayOfWeek.values()),
                        30,
                        1440,
                        30,
                        false,
                        true,
                        0,
                        true)));
        assertEquals(
                "outside-hours",
                code(() -> SlotRules.plain(allDay, ZONE).check(at(12, 1, 22, 0), at(12, 2, 1, 0), 1, NOW)));
    }
}
