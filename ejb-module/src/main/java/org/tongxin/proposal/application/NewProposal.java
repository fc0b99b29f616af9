package org.tongxin.proposal.application;

import java.util.List;
import org.tongxin.proposal.domain.ProposalSession;

/** What a member writes: title, case (案由), analysis, suggestions, co-signers (member ids), or a collective body. */
public record NewProposal(
        String title,
        String reason,
        String analysis,
        String suggestions,
        List<Long> coSigners,
        String collectiveBody,
        ProposalSession session)
        implements java.io.Serializable {}
