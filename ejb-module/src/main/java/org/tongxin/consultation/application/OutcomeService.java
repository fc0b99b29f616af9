package org.tongxin.consultation.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.consultation.domain.LeaderLevel;
import org.tongxin.consultation.domain.OutcomeQuery;
import org.tongxin.consultation.domain.OutcomeStep;
import org.tongxin.platform.kernel.Page;

/**
 * Consultation outcomes (协商成果). Office staff and leaders read the outcomes of their organisation and those below;
 * members read the published outcomes of their own organisation (公示公开). Only the outcome's own organisation acts
 * on it: its office staff record, change, send it, record the department's answer on its behalf, track it, mark it
 * done, publish it and note progress; its leaders record instructions. Every change names the version it was made on.
 */
@Local
public interface OutcomeService {

    Page<OutcomeSummary> outcomes(OutcomeQuery query, Page.Request page);

    OutcomeDetails outcome(long id);

    /** The consultations of the caller's organisation's approved plan of the year (for recording an outcome). */
    List<ConsultationChoice> consultations(int year);

    OutcomeDetails create(long itemId, String suggestion, Long departmentId, LocalDate due);

    OutcomeDetails change(long id, int version, String suggestion, Long departmentId, LocalDate due);

    /**
     * A step of {@link OutcomeStep#TRANSITIONS}. For {@code ANSWER}: the answer, who answered for the department, the
     * reply document (optional) and {@code on} the day answered; for {@code COMPLETE}: {@code on} the day done.
     */
    OutcomeDetails take(long id, int version, OutcomeStep step, LocalDate on, Answer answer);

    OutcomeDetails note(long id, int version, LocalDate on, String text);

    OutcomeDetails instruct(long id, int version, String leader, LeaderLevel level, LocalDate on, String text);

    /** The consensus report of a consultation (plan item) the caller sees, as PDF. */
    byte[] reportPdf(long itemId);

    byte[] reportDocx(long itemId);

    /** A department's answer as the office records it. */
    record Answer(String text, String answeredBy, String document) implements java.io.Serializable {}
}
