package org.tongxin.inforeport.domain;

import java.time.LocalDate;

/**
 * Filters of a report list; nulls mean "any". {@code q} looks in titles, bodies and proposals (words
 * separated by spaces must all be found); {@code level} is the level of the organisation holding the
 * report (COUNTY, CITY, PROVINCE); {@code from}/{@code to} bound the day it was submitted (created, for a
 * draft); {@code authorMember} is a member among its authors.
 */
public record ReportQuery(
        ReportState state, String topic, String q, String level, LocalDate from, LocalDate to, Long authorMember) {

    public ReportQuery(ReportState state, String topic, String q) {
        this(state, topic, q, null, null, null, null);
    }

    public static final ReportQuery ALL = new ReportQuery(null, null, null);

    /** Whether only the state and the topic filter, which the database answers directly. */
    public boolean plain() {
        return (q == null || q.isBlank()) && level == null && from == null && to == null && authorMember == null;
    }
}
