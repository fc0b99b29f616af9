package org.tongxin.committee.application;

import java.time.LocalDate;

/** A member's assignment to a contact point, a row of the member's or the point's list. */
public record AssignmentRow(
        long id,
        long memberId,
        String memberName,
        long pointId,
        String pointName,
        String townName,
        boolean fixed,
        LocalDate since,
        LocalDate until)
        implements java.io.Serializable {}
