package org.tongxin.proposal.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.kernel.Page;
import org.tongxin.proposal.domain.AnswerCategory;
import org.tongxin.proposal.domain.Conversion;
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

    // ---- issue 18, second slice: merge and convert, co-handling opinions, key proposals, instructions, interviews

    /**
     * Merges other submitted proposals of the organisation into this submitted one (并案): they close as MERGED
     * pointing to it, their proposers and co-signers become its proposers (credited when it is accepted).
     */
    ProposalDetails merge(long id, Integer version, List<Long> proposalIds);

    /**
     * Converts a submitted proposal: into a draft social-condition report of its proposers (through the information
     * reports' service; {@code topic} null: the organisation's first), or to a letter (a reason required).
     */
    ProposalDetails convert(long id, Integer version, Conversion to, String reason, String topic);

    /** A co-handling unit's opinion to the lead unit, before the answer. */
    ProposalDetails opinion(long id, Integer version, String text);

    /** Marks it a key proposal as the chair council decided, supervised by a leader of the organisation. */
    ProposalDetails markKey(long id, Integer version, LocalDate decidedOn, String decision, Long supervisorAccountId);

    /** A leader records their instruction (批示) on the proposal. */
    ProposalDetails instruct(long id, Integer version, LocalDate givenOn, String text);

    /** The office records a member interview on the proposal's handling (委员访谈). */
    ProposalDetails interview(long id, Integer version, LocalDate heldOn, String people, String said);

    /** The leaders of the caller's organisation who may supervise a key proposal (account id to name). */
    Map<Long, String> leaderChoices();

    /** The other submitted proposals of the organisation that may be merged into this one (id to title). */
    Map<Long, String> mergeChoices(long id);

    // ---- issue 18, third slice: key proposals in lists, withdrawing, undoing a merge

    /** A leader's queue (我督办的): the key proposals the caller is the supervising leader of, within the filters. */
    Page<ProposalSummary> supervisedByMe(ProposalQuery query, Page.Request page);

    /** The proposer deletes their draft (删除草稿), with its co-signers' invitations. */
    void discard(long id, Integer version);

    /** The proposer takes a submitted proposal back before the office reviews it (撤回): a draft again. */
    ProposalDetails withdraw(long id, Integer version);

    /**
     * The office takes a merged proposal out of its main one (撤销并案) while that is still submitted: submitted again,
     * its proposers leave the main one's merged proposers; {@code 409 unmerge-reviewed} once the main one was reviewed.
     */
    ProposalDetails unmerge(long id, Integer version);
}
