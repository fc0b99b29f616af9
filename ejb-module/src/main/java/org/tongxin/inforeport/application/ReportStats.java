package org.tongxin.inforeport.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Figures of an organisation's information work over a period: what reached it (written there or
 * forwarded from below), what it adopted, forwarded and declined, the instructions on what it adopted,
 * by topic, month, author, sector and party, and by liaison group (联络组) for the reports that name a
 * contact point of its town as their source. Sectors and liaison groups are ranked (most adopted first,
 * then most received, then by name); topics and months are in their order.
 */
public record ReportStats(
        LocalDate from,
        LocalDate to,
        String topic,
        long organisationId,
        String organisationName,
        long received,
        long adopted,
        long forwarded,
        long declined,
        Map<String, Long> instructions,
        List<Row> byTopic,
        List<Row> byMonth,
        List<AuthorRow> authors,
        List<Row> bySector,
        List<Row> byParty,
        List<Row> byLiaisonGroup)
        implements java.io.Serializable {

    /** A group's counts: received (submitted to the organisation) and adopted. */
    public record Row(String key, long received, long adopted) implements java.io.Serializable {}

    /** An author's counts (first author or co-author). */
    public record AuthorRow(
            long memberId, String name, String sector, String party, long received, long adopted, long instructions)
            implements java.io.Serializable {}
}
