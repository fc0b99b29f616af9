package org.tongxin.consultation.application;

import java.time.OffsetDateTime;
import org.tongxin.consultation.domain.ActivityState;
import org.tongxin.consultation.domain.ConsultationForm;

/** A consultation activity in a list: what, when, where, its state and how many members take part and came. */
public record ActivitySummary(
        long id,
        long organisationId,
        String organisationName,
        Long planItemId,
        String topic,
        ConsultationForm form,
        ActivityState state,
        OffsetDateTime start,
        OffsetDateTime end,
        Long bookingId,
        String venue,
        int capacity,
        int members,
        int present)
        implements java.io.Serializable {}
