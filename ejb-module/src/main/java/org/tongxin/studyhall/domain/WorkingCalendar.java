package org.tongxin.studyhall.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When the hall is open on a day: a public holiday closes it; a weekend made a working day (调休) opens
 * it with the hours of an ordinary working day (its own weekend hours if it has no weekday hours); any other day follows the space's weekly hours.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, DayKind> days = new HashMap<>();

    public WorkingCalendar(Collection<CalendarDay> exceptions) {
        exceptions.forEach(d -> days.put(d.day(), d.kind()));
    }

    public static WorkingCalendar ordinary() {
        return new WorkingCalendar(java.util.List.of());
    }

    public boolean isHoliday(LocalDate day) {
        return days.get(day) == DayKind.HOLIDAY;
    }

    public boolean isMadeWorkday(LocalDate day) {
        return days.get(day) == DayKind.WORKDAY;
    }

    /** A weekday that is not a public holiday, or a weekend made a working day (调休). */
    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = days.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return !isWeekend(day.getDayOfWeek());
    }

    /** The day {@code days} working days after {@code from} (from itself not counted). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The space's opening on that day, or empty when it is closed. */
    public Optional<OpeningHours.Window> opening(LocalDate day, OpeningHours hours) {
        DayKind kind = days.get(day);
        if (kind == DayKind.HOLIDAY) {
            return Optional.empty();
        }
        Optional<OpeningHours.Window> usual = hours.on(day.getDayOfWeek());
        if (kind == DayKind.WORKDAY && isWeekend(day.getDayOfWeek())) {
            return hours.workingDay().or(() -> usual);
        }
        return usual;
    }

    private static boolean isWeekend(DayOfWeek d) {
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
