package org.tongxin.proposal.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.kernel.Page;
import org.tongxin.proposal.domain.AnswerCategory;
import org.tongxin.proposal.domain.ProposalQuery;
import org.tongxin.proposal.domain.Rating;

/**
 * Proposals (提案). A member files and submits their own and confirms what they co-sign, and rates the answer; the
 * office staff of the proposal's organisation (the proposal committee's office) review, assign, review answers and
 * close; a handling unit's login answers what its department leads and may send it back within its window. Who sees
 * what: a member their own and co-signed proposals, a unit what was assigned to its department (lead or co-handling),
 * office staff and leaders their organisation's; anything else is {@code 404}. A change names the version it was made
 * on when the caller gives one ({@code 409 stale} when it moved on).
 */
@Local
public interface ProposalService {

    Page<ProposalSummary> proposals(ProposalQuery query, Page.Request page);

    ProposalDetails proposal(long id);

    /** The members of the caller's organisation a member may invite to co-sign (id to name). */
    Map<Long, String> coSignerChoices();

    ProposalDetails file(NewProposal proposal);

    ProposalDetails edit(long id, Integer version, NewProposal proposal);

    ProposalDetails confirm(long id, Integer version);

    ProposalDetails submit(long id, Integer version);

    /** The review (立案审查): accepted, or not accepted with a reason. */
    ProposalDetails review(long id, Integer version, boolean accept, String reason);

    /**
     * Assignment (交办) to a lead unit and co-handling units of the organisation's open departments; {@code due} null:
     * the default period after today (three months, moved to a working day); the send-back window is counted in
     * working days from today.
     */
    ProposalDetails assign(long id, Integer version, Long leadUnitId, List<Long> coUnitIds, LocalDate due);

    ProposalDetails sendBack(long id, Integer version, String reason);

    ProposalDetails answer(long id, Integer version, AnswerCategory category, String text);

    /** The office's review of the answer (答复审查): delivered to the proposer, or returned with a reason. */
    ProposalDetails reviewAnswer(long id, Integer version, boolean approve, String reason);

    ProposalDetails rate(long id, Integer version, Rating rating, String comment);

    ProposalDetails close(long id, Integer version);
}
