package org.tongxin.studyhall.application;

import java.time.OffsetDateTime;

/**
 * A booking as pages and the API show it, times in the organisation's zone. {@code activity} is there when
 * the booking carries an activity open for sign-up.
 */
public record BookingDetails(
        long id,
        long space,
        String spaceName,
        OffsetDateTime start,
        OffsetDateTime end,
        String title,
        String purpose,
        int attendees,
        String booker,
        String status,
        Long series,
        String decisionReason,
        ActivityBrief activity,
        boolean mine)
        implements java.io.Serializable {

    /** The activity held in a booking, in brief. */
    public record ActivityBrief(long id, String kind, int capacity, long registered, long waitlisted)
            implements java.io.Serializable {}
}
