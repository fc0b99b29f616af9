package org.tongxin.proposal.application;

import org.tongxin.proposal.domain.ProposalState;

/**
 * A proposal whose title is close to what a member is writing (issue 18): its title, year and state, how many pairs of
 * characters it shares with the text, and whether the caller may open it (else the title alone is shown).
 */
public record SimilarProposal(long id, String title, int year, ProposalState state, int shared, boolean visible)
        implements java.io.Serializable {}
