package org.tongxin.studyhall.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.tongxin.platform.kernel.Problem;

/**
 * A space's opening hours for each day of the week, Monday first; a day may be closed. Written as seven
 * entries separated by {@code |}, each {@code HH:mm-HH:mm} or {@code -} for closed, e.g.
 * {@code 09:00-17:30|09:00-17:30|09:00-17:30|09:00-17:30|09:00-17:30|09:00-12:00|-}.
 */
public final class OpeningHours {

    /** One day's opening, from {@code opens} until {@code closes} (same day). */
    public record Window(LocalTime opens, LocalTime closes) {
        public Window {
            if (opens == null || closes == null || !closes.isAfter(opens)) {
                throw Problem.field("openingHours", "invalid-hours", "problem.space.hours");
            }
        }

        public boolean covers(LocalTime from, LocalTime to) {
            return !from.isBefore(opens) && !to.isAfter(closes);
        }

        @Override
        public String toString() {
            return opens + "-" + closes;
        }
    }

    private final List<Window> days;

    private OpeningHours(List<Window> days) {
        if (days.size() != 7) {
            throw Problem.field("openingHours", "invalid-hours", "problem.space.hours");
        }
        this.days = Collections.unmodifiableList(new ArrayList<>(days));
    }

    /** The same window on the days given, closed on the others. */
    public static OpeningHours of(Window window, DayOfWeek... openDays) {
        List<Window> days = new ArrayList<>(Collections.nCopies(7, (Window) null));
        for (DayOfWeek d : openDays) {
            days.set(d.getValue() - 1, window);
        }
        return new OpeningHours(days);
    }

    /** Seven windows, Monday first; {@code null} for a closed day. */
    public static OpeningHours ofDays(List<Window> days) {
        return new OpeningHours(days);
    }

    /**
     * Hours parsed before, by their text: a space's hours are parsed whenever it is booked or listed (a list of the
     * hall's spaces spent 13 % of its CPU here in the load benchmark's profile, issue 22), and an office has a few
     * distinct texts. Bounded; only valid texts are kept, and the value is immutable.
     */
    private static final int KNOWN_MAX = 256;

    private static final java.util.concurrent.ConcurrentHashMap<String, OpeningHours> KNOWN =
            new java.util.concurrent.ConcurrentHashMap<>();

    public static OpeningHours parse(String text) {
        OpeningHours known = text == null ? null : KNOWN.get(text);
        if (known != null) {
            return known;
        }
        OpeningHours parsed = read(text);
        if (KNOWN.size() < KNOWN_MAX) {
            KNOWN.putIfAbsent(text, parsed);
        }
        return parsed;
    }

    private static OpeningHours read(String text) {
        String[] parts = text == null ? new String[0] : text.split("\\|", -1);
        if (parts.length != 7) {
            throw Problem.field("openingHours", "invalid-hours", "problem.space.hours");
        }
        List<Window> days = new ArrayList<>();
        for (String part : parts) {
            String p = part.trim();
            if (p.isEmpty() || p.equals("-")) {
                days.add(null);
                continue;
            }
            String[] times = p.split("-");
            try {
                days.add(new Window(LocalTime.parse(times[0].trim()), LocalTime.parse(times[1].trim())));
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw Problem.field("openingHours", "invalid-hours", "problem.space.hours");
            }
        }
        return new OpeningHours(days);
    }

    public Optional<Window> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day.getValue() - 1));
    }

    /**
     * The hours of an ordinary working day, used when a weekend is made a working day (调休): the
     * first of Monday to Friday that has hours.
     */
    public Optional<Window> workingDay() {
        return days.subList(0, 5).stream().filter(w -> w != null).findFirst();
    }

    public List<Window> days() {
        return days;
    }

    @Override
    public String toString() {
        return String.join(
                "|", days.stream().map(w -> w == null ? "-" : w.toString()).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpeningHours other && other.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
