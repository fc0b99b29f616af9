package org.tongxin.duty.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a new rule set would change in a year (or has changed, once saved): how many entries get other
 * points, and every member whose total or grade moves.
 */
public record RecomputePreview(
        long organisationId,
        int year,
        int fromRevision,
        int toRevision,
        int entriesRescored,
        List<MemberDiff> members,
        boolean saved)
        implements java.io.Serializable {

    public record MemberDiff(
            long memberId, String name, BigDecimal oldTotal, BigDecimal newTotal, String oldGrade, String newGrade)
            implements java.io.Serializable {}
}
