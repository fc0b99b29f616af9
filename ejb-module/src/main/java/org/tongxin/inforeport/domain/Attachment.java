package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tongxin.platform.kernel.FileKind;

/** A file attached to a report; its bytes are stored outside the database under their SHA-256. */
@Entity
@Table(name = "ir_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ir_attachment_seq")
    @SequenceGenerator(name = "ir_attachment_seq", sequenceName = "ir_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {}

    public Attachment(Report report, String fileName, FileKind kind, long size, String sha256, String by, Instant now) {
        this.reportId = report.id();
        this.fileName = fileName;
        this.contentType = kind.contentType();
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long reportId() {
        return reportId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
