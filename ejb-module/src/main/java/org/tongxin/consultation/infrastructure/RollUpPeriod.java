package org.tongxin.consultation.infrastructure;

import java.time.LocalDate;

/**
 * A period of days cut for the roll-ups: the whole years inside it (read from the yearly roll-up), the whole
 * months before and after them (the monthly roll-up), and the days before and after those (counted from the
 * topics). Each part is half-open, {@code [start, end)}, and empty when its start is not before its end, so that
 * a period of ten years reads ten yearly rows, at most twenty-two monthly ones and at most sixty days of topics
 * per organisation, whatever its length.
 */
record RollUpPeriod(
        LocalDate headDaysStart,
        LocalDate headMonthsStart,
        LocalDate yearsStart,
        LocalDate yearsEnd,
        LocalDate monthsEnd,
        LocalDate tailDaysEnd) {

    /** The period from {@code from} to {@code to}, both included. */
    static RollUpPeriod of(LocalDate from, LocalDate to) {
        LocalDate end = to.plusDays(1);
        LocalDate firstWholeMonth =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterWholeMonths = end.withDayOfMonth(1);
        if (!firstWholeMonth.isBefore(afterWholeMonths)) {
            // no whole month: all days
            return new RollUpPeriod(from, end, end, end, end, end);
        }
        LocalDate firstWholeYear = firstWholeMonth.getDayOfYear() == 1
                ? firstWholeMonth
                : firstWholeMonth.withDayOfYear(1).plusYears(1);
        LocalDate afterWholeYears = afterWholeMonths.withDayOfYear(1);
        if (!firstWholeYear.isBefore(afterWholeYears)) {
            // no whole year: the months are all head months
            return new RollUpPeriod(from, firstWholeMonth, afterWholeMonths, afterWholeMonths, afterWholeMonths, end);
        }
        return new RollUpPeriod(from, firstWholeMonth, firstWholeYear, afterWholeYears, afterWholeMonths, end);
    }

    /** The days before the first whole month: {@code [headDaysStart, headMonthsStart)}. */
    boolean hasHeadDays() {
        return headDaysStart.isBefore(headMonthsStart);
    }

    /** The days after the last whole month: {@code [monthsEnd, tailDaysEnd)}. */
    boolean hasTailDays() {
        return monthsEnd.isBefore(tailDaysEnd);
    }
}
