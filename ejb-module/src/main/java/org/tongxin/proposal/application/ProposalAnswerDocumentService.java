package org.tongxin.proposal.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.Optional;

/**
 * The signed answer document (PDF) of a proposal (issue 18): the lead unit uploads it with its answer (while it may
 * answer, and until the office has delivered the answer), through the platform's upload checks and file store; whoever
 * may see the answer may download it (the office, leaders and the units always; the proposer and co-signers once the
 * answer is delivered). Anyone else: {@code 404}.
 */
@Local
public interface ProposalAnswerDocumentService {

    record Summary(String fileName, String contentType, long size, String uploadedBy, Instant uploadedAt)
            implements java.io.Serializable {}

    record File(String fileName, String contentType, byte[] content) implements java.io.Serializable {}

    /**
     * Stores the lead unit's PDF, replacing the one before: {@code 403 proposal-step-role} for anyone but the lead
     * unit, {@code 409 proposal-state} once the answer is delivered or before assignment, {@code 422} on field
     * {@code file} for a file refused by the upload checks or not a PDF ({@code file-type}).
     */
    Summary attach(long proposalId, String fileName, byte[] content);

    /** The document's description, when there is one and the caller may see the answer. */
    Optional<Summary> summary(long proposalId);

    /** The document itself; {@code 404} when there is none or the caller may not see the answer. */
    File download(long proposalId);
}
