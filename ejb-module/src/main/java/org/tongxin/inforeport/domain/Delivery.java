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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A report forwarded to a parent hosted by another deployment, until that deployment has it. It keeps
 * one idempotency key for all its attempts, so a retry after a lost answer creates nothing twice there.
 * A failed attempt (no answer, a server error, too many requests) is retried after a delay that doubles
 * from {@link #FIRST_DELAY} up to {@link #LONGEST_DELAY}; a refusal (any other 4xx) stops the retries
 * until an editor retries by hand, after the route or the report is put right.
 */
@Entity
@Table(name = "ir_delivery")
public class Delivery {

    public static final Duration FIRST_DELAY = Duration.ofSeconds(10);
    public static final Duration LONGEST_DELAY = Duration.ofHours(1);

    public enum Status {
        PENDING,
        DELIVERED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ir_delivery_seq")
    @SequenceGenerator(name = "ir_delivery_seq", sequenceName = "ir_delivery_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "base_url", nullable = false, length = 300)
    private String baseUrl;

    @Column(name = "target_code", nullable = false, length = 40)
    private String targetCode;

    @Column(name = "target_name", nullable = false, length = 100)
    private String targetName;

    @Column(name = "idempotency_key", nullable = false, length = 36, updatable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "remote_report_id")
    private Long remoteReportId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** When this deployment last read back what became of the report there (delivered reports only). */
    @Column(name = "followed_at")
    private Instant followedAt;

    protected Delivery() {}

    public Delivery(Report report, long fromOrganisationId, Route route, Instant now) {
        this.reportId = report.id();
        this.organisationId = fromOrganisationId;
        this.baseUrl = route.baseUrl();
        this.targetCode = route.targetCode();
        this.targetName = route.targetName();
        this.idempotencyKey = UUID.randomUUID().toString();
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The delay before the attempt after {@code failures} failed ones. */
    public static Duration backOff(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long seconds = FIRST_DELAY.getSeconds() << Math.min(failures - 1, 20);
        return seconds >= LONGEST_DELAY.getSeconds() ? LONGEST_DELAY : Duration.ofSeconds(seconds);
    }

    public void delivered(long remoteId, Instant now) {
        attempts++;
        status = Status.DELIVERED;
        remoteReportId = remoteId;
        deliveredAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** What became of the report there was read back now. */
    public void followed(Instant now) {
        followedAt = now;
    }

    public Instant followedAt() {
        return followedAt;
    }

    /** No answer, or one that says "later": tried again after the back-off. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = clip(error);
        nextAttemptAt = now.plus(backOff(attempts));
    }

    /** Refused by the other deployment: not tried again until someone retries by hand. */
    public void rejected(String error, Instant now) {
        attempts++;
        status = Status.REJECTED;
        lastError = clip(error);
        nextAttemptAt = null;
    }

    /** An editor asks for an attempt now (after a refusal, too), with the route as it stands. */
    public void retryNow(Route route, Instant now) {
        if (status == Status.DELIVERED) {
            return;
        }
        status = Status.PENDING;
        nextAttemptAt = now;
        if (route != null) {
            baseUrl = route.baseUrl();
            targetCode = route.targetCode();
            targetName = route.targetName();
        }
    }

    private static String clip(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() > 500 ? t.substring(0, 500) : t;
    }

    public Long id() {
        return id;
    }

    public Long reportId() {
        return reportId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String targetCode() {
        return targetCode;
    }

    public String targetName() {
        return targetName;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Long remoteReportId() {
        return remoteReportId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
