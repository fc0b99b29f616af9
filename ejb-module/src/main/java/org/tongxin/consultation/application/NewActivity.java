package org.tongxin.consultation.application;

import java.time.Instant;
import org.tongxin.consultation.domain.ConsultationForm;

/**
 * What the office asks for: topic and form (taken from the plan item when it names one and they are empty), the
 * slot, and the venue: a study-hall space ({@code spaceId}: booked through the hall's booking engine) or a place
 * outside the hall ({@code place}), and the cap on members taking part.
 */
public record NewActivity(
        String topic,
        ConsultationForm form,
        Long planItemId,
        Instant start,
        Instant end,
        Long spaceId,
        String place,
        Integer capacity)
        implements java.io.Serializable {}
