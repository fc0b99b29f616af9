package org.tongxin.inforeport.application;

import java.time.Instant;

/** A report like one being written; {@code visible}: the reader may open it. */
public record SimilarReportSummary(
        long id, String title, String state, String organisationName, Instant updatedAt, boolean visible)
        implements java.io.Serializable {}
