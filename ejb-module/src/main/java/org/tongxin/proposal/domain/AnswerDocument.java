package org.tongxin.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The signed answer document (PDF) of a proposal's lead unit (issue 18): one per proposal, replaced when the unit
 * uploads another (a re-handled or returned answer). The bytes are in the platform's file store, by their SHA-256.
 */
@Entity
@Table(name = "pp_answer_document")
public class AnswerDocument {

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    @Version
    private int version;

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

    protected AnswerDocument() {}

    public AnswerDocument(long proposalId) {
        this.proposalId = proposalId;
    }

    /** The unit's (new) document replaces the one before. */
    public void replace(String fileName, String contentType, long size, String sha256, String by, Instant at) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public long proposalId() {
        return proposalId;
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
