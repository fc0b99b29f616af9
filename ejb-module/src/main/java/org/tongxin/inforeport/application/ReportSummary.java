package org.tongxin.inforeport.application;

import java.time.Instant;

/** A report in a list. */
public record ReportSummary(
        long id,
        String title,
        String topic,
        String state,
        long organisationId,
        String organisationName,
        long currentOrganisationId,
        String currentOrganisationName,
        String firstAuthor,
        Instant submittedAt,
        Instant updatedAt)
        implements java.io.Serializable {

    /** By the report's id, which equal summaries share: cheap for JSON-B's cycle check (see {@code Page}). */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
