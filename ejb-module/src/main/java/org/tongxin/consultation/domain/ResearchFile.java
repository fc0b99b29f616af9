package org.tongxin.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tongxin.platform.kernel.FileKind;

/**
 * A document of a research trip uploaded as a file (调研报告, photographs, a spreadsheet of findings): its bytes are in the
 * platform's file store under their SHA-256, checked by content and size before they got there.
 */
@Entity
@Table(name = "cs_research_file")
public class ResearchFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_research_file_seq")
    @SequenceGenerator(name = "cs_research_file_seq", sequenceName = "cs_research_file_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trip_id", nullable = false, updatable = false)
    private ResearchTrip trip;

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

    protected ResearchFile() {}

    ResearchFile(ResearchTrip trip, String fileName, FileKind kind, long size, String sha256, String by, Instant at) {
        this.trip = trip;
        this.fileName = fileName;
        this.contentType = kind.contentType();
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long id() {
        return id;
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

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
