package org.tongxin.proposal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.proposal.domain.AnswerCategory;
import org.tongxin.proposal.domain.ProposalKind;
import org.tongxin.proposal.domain.ProposalSession;
import org.tongxin.proposal.domain.ProposalState;
import org.tongxin.proposal.domain.ProposalStep;
import org.tongxin.proposal.domain.Rating;

/**
 * A proposal as its page and the API show it to the caller, with the steps the caller may take now. The answer is
 * shown to members only once the office has delivered it; the review's reasons only to the office and the units.
 */
public record ProposalDetails(
        long id,
        int version,
        long organisationId,
        String organisationName,
        int year,
        String title,
        String reason,
        String analysis,
        String suggestions,
        ProposalKind kind,
        String collectiveBody,
        ProposalSession session,
        long proposerId,
        String proposerName,
        List<CoSignerRow> coSigners,
        ProposalState state,
        Instant createdAt,
        Instant submittedAt,
        LocalDate reviewedOn,
        String refusalReason,
        Unit leadUnit,
        List<Unit> coUnits,
        LocalDate assignedOn,
        LocalDate due,
        LocalDate sendBackUntil,
        String sendBackReason,
        boolean overdue,
        Answer answer,
        String answerReturnReason,
        LocalDate deliveredOn,
        Rating rating,
        Rating firstRating,
        String ratingComment,
        LocalDate ratedOn,
        boolean rehandled,
        LocalDate doneOn,
        List<ProposalStep> steps,
        ProposalExtras extras,
        Long sessionId,
        String sessionName,
        LocalDate sessionDeadline,
        String caseNumber)
        implements java.io.Serializable {

    public record CoSignerRow(long memberId, String name, boolean confirmed, Instant confirmedAt)
            implements java.io.Serializable {}

    public record Unit(long id, String name) implements java.io.Serializable {}

    public record Answer(AnswerCategory category, String text, LocalDate answeredOn, String answeredBy)
            implements java.io.Serializable {}

    public boolean can(String step) {
        return steps.stream().anyMatch(s -> s.name().equals(step));
    }
}
