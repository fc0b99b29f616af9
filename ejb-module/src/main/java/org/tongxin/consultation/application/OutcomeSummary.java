package org.tongxin.consultation.application;

import java.time.LocalDate;
import org.tongxin.consultation.domain.ConsultationForm;
import org.tongxin.consultation.domain.OutcomeState;

/** A row of the outcomes list: the consultation, the suggestion, its department, due date, state, publication. */
public record OutcomeSummary(
        long id,
        long organisationId,
        long itemId,
        int year,
        String topic,
        ConsultationForm form,
        String suggestion,
        long departmentId,
        String departmentName,
        LocalDate due,
        OutcomeState state,
        boolean published,
        boolean overdue)
        implements java.io.Serializable {}
