package org.tongxin.inforeport.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Reports that come from another context's decision rather than a member's own writing: the proposal committee's office
 * converts a proposal into a social-condition report (提案转社情民意信息). The report is a draft of the proposal's
 * authors (the first one its first author), in the organisation's first usable topic unless one is named; the author
 * revises and submits it as any draft, so its points follow the report's own rules.
 */
@Local
public interface ProposalIntake {

    /**
     * A draft for these members of the caller's organisation (first author first), from the proposal's text; answers the
     * new report's id. {@code 422 invalid-topic} for a topic the organisation's new reports may not take.
     */
    long draftFromProposal(ConvertedProposal proposal);

    /** The proposal as the report takes it: title, the situation, the suggestions, the authors, an optional topic. */
    record ConvertedProposal(
            long organisationId, List<Long> authorIds, String title, String body, String suggestions, String topic)
            implements java.io.Serializable {}
}
