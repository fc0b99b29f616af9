package org.tongxin.platform.application;

import java.time.Instant;

/** Filters of the audit trail page; every one may be null. */
public record AuditQuery(Instant from, Instant to, String actor, String action, String entityType)
        implements java.io.Serializable {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
