package org.tongxin.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A mail waiting to be sent (pf_mail_outbox): written in the transaction of the act it reports, so that it exists
 * only if the act commits; sent afterwards, outside that transaction. Like a notification it keeps a bundle key and
 * its arguments, written out in the reader's language when it is sent.
 */
@Entity
@Table(name = "pf_mail_outbox")
public class OutboxMail {

    /** Attempts before a mail is given up (FAILED): the pauses between them grow 1, 2, 4 … minutes. */
    public static final int MAX_ATTEMPTS = 8;

    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final String SEPARATOR = "\u001f";

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pf_mail_outbox_seq")
    @SequenceGenerator(name = "pf_mail_outbox_seq", sequenceName = "pf_mail_outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 10, updatable = false)
    private String language;

    @Column(name = "message_key", nullable = false, length = 100, updatable = false)
    private String messageKey;

    @Column(nullable = false, length = 1000, updatable = false)
    private String arguments;

    @Column(length = 300, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxMail() {}

    public OutboxMail(
            long accountId,
            String recipient,
            String language,
            String messageKey,
            List<String> arguments,
            String link,
            Instant now) {
        this.accountId = accountId;
        this.recipient = recipient;
        this.language = language;
        this.messageKey = messageKey;
        String joined = String.join(
                SEPARATOR,
                arguments.stream()
                        .map(a -> a == null ? "" : a.replace(SEPARATOR, " "))
                        .toList());
        this.arguments = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.link = link;
        this.createdAt = now;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
    }

    /** Sent: done. */
    public void sent(Instant now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** An attempt failed: tried again after a pause that doubles each time, or given up after the last attempt. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(pause(attempts));
        }
    }

    /** The pause after the n-th failed attempt: 1, 2, 4 … minutes, at most an hour. */
    static Duration pause(int failedAttempts) {
        Duration pause = Duration.ofMinutes(1L << Math.min(failedAttempts - 1, 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String recipient() {
        return recipient;
    }

    public String language() {
        return language;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public String link() {
        return link;
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
}
