package org.tongxin.studyhall.application;

import java.time.Instant;

/** One event of a calendar feed; {@code bookingId} lets the edge link back to the booking's page. */
public record FeedEvent(
        long bookingId,
        Instant start,
        Instant end,
        String title,
        String location,
        String description,
        String status,
        Instant updated)
        implements java.io.Serializable {}
