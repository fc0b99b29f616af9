package org.tongxin.platform.domain;

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
 * An API access token issued by {@code POST /api/v1/auth/token}: only its SHA-256 is kept. It stands for
 * the account as it was when issued: a change of the credentials (password, second factor) or of the
 * roles, a disabled or locked account, or the expiry end it at once.
 */
@Entity
@Table(name = "pf_api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pf_api_token_seq")
    @SequenceGenerator(name = "pf_api_token_seq", sequenceName = "pf_api_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "credentials_stamp", nullable = false)
    private long credentialsStamp;

    @Column(nullable = false, length = 300)
    private String roles;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiToken() {}

    public ApiToken(String tokenHash, Account account, Instant now, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.accountId = account.id();
        this.credentialsStamp = account.credentialsStamp();
        this.roles = rolesOf(account);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** True while the token still stands for {@code account} as it is now. */
    public boolean validFor(Account account, Instant now) {
        return account.id().equals(accountId)
                && expiresAt.isAfter(now)
                && account.isEnabled()
                && !account.isLocked(now)
                && account.credentialsStamp() == credentialsStamp
                && rolesOf(account).equals(roles);
    }

    private static String rolesOf(Account account) {
        return account.roles().stream()
                .map(org.tongxin.platform.kernel.Role::code)
                .sorted()
                .collect(java.util.stream.Collectors.joining(","));
    }

    public Long accountId() {
        return accountId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
