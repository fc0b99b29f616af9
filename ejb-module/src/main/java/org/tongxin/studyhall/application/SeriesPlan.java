package org.tongxin.studyhall.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The occurrences of a recurring booking, each checked: free, or refused with the reason (another booking,
 * a holiday, a closure...). {@code booked} lists what was booked when the plan was carried out.
 */
public record SeriesPlan(Long seriesId, List<Occurrence> occurrences, List<BookingDetails> booked)
        implements java.io.Serializable {

    public record Occurrence(
            OffsetDateTime start,
            OffsetDateTime end,
            boolean free,
            String problemCode,
            String messageKey,
            List<String> messageArgs)
            implements java.io.Serializable {}

    public long conflicts() {
        return occurrences.stream().filter(o -> !o.free()).count();
    }
}
