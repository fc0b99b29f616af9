package org.tongxin.proposal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the office follows across proposals, read in the database (issue 18): the deadline reminders to lead units,
 * the overdue list, and the figures of the statistics (grouped counts, never the proposals loaded).
 */
public interface ProposalTracking {

    /**
     * Ids of unanswered assignments (assigned or re-handling) due on or before the horizon that have not had their
     * overdue reminder for that due date, optionally of one organisation, earliest due first, at most {@code max}.
     */
    List<Long> reminderCandidates(LocalDate horizon, Long organisationId, int max);

    List<Proposal> byIds(Collection<Long> ids);

    /** The reminders already sent to these proposals, as {@link #reminderKey} values. */
    Set<String> sentReminders(Collection<Long> proposalIds);

    void recordReminder(long proposalId, Reminder kind, LocalDate due, Instant at);

    static String reminderKey(long proposalId, Reminder kind, LocalDate due) {
        return proposalId + ":" + kind + ":" + due;
    }

    /** The organisation's unanswered assignments past their due date, the oldest due first. */
    List<Proposal> overdue(long organisationId, LocalDate today, int offset, int limit);

    long countOverdue(long organisationId, LocalDate today);

    /**
     * The organisation's proposals of a filing year (and session, when given), counted by state, answer category and
     * rating: rows of {state, category, rating, count, answered on or before the due date}.
     */
    List<Object[]> figures(long organisationId, Integer year, ProposalSession session, Long plenarySessionId);

    /**
     * The same proposals, assigned (a lead unit and a state from assignment on), counted per lead unit: rows of {lead
     * department id, state, rating, count, answered on time, unanswered past the due date on {@code today}}.
     */
    List<Object[]> unitFigures(
            long organisationId, Integer year, ProposalSession session, Long plenarySessionId, LocalDate today);
}
