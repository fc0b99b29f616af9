package org.tongxin.remote.client;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A member's duty record of one year: total, grade, the subtotals per category and every entry (voided too). */
public record RemoteDutyRecord(
        long memberId,
        String memberName,
        long organisationId,
        int year,
        BigDecimal total,
        String grade,
        List<Category> categories,
        List<Entry> entries)
        implements Serializable {

    /** A category's year: events, points before the cap, the cap (null: none), and what counts. */
    public record Category(String category, int events, BigDecimal subtotal, BigDecimal cap, BigDecimal counted)
            implements Serializable {}

    /** One ledger entry: {@code source} names where it came from ({@code remote:account-<id>:<reference>} …). */
    public record Entry(
            long id,
            LocalDate occurredOn,
            String category,
            String source,
            String description,
            BigDecimal points,
            boolean voided)
            implements Serializable {}
}
