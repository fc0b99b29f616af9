package org.tongxin.proposal.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.kernel.Page;
import org.tongxin.proposal.domain.ProposalSession;

/**
 * The proposal office's follow-up of its organisation's proposals (issue 18): the overdue list, the deadline reminders
 * sent now (they are also sent hourly by {@link ProposalReminderTimer}), and the statistics of a filing year with their
 * {@code .xlsx} export. Office staff and leaders of the organisation read; office staff send reminders.
 */
@Local
public interface ProposalTrackingService {

    /** The caller's organisation's unanswered assignments past their due date, the oldest due first. */
    Page<ProposalSummary> overdue(Page.Request page);

    /** Sends the reminders due now for the caller's organisation; how many proposals were reminded. */
    int sendReminders();

    /** {@code year} null: the organisation's current year; {@code session} null: both sessions. */
    ProposalStatistics statistics(Integer year, ProposalSession session);

    /**
     * {@code sessionId} non-null: the proposals of that dated plenary session of the caller's organisation (whatever
     * their filing year; {@code year} and {@code session} then ignored); else as {@link #statistics(Integer,
     * ProposalSession)}.
     */
    ProposalStatistics statistics(Integer year, ProposalSession session, Long sessionId);

    /**
     * The statistics as a workbook; {@code labels}: the texts of {@link #EXPORT_LABELS} in the reader's language (bundle
     * key to text; a missing one shows its key).
     */
    byte[] export(Integer year, ProposalSession session, Map<String, String> labels);

    byte[] export(Integer year, ProposalSession session, Long sessionId, Map<String, String> labels);

    /** The bundle keys of the export's labels (the caller resolves them in its language). */
    List<String> EXPORT_LABELS = List.of(
            "proposal.category.ADOPTED",
            "proposal.category.IN_PROGRESS",
            "proposal.category.PLANNED",
            "proposal.category.REFERENCE",
            "proposal.rating.SATISFIED",
            "proposal.rating.BASICALLY_SATISFIED",
            "proposal.rating.NOT_SATISFIED",
            "proposal.session.PLENARY",
            "proposal.session.INTERIM",
            "statistics.all-sessions",
            "statistics.title",
            "statistics.filed",
            "statistics.accepted",
            "statistics.not-accepted",
            "statistics.assigned",
            "statistics.answered",
            "statistics.on-time",
            "statistics.overdue",
            "statistics.rated",
            "statistics.satisfaction",
            "statistics.by-category",
            "statistics.by-rating",
            "statistics.units",
            "statistics.unit",
            "statistics.on-time-rate",
            "statistics.satisfied",
            "statistics.session",
            "statistics.year");
}
