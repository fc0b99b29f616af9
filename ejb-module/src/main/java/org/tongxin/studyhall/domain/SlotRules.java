package org.tongxin.studyhall.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Optional;
import org.tongxin.platform.kernel.Problem;

/**
 * The rules a slot must keep before anyone looks at other bookings: a real range, not in the past, not too
 * far ahead, between the space's shortest and longest booking, within one day's opening hours on a day the
 * hall is open, clear of closures, and no more attendees than the space holds. Each refusal names its field.
 */
public final class SlotRules {

    private final Space space;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Collection<Closure> closures;

    public SlotRules(Space space, WorkingCalendar calendar, ZoneId zone, Collection<Closure> closures) {
        this.space = space;
        this.calendar = calendar;
        this.zone = zone;
        this.closures = closures;
    }

    /** Throws the first rule the slot breaks. */
    public void check(Instant start, Instant end, int attendees, Instant now) {
        if (start == null) {
            throw Problem.field("start", "required", "problem.required");
        }
        if (end == null) {
            throw Problem.field("end", "required", "problem.required");
        }
        if (!end.isAfter(start)) {
            throw Problem.field("end", "end-before-start", "problem.booking.end-before-start");
        }
        if (start.isBefore(now)) {
            throw Problem.field("start", "in-the-past", "problem.booking.in-the-past");
        }
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        LocalDate lastDay = now.atZone(zone).toLocalDate().plusDays(space.advanceDays());
        if (from.toLocalDate().isAfter(lastDay)) {
            throw Problem.field("start", "too-far-ahead", "problem.booking.too-far-ahead", space.advanceDays());
        }
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes < space.minMinutes()) {
            throw Problem.field("end", "too-short", "problem.booking.too-short", space.minMinutes());
        }
        if (minutes > space.maxMinutes()) {
            throw Problem.field("end", "too-long", "problem.booking.too-long", space.maxMinutes());
        }
        if (attendees > space.capacity()) {
            throw Problem.field("attendees", "over-capacity", "problem.booking.over-capacity", space.capacity());
        }
        LocalDate day = from.toLocalDate();
        Optional<OpeningHours.Window> window = calendar.opening(day, space.openingHours());
        if (window.isEmpty()) {
            throw Problem.field("start", "closed-day", "problem.booking.closed-day", day.toString());
        }
        if (!to.toLocalDate().equals(day) || !window.get().covers(from.toLocalTime(), to.toLocalTime())) {
            throw Problem.field(
                    "start",
                    "outside-hours",
                    "problem.booking.outside-hours",
                    window.get().opens().toString(),
                    window.get().closes().toString());
        }
        for (Closure c : closures) {
            if (c.overlaps(start, end)) {
                throw Problem.field("start", "space-closed", "problem.booking.space-closed", c.reason());
            }
        }
    }

    /** The slot rules of a space without closures or exceptions, for tests and previews. */
    public static SlotRules plain(Space space, ZoneId zone) {
        return new SlotRules(space, WorkingCalendar.ordinary(), zone, java.util.List.of());
    }
}
