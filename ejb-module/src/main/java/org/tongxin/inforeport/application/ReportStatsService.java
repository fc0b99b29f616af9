package org.tongxin.inforeport.application;

import java.time.LocalDate;
import java.util.List;

/** Statistics of information reports for editors and leaders of an organisation. */
public interface ReportStatsService {

    ReportStats stats(LocalDate from, LocalDate to, String topic);

    /** The statistics as a workbook; the edge gives the texts in the reader's language. */
    byte[] export(LocalDate from, LocalDate to, String topic, List<String> sectionTitles, List<String> headers);
}
