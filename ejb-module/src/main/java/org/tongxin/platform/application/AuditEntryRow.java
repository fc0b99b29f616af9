package org.tongxin.platform.application;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEntryRow(
        long id,
        Instant occurredAt,
        String actor,
        String origin,
        String action,
        String entityType,
        String entityId,
        Long organisationId,
        String details)
        implements java.io.Serializable {}
