package org.tongxin.studyhall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The secret of a person's calendar feeds. Only its SHA-256 digest is stored; renewing replaces it, so an
 * address that leaked stops working.
 */
@Entity
@Table(name = "sh_feed_token")
public class FeedToken {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FeedToken() {}

    public FeedToken(long accountId, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public void renew(String newHash, Instant now) {
        this.tokenHash = newHash;
        this.createdAt = now;
    }

    public Long accountId() {
        return accountId;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
