package org.tongxin.inforeport.application;

import java.time.Instant;

/** One step of a report's path. */
public record ReportStepRow(
        Instant at,
        long organisationId,
        String organisationName,
        String action,
        String from,
        String to,
        String actor,
        String actorName,
        String note)
        implements java.io.Serializable {}
