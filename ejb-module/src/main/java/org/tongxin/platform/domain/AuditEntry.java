package org.tongxin.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the append-only audit trail: a data change (with its before/after values) or a
 * security event (login, logout, refused access). Written by the audit listener and the audit
 * service with plain inserts; read-only for JPA.
 */
@Entity
@Immutable
@Table(name = "pf_audit_entry")
public class AuditEntry {

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(length = 64)
    private String origin;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(name = "entity_type", length = 64)
    private String entityType;

    @Column(name = "entity_id", length = 64)
    private String entityId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(length = 8000)
    private String details;

    protected AuditEntry() {}

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String origin() {
        return origin;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String details() {
        return details;
    }
}
