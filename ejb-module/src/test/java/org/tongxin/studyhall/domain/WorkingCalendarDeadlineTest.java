package org.tongxin.studyhall.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines counted on the working calendar: weekends and public holidays skipped, made working days (调休) counted. */
class WorkingCalendarDeadlineTest {

    // the National Day week of 2026: 1–7 October holidays, Saturday 10 October a working day
    private static final WorkingCalendar NATIONAL_DAY = new WorkingCalendar(List.of(
            day(1, DayKind.HOLIDAY),
            day(2, DayKind.HOLIDAY),
            day(5, DayKind.HOLIDAY),
            day(6, DayKind.HOLIDAY),
            day(7, DayKind.HOLIDAY),
            day(10, DayKind.WORKDAY)));

    @Test
    void tenWorkingDaysSkipWeekendsOnAnOrdinaryCalendar() {
        // Monday 2 March 2026 + 10 working days = Monday 16 March
        assertEquals(
                LocalDate.of(2026, 3, 16), WorkingCalendar.ordinary().plusWorkingDays(LocalDate.of(2026, 3, 2), 10));
    }

    @Test
    void holidaysAreSkippedAndAWeekendMadeAWorkingDayCounts() {
        assertFalse(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 10, 5)), "a holiday on a Monday");
        assertTrue(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 10, 10)), "a Saturday made a working day");
        // Wednesday 30 September + 3 working days: 8, 9 and Saturday 10 October
        assertEquals(LocalDate.of(2026, 10, 10), NATIONAL_DAY.plusWorkingDays(LocalDate.of(2026, 9, 30), 3));
    }

    @Test
    void aDueDateOnAHolidayMovesToTheNextWorkingDay() {
        assertEquals(LocalDate.of(2026, 10, 8), NATIONAL_DAY.onOrAfter(LocalDate.of(2026, 10, 1)));
        assertEquals(LocalDate.of(2026, 3, 2), NATIONAL_DAY.onOrAfter(LocalDate.of(2026, 2, 28)), "a weekend");
        assertEquals(LocalDate.of(2026, 3, 3), NATIONAL_DAY.onOrAfter(LocalDate.of(2026, 3, 3)));
    }

    private static CalendarDay day(int october, DayKind kind) {
        return new CalendarDay(1L, LocalDate.of(2026, 10, october), kind, kind == DayKind.HOLIDAY ? "国庆节" : "调休上班");
    }
}
