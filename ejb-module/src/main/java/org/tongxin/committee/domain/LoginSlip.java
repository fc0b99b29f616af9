package org.tongxin.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a sheet of login slips: a member's login and its one-time password, sealed, kept for the
 * office that made it to print for a day. Written once, never changed (so without a version), deleted
 * when it expired.
 */
@Entity
@Table(name = "cm_login_slip")
public class LoginSlip {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_login_slip_seq")
    @SequenceGenerator(name = "cm_login_slip_seq", sequenceName = "cm_login_slip_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 36)
    private String batch;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "sealed_password", nullable = false, length = 500)
    private String sealedPassword;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected LoginSlip() {}

    public LoginSlip(
            String batch,
            int lineNo,
            long memberId,
            String username,
            String sealedPassword,
            long createdBy,
            Instant createdAt,
            Instant expiresAt) {
        this.batch = Objects.requireNonNull(batch);
        this.lineNo = lineNo;
        this.memberId = memberId;
        this.username = Objects.requireNonNull(username);
        this.sealedPassword = Objects.requireNonNull(sealedPassword);
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public String batch() {
        return batch;
    }

    public int lineNo() {
        return lineNo;
    }

    public Long memberId() {
        return memberId;
    }

    public String username() {
        return username;
    }

    public String sealedPassword() {
        return sealedPassword;
    }

    public Long createdBy() {
        return createdBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
