package org.tongxin.inforeport.application;

import java.time.LocalDate;
import java.util.List;

/** Statistics of information reports for editors and leaders of an organisation (the totals also for office staff). */
public interface ReportStatsService {

    ReportStats stats(LocalDate from, LocalDate to, String topic);

    /**
     * The headline figures of {@link #stats} (received, adopted, forwarded, declined, instructions by level) without
     * the breakdowns that name authors: what the dashboard shows, also to office staff (issue 20).
     */
    ReportTotals totals(LocalDate from, LocalDate to);

    /** The statistics as a workbook; the edge gives the texts in the reader's language. */
    byte[] export(LocalDate from, LocalDate to, String topic, List<String> sectionTitles, List<String> headers);
}
