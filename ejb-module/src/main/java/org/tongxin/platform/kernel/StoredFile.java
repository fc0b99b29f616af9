package org.tongxin.platform.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every context records of an uploaded file whose bytes are in the platform's file store under their SHA-256
 * (a report's attachment, a research trip's document, a proposal's signed answer): its name, checked content type and
 * size, the digest, who uploaded it and when. The owning entity adds its id and what it belongs to; the columns have
 * the same names in every table.
 */
@MappedSuperclass
public abstract class StoredFile {

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredFile() {}

    /** Records the file (also when a new upload replaces the one before). */
    protected final void store(String fileName, String contentType, long size, String sha256, String by, Instant at) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = at;
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
