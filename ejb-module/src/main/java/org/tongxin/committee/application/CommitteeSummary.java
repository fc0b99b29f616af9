package org.tongxin.committee.application;

/** A special committee with its director and the number of its active members. */
public record CommitteeSummary(
        long id, long organisationId, String name, Long directorId, String directorName, long activeMembers)
        implements java.io.Serializable {}
