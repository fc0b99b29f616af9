package org.tongxin.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One integration event waiting in the outbox, or published. Written in the transaction of the change it
 * tells; published once that committed. The id orders the events (allocated one at a time, in the order the
 * events were fired, so per aggregate in the order of its changes); {@code eventId} is what subscribers see,
 * to recognise a message delivered twice.
 */
@Entity
@Table(name = "pf_outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pf_outbox_seq")
    @SequenceGenerator(name = "pf_outbox_seq", sequenceName = "pf_outbox_seq", allocationSize = 1)
    private Long id;

    @Column(name = "event_id", nullable = false, length = 36, updatable = false)
    private String eventId;

    @Column(nullable = false, length = 100, updatable = false)
    private String type;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(nullable = false, length = 200, updatable = false)
    private String aggregate;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 10000, updatable = false)
    private String data;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxMessage() {}

    public OutboxMessage(
            String type, String subject, String aggregate, long organisationId, String data, Instant occurredAt) {
        this.eventId = UUID.randomUUID().toString();
        this.type = type;
        this.subject = subject;
        this.aggregate = aggregate;
        this.organisationId = organisationId;
        this.data = data;
        this.occurredAt = occurredAt;
    }

    public void published(Instant at) {
        publishedAt = at;
        attempts++;
        lastError = null;
    }

    public void failed(String error) {
        attempts++;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public String aggregate() {
        return aggregate;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String data() {
        return data;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
