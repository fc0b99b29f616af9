package org.tongxin.inforeport.application;

import java.util.List;
import org.tongxin.inforeport.domain.ReportQuery;
import org.tongxin.inforeport.domain.ReportSearch;
import org.tongxin.platform.kernel.Page;

/** Finding reports: the lists the caller may see, reports like one being written, and how far the index is. */
public interface ReportSearchService {

    Page<ReportSummary> list(ReportQuery query, Page.Request page);

    /**
     * The home page (issue 20): the calling member's drafts and returned reports (as first author, of the
     * organisations they see), the last changed first; at most {@code limit}, with how many there are.
     */
    Page<ReportSummary> myOpen(int limit);

    /**
     * The home page: the reports submitted to the calling editor's level and waiting there (its queue), the longest
     * waiting first; at most {@code limit}, with how many there are.
     */
    Page<ReportSummary> waitingHere(int limit);

    /** How many of {@link #waitingHere} have waited untouched more than {@code days} days. */
    long waitingHereLongerThan(int days);

    /**
     * Reports like a text being written (at most {@code limit}, best first): among those the caller may
     * see and those adopted anywhere, leaving out {@code excluding} (the report being edited).
     */
    List<SimilarReportSummary> similar(String title, String body, Long excluding, int limit);

    /** How far the full-text index is (for editors, administrators and benchmarks). */
    ReportSearch.Status indexStatus();
}
