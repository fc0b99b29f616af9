package org.tongxin.consultation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.consultation.domain.AmendmentKind;
import org.tongxin.consultation.domain.ConsultationForm;
import org.tongxin.consultation.domain.PlanState;
import org.tongxin.consultation.domain.PlanStep;
import org.tongxin.consultation.domain.TaskKind;

/**
 * An annual plan as pages and the API see it: its items, the shape check (what is missing), the path so far, the
 * steps the caller may take now, the task lists and the amendments. {@code editable}: the caller may change it.
 */
public record PlanDetails(
        long id,
        int year,
        long organisationId,
        String organisationName,
        PlanState state,
        int version,
        List<Item> items,
        List<ShapeRow> shape,
        int missing,
        boolean editable,
        List<PlanStep> steps,
        LocalDate reviewedOn,
        String reviewedBy,
        Instant submittedAt,
        String submittedBy,
        LocalDate approvedOn,
        String approvingBody,
        String approvedBy,
        Instant publishedAt,
        String publishedBy,
        List<Task> tasks,
        List<Amendment> amendments)
        implements java.io.Serializable {

    public record Item(
            long id,
            ConsultationForm form,
            String topic,
            int month,
            String leadLeader,
            Long leadLeaderAccountId,
            Long leadCommitteeId,
            String leadCommitteeName,
            List<String> departments)
            implements java.io.Serializable {}

    /** One line of the shape check: a main form or {@code OTHER}, required, planned, missing, extra. */
    public record ShapeRow(String form, int required, int planned, int missing, int extra)
            implements java.io.Serializable {}

    /** An entry of a task list (责任清单). */
    public record Task(
            long id,
            long planId,
            int year,
            long organisationId,
            long itemId,
            ConsultationForm form,
            String topic,
            TaskKind kind,
            String responsible,
            Long committeeId,
            String committeeName,
            LocalDate due)
            implements java.io.Serializable {}

    /** A dated amendment: what changed (field, before, after), why, when, by whom. */
    public record Amendment(
            long id,
            Instant at,
            String by,
            AmendmentKind kind,
            Long itemId,
            String topic,
            List<Change> changes,
            String reason)
            implements java.io.Serializable {}

    public record Change(String field, String before, String after) implements java.io.Serializable {}
}
