package org.tongxin.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tongxin.platform.kernel.StoredFile;

/**
 * The signed answer document (PDF) of a proposal's lead unit (issue 18): one per proposal, replaced when the unit
 * uploads another (a re-handled or returned answer). The bytes are in the platform's file store, by their SHA-256.
 */
@Entity
@Table(name = "pp_answer_document")
public class AnswerDocument extends StoredFile {

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    @Version
    private int version;

    protected AnswerDocument() {}

    public AnswerDocument(long proposalId) {
        this.proposalId = proposalId;
    }

    /** The unit's (new) document replaces the one before. */
    public void replace(String fileName, String contentType, long size, String sha256, String by, Instant at) {
        store(fileName, contentType, size, sha256, by, at);
    }

    public long proposalId() {
        return proposalId;
    }
}
