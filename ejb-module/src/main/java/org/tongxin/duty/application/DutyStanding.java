package org.tongxin.duty.application;

import java.math.BigDecimal;

/**
 * Where a member stands this year (the home page, issue 20): the points that count so far, the grade they give, and
 * the next grade up with the points it starts at and how many are missing ({@code nextGrade}, {@code nextFrom} and
 * {@code missing} null at the top grade).
 */
public record DutyStanding(
        long memberId,
        int year,
        BigDecimal total,
        String grade,
        String nextGrade,
        BigDecimal nextFrom,
        BigDecimal missing)
        implements java.io.Serializable {}
