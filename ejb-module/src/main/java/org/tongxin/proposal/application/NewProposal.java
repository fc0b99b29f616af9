package org.tongxin.proposal.application;

import java.util.List;
import org.tongxin.proposal.domain.ProposalSession;

/**
 * What a member writes: title, case (案由), analysis, suggestions, co-signers (member ids), or a collective body; the
 * session (plenary or interim) and, for a plenary one, the plenary session it is filed for (null: the one open today).
 */
public record NewProposal(
        String title,
        String reason,
        String analysis,
        String suggestions,
        List<Long> coSigners,
        String collectiveBody,
        ProposalSession session,
        Long sessionId)
        implements java.io.Serializable {

    /** Without naming the plenary session (a plenary proposal is filed for the one open today). */
    public NewProposal(
            String title,
            String reason,
            String analysis,
            String suggestions,
            List<Long> coSigners,
            String collectiveBody,
            ProposalSession session) {
        this(title, reason, analysis, suggestions, coSigners, collectiveBody, session, null);
    }
}
