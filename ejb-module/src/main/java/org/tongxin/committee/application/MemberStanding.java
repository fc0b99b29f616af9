package org.tongxin.committee.application;

import java.time.LocalDate;

/** A member's standing on a day: party, sector, term, position, committee and status as they were then. */
public record MemberStanding(
        long memberId,
        String name,
        LocalDate on,
        String party,
        Long sectorId,
        String sectorName,
        int term,
        String position,
        Long committeeId,
        String committeeName,
        String status)
        implements java.io.Serializable {}
