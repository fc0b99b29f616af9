package org.tongxin.consultation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.consultation.domain.ConsultationForm;
import org.tongxin.consultation.domain.LeaderLevel;
import org.tongxin.consultation.domain.OutcomeState;
import org.tongxin.consultation.domain.OutcomeStep;

/**
 * An outcome as its page and the API see it: the consultation it came from, what was agreed, the department and due
 * date, the path so far (sent, answered, tracking, done, published), the progress notes and the leaders' instructions,
 * and {@code steps}: what the caller may do now (transitions, {@code CHANGE}, {@code NOTE}, {@code INSTRUCT}).
 */
public record OutcomeDetails(
        long id,
        int version,
        long organisationId,
        String organisationName,
        long planId,
        long itemId,
        int year,
        String topic,
        ConsultationForm form,
        String suggestion,
        long departmentId,
        String departmentName,
        boolean departmentRetired,
        LocalDate due,
        boolean overdue,
        OutcomeState state,
        Instant createdAt,
        String createdBy,
        Instant sentAt,
        String sentBy,
        String answer,
        LocalDate answeredOn,
        String answeredBy,
        String answerDocument,
        Instant answerRecordedAt,
        String answerRecordedBy,
        Instant trackingAt,
        String trackingBy,
        LocalDate doneOn,
        String doneBy,
        boolean published,
        Instant publishedAt,
        String publishedBy,
        List<Note> notes,
        List<Instruction> instructions,
        List<OutcomeStep> steps)
        implements java.io.Serializable {

    public record Note(long id, LocalDate on, String text, Instant at, String by) implements java.io.Serializable {}

    public record Instruction(
            long id, String leader, LeaderLevel level, LocalDate on, String text, Instant at, String by)
            implements java.io.Serializable {}
}
