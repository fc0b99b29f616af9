package org.tongxin.duty.application;

import java.math.BigDecimal;

/** One member's place in the annual ranking. */
public record RankingRow(
        int rank,
        long memberId,
        String name,
        Long committeeId,
        String committeeName,
        Long sectorId,
        String sectorName,
        BigDecimal total,
        String grade)
        implements java.io.Serializable {}
