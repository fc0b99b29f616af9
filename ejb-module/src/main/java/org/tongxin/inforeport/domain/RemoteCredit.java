package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Something a report forwarded to another deployment earned there: an adoption at one of its
 * organisations ({@code remoteKey} is the organisation's code) or a leader's instruction ({@code
 * remoteKey} is its id there). Recorded once, when this deployment reads it back, and credited to the
 * report's authors here; an adoption voided there is voided here, with its points.
 */
@Entity
@Table(name = "ir_remote_credit")
public class RemoteCredit {

    public enum Kind {
        ADOPTION,
        INSTRUCTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ir_remote_credit_seq")
    @SequenceGenerator(name = "ir_remote_credit_seq", sequenceName = "ir_remote_credit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private Long deliveryId;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Kind kind;

    @Column(name = "remote_key", nullable = false, length = 80, updatable = false)
    private String remoteKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private InstructionLevel level;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, length = 200, updatable = false)
    private String label;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected RemoteCredit() {}

    public RemoteCredit(
            Delivery delivery,
            Kind kind,
            String remoteKey,
            InstructionLevel level,
            LocalDate occurredOn,
            String label,
            Instant now) {
        this.deliveryId = delivery.id();
        this.reportId = delivery.reportId();
        this.kind = kind;
        this.remoteKey = remoteKey;
        this.level = level;
        this.occurredOn = occurredOn;
        this.label = label.length() > 200 ? label.substring(0, 200) : label;
        this.recordedAt = now;
    }

    /** Voided there (an adoption withdrawn): answers whether this changed anything. */
    public boolean voided(Instant now) {
        if (voidedAt != null) {
            return false;
        }
        voidedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public Long reportId() {
        return reportId;
    }

    public Kind kind() {
        return kind;
    }

    public String remoteKey() {
        return remoteKey;
    }

    public InstructionLevel level() {
        return level;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String label() {
        return label;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant voidedAt() {
        return voidedAt;
    }
}
