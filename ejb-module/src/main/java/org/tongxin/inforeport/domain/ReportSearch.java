package org.tongxin.inforeport.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The reports' full-text search. It follows the database a moment behind (a report changed in a
 * committed transaction is searchable before the next search on this node, and by every node's indexer
 * within seconds). Once it is {@link #ready()} it answers every report list, filtered or not; until then
 * (a node building its index after a start) lists that only filter by state and topic are answered by the
 * database itself.
 */
public interface ReportSearch {

    /** Matching report ids, best first, and how many match in all. */
    record Hits(List<Long> ids, long total) {}

    /** A report as a list shows it, as the index holds it. */
    record Row(
            long id,
            String title,
            String topic,
            ReportState state,
            long organisationId,
            long currentOrganisationId,
            String firstAuthor,
            java.time.Instant submittedAt,
            java.time.Instant updatedAt) {}

    /** One page of list rows, best first, and how many match in all. */
    record Rows(List<Row> rows, long total) {}

    /** How far the index is: ready once it has caught up with the database after starting. */
    record Status(boolean ready, long documents, long pending, String caughtUpTo) {}

    /** One page of the reports a scope may see that match, with what each row of a list shows (no database read). */
    Rows list(ReportRepository.Scope scope, ReportQuery query, int offset, int limit);

    /** Reports like a text being written, among those the scope may see and those adopted anywhere. */
    Hits similar(ReportRepository.Scope scope, String title, String body, Long excluding, int limit);

    /** Which of the ids the scope may see. */
    Set<Long> visible(ReportRepository.Scope scope, Collection<Long> ids);

    Status status();

    /** Whether the index has caught up with the database since this node started. */
    boolean ready();
}
