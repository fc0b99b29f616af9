package org.tongxin.proposal.domain;

import java.util.List;

/** The similar-proposal hint's query (issue 18), scored and cut in the database. */
public interface ProposalHints {

    /**
     * The organisation's proposals filed from {@code fromYear} on whose titles contain at least {@code min} of the
     * pairs, the most shared first (then the newest), at most {@code limit}: those in {@code states}, and the member's
     * own in any state. Rows of {id, title, year, state, proposer id, pairs shared}.
     */
    List<Object[]> similar(
            long organisationId,
            int fromYear,
            List<ProposalState> states,
            Long memberId,
            List<String> pairs,
            int min,
            Long exclude,
            int limit);
}
