package org.tongxin.committee.application;

import java.time.Instant;
import java.time.LocalDate;

/** A concern (民情日记) as the diary lists it and the API answers it. */
public record ConcernSummary(
        long id,
        long memberId,
        String memberName,
        long pointId,
        String pointName,
        LocalDate metOn,
        String what,
        String suggestion,
        String status,
        String handlingNote,
        String handledBy,
        Instant handledAt)
        implements java.io.Serializable {}
