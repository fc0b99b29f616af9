package org.tongxin.studyhall.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An activity with its seats and waiting list. {@code myStatus}/{@code myPosition} are the caller's own
 * sign-up (position counts from 1 on the waiting list); the check-in code and the list of people only
 * reach keepers and the booker.
 */
public record ActivityDetails(
        long id,
        long booking,
        String title,
        String kind,
        String spaceName,
        OffsetDateTime start,
        OffsetDateTime end,
        int capacity,
        Instant signupDeadline,
        long registered,
        long waitlisted,
        String myStatus,
        Integer myPosition,
        boolean myCheckedIn,
        boolean completed,
        boolean bookingConfirmed,
        String checkinCode,
        List<RegistrationRow> registrations)
        implements java.io.Serializable {}
