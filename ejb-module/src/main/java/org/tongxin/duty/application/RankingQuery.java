package org.tongxin.duty.application;

/** Whose ranking: one organisation's year, optionally one special committee or one sector. */
public record RankingQuery(long organisationId, int year, Long committeeId, Long sectorId)
        implements java.io.Serializable {}
