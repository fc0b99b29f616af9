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
import org.tongxin.platform.kernel.StoredFile;

/** A file attached to a report; its bytes are stored outside the database under their SHA-256. */
@Entity
@Table(name = "ir_attachment")
public class Attachment extends StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ir_attachment_seq")
    @SequenceGenerator(name = "ir_attachment_seq", sequenceName = "ir_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    protected Attachment() {}

    public Attachment(Report report, String fileName, FileKind kind, long size, String sha256, String by, Instant now) {
        this.reportId = report.id();
        store(fileName, kind.contentType(), size, sha256, by, now);
    }

    public Long id() {
        return id;
    }

    public Long reportId() {
        return reportId;
    }
}
