package org.tongxin.committee.application;

/** Whose ranking: one organisation's year, optionally one special committee or one sector. */
public record RankingQuery(long organisationId, int year, Long committeeId, Long sectorId) {
}
