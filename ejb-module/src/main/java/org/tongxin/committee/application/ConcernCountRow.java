package org.tongxin.committee.application;

/** One organisation's concerns of a period: a row of the statistics. */
public record ConcernCountRow(
        long organisationId, String organisationName, long collected, long resolved, long unresolved, long open)
        implements java.io.Serializable {}
