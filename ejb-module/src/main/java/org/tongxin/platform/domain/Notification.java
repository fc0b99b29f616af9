package org.tongxin.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A message for one person inside the platform ("your booking was approved"). It keeps a bundle key and
 * its arguments rather than text, so it reads in the language of whoever opens it, and a link to the page
 * it is about.
 */
@Entity
@Table(name = "pf_notification")
public class Notification {

    /** Separates the arguments in one column; it cannot be typed in a form. */
    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pf_notification_seq")
    @SequenceGenerator(name = "pf_notification_seq", sequenceName = "pf_notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false, length = 100, updatable = false)
    private String messageKey;

    @Column(nullable = false, length = 1000, updatable = false)
    private String arguments;

    @Column(length = 300, updatable = false)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    public Notification(long accountId, String messageKey, List<String> arguments, String link, Instant now) {
        this.accountId = accountId;
        this.messageKey = messageKey;
        String joined = String.join(
                SEPARATOR,
                arguments.stream()
                        .map(a -> a == null ? "" : a.replace(SEPARATOR, " "))
                        .toList());
        this.arguments = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.link = link;
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public Instant createdAt() {
        return createdAt;
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

    public Instant readAt() {
        return readAt;
    }
}
