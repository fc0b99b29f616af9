package org.tongxin.consultation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tongxin.consultation.domain.ActivityState;
import org.tongxin.consultation.domain.ActivityStep;
import org.tongxin.consultation.domain.ConsultationForm;

/**
 * A consultation activity as pages and the API see it: what, when, where (the study-hall booking or a place), the
 * path so far and the steps the caller may take now, its participants with their attendance, the research trips and
 * the speeches, the study hall's reading group linked as its topic group. {@code checkinCode} only for the office staff of its organisation; {@code mine} the calling member's
 * part (null for others); a member sees only their own speeches.
 */
public record ConsultationActivityDetails(
        long id,
        int version,
        long organisationId,
        String organisationName,
        Long planItemId,
        String planItemTopic,
        String topic,
        ConsultationForm form,
        ActivityState state,
        OffsetDateTime start,
        OffsetDateTime end,
        Long bookingId,
        Long spaceId,
        String venue,
        int capacity,
        int members,
        int present,
        String checkinCode,
        boolean editable,
        List<ActivityStep> steps,
        Mine mine,
        List<Participant> participants,
        List<Research> research,
        List<SpeechRow> speeches,
        Instant createdAt,
        String createdBy,
        Instant openedAt,
        String openedBy,
        Instant heldAt,
        String heldBy,
        Instant cancelledAt,
        String cancelledBy,
        String cancelReason,
        ReadingGroup readingGroup)
        implements java.io.Serializable {

    /** The study hall's reading group linked as the activity's topic group (专题读书群). */
    public record ReadingGroup(long id, String name, String topic) implements java.io.Serializable {}

    /** The calling member's part: taking part (how), checked in, whether sign-up or withdrawal is open now. */
    public record Mine(
            long memberId, Long participantId, String joined, boolean checkedIn, boolean maySignUp, Long speechId)
            implements java.io.Serializable {}

    public record Participant(
            long id,
            String kind,
            Long memberId,
            String name,
            String unit,
            String joined,
            boolean present,
            Instant checkedInAt,
            String checkedInBy)
            implements java.io.Serializable {}

    public record TripMember(long id, String name) implements java.io.Serializable {}

    public record Research(
            long id,
            LocalDate on,
            String place,
            List<TripMember> members,
            String findings,
            List<String> documents,
            List<ResearchFileSummary> attachments,
            boolean done,
            Instant doneAt,
            String doneBy)
            implements java.io.Serializable {}

    public record SpeechRow(
            long id,
            long memberId,
            String memberName,
            String title,
            String text,
            Instant submittedAt,
            boolean selected,
            boolean delivered,
            Instant deliveredAt)
            implements java.io.Serializable {}
}
