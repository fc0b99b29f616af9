package org.tongxin.consultation.application;

import org.tongxin.consultation.domain.ConsultationForm;

/** A consultation (an item of the caller's organisation's approved plan) an outcome may be recorded for. */
public record ConsultationChoice(long itemId, int year, ConsultationForm form, String topic, int month)
        implements java.io.Serializable {}
