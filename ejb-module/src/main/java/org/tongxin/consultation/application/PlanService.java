package org.tongxin.consultation.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.consultation.domain.AmendmentKind;
import org.tongxin.consultation.domain.ItemTerms;
import org.tongxin.consultation.domain.PlanShape;
import org.tongxin.consultation.domain.PlanStep;

/**
 * Annual consultation plans. Office staff and leaders see the plans of their organisation and those below; they
 * change only their own organisation's: office staff draft, submit, publish and amend, leaders record the party
 * group's review, returns and the approval. Members see the task lists of their special committee. Every change
 * names the version it was made on; another's save in between is refused as stale.
 */
@Local
public interface PlanService {

    /** This year in the caller's organisation's calendar. */
    int thisYear();

    List<PlanDetails> plans(int year);

    PlanDetails plan(long id);

    /** A new draft of the caller's organisation for the year (one plan per organisation and year). */
    PlanDetails create(int year);

    PlanDetails addItem(long planId, int version, ItemTerms terms);

    PlanDetails changeItem(long planId, long itemId, int version, ItemTerms terms);

    PlanDetails removeItem(long planId, long itemId, int version);

    /** A step of the plan's path; {@code on} and {@code body}: the day reviewed or approved, the approving body. */
    PlanDetails take(long planId, int version, PlanStep step, LocalDate on, String body);

    PlanDetails amend(long planId, int version, AmendmentKind kind, Long itemId, ItemTerms terms, String reason);

    /** The caller's organisation's shape. */
    ShapeDetails shape();

    /** Office staff set their organisation's shape; {@code version} null the first time. */
    ShapeDetails changeShape(PlanShape.Counts counts, Integer version);

    /**
     * The task lists of the year's approved plans: office staff and leaders those of the organisations they see (of
     * one committee when given), a member those of their own special committee.
     */
    List<PlanDetails.Task> tasks(int year, Long committeeId);
}
