package org.tongxin.committee.application;

import java.time.LocalDate;
import java.util.List;

/** A member's profile page: the roster line, the remaining facts and the dated history. */
public record MemberProfile(
        MemberSummary member,
        String rosterKey,
        String ethnicity,
        LocalDate statusSince,
        boolean personalDataVisible,
        boolean editable,
        List<Change> history)
        implements java.io.Serializable {

    /** One dated change; committee values are names, positions and statuses their codes. */
    public record Change(String kind, String from, String to, LocalDate effectiveOn) implements java.io.Serializable {}
}
