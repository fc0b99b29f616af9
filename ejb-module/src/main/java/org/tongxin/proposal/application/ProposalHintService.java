package org.tongxin.proposal.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The similar-proposal hint while writing (issue 18): the organisation's proposals whose titles share the most pairs of
 * characters with the text. Titles only: a member sees the titles of the organisation's accepted proposals (the list
 * of accepted proposals, 立案目录, is open to the committee) and of their own; the body only through the proposal's
 * page, when they may see it.
 */
@Local
public interface ProposalHintService {

    /** At most this many proposals are offered. */
    int MAX = 5;

    /**
     * The closest titles, best first; {@code exclude}: the draft being edited. A text without two letters or characters
     * together (or only the common words of titles) offers nothing.
     */
    List<SimilarProposal> similar(String text, Long exclude);
}
