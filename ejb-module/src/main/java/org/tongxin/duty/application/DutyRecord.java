package org.tongxin.duty.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's duty record for one year: every entry with the source and rule that gave its points,
 * the subtotals per category with their caps, the total and the grade.
 */
public record DutyRecord(
        long memberId,
        String memberName,
        long organisationId,
        int year,
        int ruleSetRevision,
        BigDecimal total,
        String grade,
        List<CategoryLine> categories,
        List<Entry> entries)
        implements java.io.Serializable {

    /**
     * By member and year, which equal records share; the entries are left out: JSON-B (Yasson) hashes every object it
     * writes, twice, to catch cycles, and a year's record hashed every entry's eighteen fields each time: a quarter of
     * a duty record request's CPU in the load benchmark (docs/performance.md, "Issue 22").
     */
    @Override
    public int hashCode() {
        return 31 * Long.hashCode(memberId) + year;
    }

    /** A category's year: events, points before the cap, the cap, and what counts. */
    public record CategoryLine(String category, int events, BigDecimal subtotal, BigDecimal cap, BigDecimal counted)
            implements java.io.Serializable {

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(category);
        }
    }

    /** One ledger entry, explained. */
    public record Entry(
            long id,
            LocalDate occurredOn,
            String category,
            String sourceModule,
            String source,
            String description,
            String role,
            int coAuthors,
            BigDecimal basePoints,
            BigDecimal sharePercent,
            BigDecimal points,
            int ruleSetRevision,
            Instant recordedAt,
            String recordedBy,
            boolean voided,
            String voidKind,
            String voidReason,
            Long replacesId)
            implements java.io.Serializable {

        /** By the entry's id, which equal entries share. */
        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }
}
