package org.tongxin.consultation.domain;

/**
 * The filters of the outcomes list (each null: any): state, plan year, department, consultation (plan item), published.
 * For members the service sets {@code published} to true: they read published outcomes only.
 */
public record OutcomeQuery(OutcomeState state, Integer year, Long departmentId, Long itemId, Boolean published)
        implements java.io.Serializable {}
