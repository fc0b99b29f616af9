package org.tongxin.consultation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RollUpPeriodTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aPeriodWithinAMonthIsAllDays() {
        RollUpPeriod p = RollUpPeriod.of(d("2026-12-01"), d("2026-12-03"));
        assertTrue(p.hasHeadDays());
        assertEquals(d("2026-12-04"), p.headMonthsStart());
        assertFalse(p.hasTailDays());
        assertEquals(p.yearsStart(), p.yearsEnd(), "no whole year");
        assertEquals(p.headMonthsStart(), p.yearsStart(), "no whole month");
    }

    @Test
    void tenYearsToTodayAreNineWholeYearsElevenMonthsAndThreeDays() {
        RollUpPeriod p = RollUpPeriod.of(d("2017-01-01"), d("2026-12-03"));
        assertFalse(p.hasHeadDays());
        assertEquals(d("2017-01-01"), p.headMonthsStart());
        assertEquals(d("2017-01-01"), p.yearsStart());
        assertEquals(d("2026-01-01"), p.yearsEnd());
        assertEquals(d("2026-12-01"), p.monthsEnd());
        assertEquals(d("2026-12-04"), p.tailDaysEnd());
        assertTrue(p.hasTailDays());
    }

    @Test
    void mixedEdgesHaveDaysAndMonthsOnBothSidesOfTheWholeYears() {
        RollUpPeriod p = RollUpPeriod.of(d("2024-06-15"), d("2026-03-10"));
        assertEquals(d("2024-06-15"), p.headDaysStart());
        assertEquals(d("2024-07-01"), p.headMonthsStart());
        assertEquals(d("2025-01-01"), p.yearsStart());
        assertEquals(d("2026-01-01"), p.yearsEnd());
        assertEquals(d("2026-03-01"), p.monthsEnd());
        assertEquals(d("2026-03-11"), p.tailDaysEnd());
    }

    @Test
    void monthsWithoutAWholeYearAreReadAsMonths() {
        RollUpPeriod p = RollUpPeriod.of(d("2025-11-20"), d("2026-02-28"));
        assertEquals(d("2025-12-01"), p.headMonthsStart());
        assertEquals(p.yearsStart(), p.yearsEnd(), "no whole year");
        assertEquals(d("2026-03-01"), p.yearsStart(), "all whole months are head months");
        assertEquals(d("2026-03-01"), p.monthsEnd());
        assertFalse(p.hasTailDays());
    }

    @Test
    void everyDayOfThePeriodFallsInExactlyOnePart() {
        Stream.of(
                        new LocalDate[] {d("2017-01-01"), d("2026-12-03")},
                        new LocalDate[] {d("2024-06-15"), d("2026-03-10")},
                        new LocalDate[] {d("2025-12-31"), d("2026-01-01")},
                        new LocalDate[] {d("2025-01-01"), d("2025-12-31")},
                        new LocalDate[] {d("2024-02-29"), d("2024-02-29")})
                .forEach(range -> {
                    RollUpPeriod p = RollUpPeriod.of(range[0], range[1]);
                    for (LocalDate day = range[0].minusDays(40);
                            day.isBefore(range[1].plusDays(40));
                            day = day.plusDays(1)) {
                        int parts = (in(day, p.headDaysStart(), p.headMonthsStart()) ? 1 : 0)
                                + (in(day, p.headMonthsStart(), p.yearsStart()) ? 1 : 0)
                                + (in(day, p.yearsStart(), p.yearsEnd()) ? 1 : 0)
                                + (in(day, p.yearsEnd(), p.monthsEnd()) ? 1 : 0)
                                + (in(day, p.monthsEnd(), p.tailDaysEnd()) ? 1 : 0);
                        boolean inside = !day.isBefore(range[0]) && !day.isAfter(range[1]);
                        assertEquals(inside ? 1 : 0, parts, day + " in " + range[0] + ".." + range[1]);
                    }
                    // the month parts start on a month's first day, the year part on a year's first day
                    if (p.headMonthsStart().isBefore(p.yearsStart())) {
                        assertEquals(1, p.headMonthsStart().getDayOfMonth());
                    }
                    if (p.yearsStart().isBefore(p.yearsEnd())) {
                        assertEquals(1, p.yearsStart().getDayOfYear());
                        assertEquals(1, p.yearsEnd().getDayOfYear());
                    }
                });
    }

    private static boolean in(LocalDate day, LocalDate start, LocalDate end) {
        return !day.isBefore(start) && day.isBefore(end);
    }
}
