package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tongxin.platform.kernel.Problem;

/**
 * Where an organisation's reports go when forwarded and its parent is hosted by another deployment:
 * that deployment's address, the service account this one signs in with there, and the parent's code
 * there. The secret is written, never read back through the API.
 */
@Entity
@Table(name = "ir_route")
public class Route {

    /** Characters of a password (UTF-16 units, at most three UTF-8 bytes each): sealed, the longest still fits the column. */
    public static final int MAX_SECRET = 100;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "base_url", nullable = false, length = 300)
    private String baseUrl;

    @Column(nullable = false, length = 64)
    private String username;

    /**
     * Sealed in the database (AES-GCM with the node's key), plain only in memory: the converter is
     * infrastructure, so META-INF/orm.xml names it, not this class.
     */
    @Column(nullable = false, length = 500)
    private String secret;

    @Column(name = "target_code", nullable = false, length = 40)
    private String targetCode;

    @Column(name = "target_name", nullable = false, length = 100)
    private String targetName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected Route() {}

    public Route(long organisationId) {
        this.organisationId = organisationId;
    }

    /** Checks and sets the route; a blank secret keeps the one stored. */
    public void set(
            String baseUrl,
            String username,
            String secret,
            String targetCode,
            String targetName,
            String by,
            Instant now) {
        String url = baseUrl == null ? "" : baseUrl.strip();
        if (!url.matches("https?://[^\\s/]+(/[^\\s]*)?") || url.length() > 300) {
            throw Problem.field("baseUrl", "invalid-url", "problem.route.url");
        }
        if (username == null || username.isBlank()) {
            throw Problem.field("username", "required", "problem.required");
        }
        if ((secret == null || secret.isBlank()) && this.secret == null) {
            throw Problem.field("password", "required", "problem.required");
        }
        if (secret != null && secret.length() > MAX_SECRET) {
            throw Problem.field("password", "too-long", "problem.route.password-length", MAX_SECRET);
        }
        if (targetCode == null || targetCode.isBlank()) {
            throw Problem.field("targetCode", "required", "problem.required");
        }
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.username = username.strip();
        if (secret != null && !secret.isBlank()) {
            this.secret = secret;
        }
        this.targetCode = targetCode.strip();
        this.targetName = targetName == null || targetName.isBlank() ? this.targetCode : targetName.strip();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String username() {
        return username;
    }

    public String secret() {
        return secret;
    }

    public String targetCode() {
        return targetCode;
    }

    public String targetName() {
        return targetName;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
