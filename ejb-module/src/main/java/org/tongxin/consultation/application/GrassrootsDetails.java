package org.tongxin.consultation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.consultation.domain.GrassrootsResult;
import org.tongxin.consultation.domain.GrassrootsSource;
import org.tongxin.consultation.domain.GrassrootsStep;

/**
 * A grassroots topic with its steps' records, the five parties at its meeting, the result and the feedback; {@code next}
 * the step the caller may take now (null when none), {@code version} for the next change.
 */
public record GrassrootsDetails(
        long id,
        long organisationId,
        String organisationName,
        long townId,
        String townName,
        Long groupId,
        String groupName,
        Long pointId,
        String pointName,
        GrassrootsSource source,
        Long concernId,
        Long authorMemberId,
        String authorName,
        String title,
        String description,
        GrassrootsStep step,
        LocalDate collectedOn,
        LocalDate topicOn,
        LocalDate deliberatedOn,
        GrassrootsResult result,
        String reasons,
        String feedback,
        LocalDate feedbackOn,
        Instant createdAt,
        String createdBy,
        int version,
        GrassrootsStep next,
        List<StepRecord> steps,
        Parties parties)
        implements java.io.Serializable {

    /** A step taken: its day, its record, who wrote it down and when. */
    public record StepRecord(GrassrootsStep step, LocalDate on, String record, String by, Instant at)
            implements java.io.Serializable {}

    /** The five parties at the meeting (empty before it). */
    public record Parties(
            List<Attendee> members,
            List<String> partyBranch,
            List<String> property,
            List<String> police,
            List<String> residents)
            implements java.io.Serializable {}

    /** A member at the meeting. */
    public record Attendee(long memberId, String name) implements java.io.Serializable {}
}
