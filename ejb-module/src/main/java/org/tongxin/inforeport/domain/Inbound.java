package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A report received from another deployment under an idempotency key, and where it came from. */
@Entity
@Table(name = "ir_inbound")
public class Inbound {

    @Id
    @Column(name = "idempotency_key", length = 80)
    private String idempotencyKey;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "origin_deployment", nullable = false, length = 300, updatable = false)
    private String originDeployment;

    @Column(name = "origin_report_id", nullable = false, updatable = false)
    private Long originReportId;

    @Column(name = "origin_organisation_code", nullable = false, length = 40, updatable = false)
    private String originOrganisationCode;

    @Column(name = "origin_organisation_name", nullable = false, length = 100, updatable = false)
    private String originOrganisationName;

    @Column(nullable = false, length = 1000, updatable = false)
    private String authors;

    @Column(name = "received_by", nullable = false, length = 64, updatable = false)
    private String receivedBy;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected Inbound() {}

    public Inbound(
            String idempotencyKey,
            Report report,
            String originDeployment,
            long originReportId,
            String originOrganisationCode,
            String originOrganisationName,
            String authors,
            String receivedBy,
            Instant now) {
        this.idempotencyKey = idempotencyKey;
        this.reportId = report.id();
        this.originDeployment = originDeployment;
        this.originReportId = originReportId;
        this.originOrganisationCode = originOrganisationCode;
        this.originOrganisationName = originOrganisationName;
        this.authors = authors.length() > 1000 ? authors.substring(0, 1000) : authors;
        this.receivedBy = receivedBy;
        this.receivedAt = now;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Long reportId() {
        return reportId;
    }

    public String originDeployment() {
        return originDeployment;
    }

    public Long originReportId() {
        return originReportId;
    }

    public String originOrganisationCode() {
        return originOrganisationCode;
    }

    public String originOrganisationName() {
        return originOrganisationName;
    }

    public String authors() {
        return authors;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
