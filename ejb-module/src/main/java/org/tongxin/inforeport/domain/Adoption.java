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
import org.tongxin.platform.kernel.OrganisationLevel;
import org.tongxin.platform.kernel.Problem;

/**
 * 采用: a level published the report. One standing adoption per report and organisation (a live key the
 * database keeps unique); voiding keeps the row and frees the key.
 */
@Entity
@Table(name = "ir_adoption")
public class Adoption {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ir_adoption_seq")
    @SequenceGenerator(name = "ir_adoption_seq", sequenceName = "ir_adoption_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_level", nullable = false, length = 10, updatable = false)
    private OrganisationLevel level;

    @Column(name = "adopted_at", nullable = false, updatable = false)
    private Instant adoptedAt;

    @Column(name = "adopted_by", nullable = false, length = 64, updatable = false)
    private String adoptedBy;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    @Column(name = "live_key", length = 40)
    private String liveKey;

    protected Adoption() {}

    public Adoption(Report report, long organisationId, OrganisationLevel level, String by, Instant now) {
        this.reportId = report.id();
        this.organisationId = organisationId;
        this.level = level;
        this.adoptedBy = by;
        this.adoptedAt = now;
        this.liveKey = report.id() + ":" + organisationId;
    }

    public void voidFor(String reason, Instant now) {
        if (voidedAt != null) {
            throw Problem.conflict("already-void", "problem.report.adoption-void");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw Problem.field("reason", "required", "problem.required");
        }
        voidedAt = now;
        voidReason = r.length() > 500 ? r.substring(0, 500) : r;
        liveKey = null;
    }

    public boolean standing() {
        return voidedAt == null;
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

    public OrganisationLevel level() {
        return level;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public String adoptedBy() {
        return adoptedBy;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    public String voidReason() {
        return voidReason;
    }
}
