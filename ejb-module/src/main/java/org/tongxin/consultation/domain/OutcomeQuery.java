package org.tongxin.consultation.domain;

/**
 * The filters of the outcomes list (each null: any): state, plan year, department, consultation (plan item), published.
 * For members the service sets {@code published} to true: they read published outcomes only. For a handling unit it
 * sets the department to the unit's own and {@code sentOnly}: the outcomes sent to it (sent or later).
 */
public record OutcomeQuery(
        OutcomeState state, Integer year, Long departmentId, Long itemId, Boolean published, boolean sentOnly)
        implements java.io.Serializable {

    public OutcomeQuery(OutcomeState state, Integer year, Long departmentId, Long itemId, Boolean published) {
        this(state, year, departmentId, itemId, published, false);
    }
}
