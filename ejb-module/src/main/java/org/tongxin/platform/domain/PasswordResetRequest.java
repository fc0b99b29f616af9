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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.tongxin.platform.kernel.Problem;

/**
 * A reset of an administrator's password under dual control: one administrator asks, another
 * approves. At approval the one-time password is made of two halves; the approver is shown theirs at
 * once, the requester's is kept sealed until the requester has been shown it once. Neither alone
 * opens the account.
 */
@Entity
@Table(name = "pf_password_reset")
public class PasswordResetRequest {

    public enum State {
        PENDING,
        APPROVED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pf_password_reset_seq")
    @SequenceGenerator(name = "pf_password_reset_seq", sequenceName = "pf_password_reset_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The requester's half, sealed; cleared once shown. Named so that the audit trail masks it. */
    @Column(name = "requester_secret", length = 500)
    private String requesterSecret;

    @Column(name = "requester_shown_at")
    private Instant requesterShownAt;

    @Column(name = "pending_key")
    private Long pendingKey;

    protected PasswordResetRequest() {}

    public PasswordResetRequest(long accountId, String requestedBy, Instant now) {
        this.accountId = accountId;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = now;
        this.state = State.PENDING;
        this.pendingKey = accountId;
    }

    /**
     * Approval by another administrator than the requester and than the account's owner.
     *
     * @param sealedRequesterHalf the requester's half, sealed, kept until shown once
     */
    public void approve(String approver, String accountUsername, String sealedRequesterHalf, Instant now) {
        if (state != State.PENDING) {
            throw Problem.conflict("no-reset-request", "problem.reset.not-pending");
        }
        if (approver.equals(requestedBy)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "own-reset-request", "problem.reset.own-request");
        }
        if (approver.equals(accountUsername)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "own-reset-request", "problem.reset.own-account");
        }
        this.state = State.APPROVED;
        this.approvedBy = approver;
        this.decidedAt = now;
        this.pendingKey = null;
        this.requesterSecret = Objects.requireNonNull(sealedRequesterHalf);
    }

    /** A newer request replaces this one; a half not yet shown is forgotten. */
    public void cancel(Instant now) {
        if (state == State.PENDING) {
            decidedAt = now;
        }
        state = State.CANCELLED;
        pendingKey = null;
        requesterSecret = null;
    }

    /** The requester's sealed half, given out once; empty for anyone else or the second time. */
    public java.util.Optional<String> takeRequesterHalf(String caller, Instant now) {
        if (state != State.APPROVED || !caller.equals(requestedBy) || requesterSecret == null) {
            return java.util.Optional.empty();
        }
        String sealed = requesterSecret;
        requesterSecret = null;
        requesterShownAt = now;
        return java.util.Optional.of(sealed);
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public State state() {
        return state;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant requesterShownAt() {
        return requesterShownAt;
    }

    public boolean requesterHalfWaiting() {
        return state == State.APPROVED && requesterSecret != null;
    }
}
