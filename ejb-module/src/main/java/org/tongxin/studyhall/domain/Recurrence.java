package org.tongxin.studyhall.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tongxin.platform.kernel.Problem;

/**
 * A weekly rhythm: every {@code everyWeeks} weeks on the first occurrence's weekday and time, until a
 * date (inclusive) or for a number of times. Expanded in the organisation's time zone, so a session
 * stays at 14:30 local time whatever the offset does.
 */
public record Recurrence(int everyWeeks, LocalDate until, Integer times) {

    /** No series grows beyond two years of weekly sessions. */
    public static final int MAX_OCCURRENCES = 104;

    public Recurrence {
        if (everyWeeks < 1 || everyWeeks > 52) {
            throw Problem.field("everyWeeks", "invalid-recurrence", "problem.series.every");
        }
        if ((until == null) == (times == null)) {
            throw Problem.field("until", "invalid-recurrence", "problem.series.end");
        }
        if (times != null && (times < 1 || times > MAX_OCCURRENCES)) {
            throw Problem.field("times", "invalid-recurrence", "problem.series.times", MAX_OCCURRENCES);
        }
    }

    /** The occurrences' starts, the first one included. */
    public List<ZonedDateTime> starts(ZonedDateTime first) {
        if (until != null && until.isBefore(first.toLocalDate())) {
            throw Problem.field("until", "invalid-recurrence", "problem.series.until-before-start");
        }
        List<ZonedDateTime> starts = new ArrayList<>();
        for (int i = 0; ; i++) {
            ZonedDateTime next = first.plusWeeks((long) i * everyWeeks);
            if (times != null && i >= times
                    || until != null && next.toLocalDate().isAfter(until)) {
                break;
            }
            if (starts.size() == MAX_OCCURRENCES) {
                throw Problem.field("until", "invalid-recurrence", "problem.series.times", MAX_OCCURRENCES);
            }
            starts.add(next);
        }
        return starts;
    }
}
