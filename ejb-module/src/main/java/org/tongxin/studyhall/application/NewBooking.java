package org.tongxin.studyhall.application;

import java.time.Instant;

/** What a booker asks for: a space, a slot, a title, a purpose and how many will come. */
public record NewBooking(Long space, Instant start, Instant end, String title, String purpose, Integer attendees)
        implements java.io.Serializable {}
