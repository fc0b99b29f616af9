package org.tongxin.consultation.domain;

/** Where an annual plan stands: drafted by the office, reviewed by the party group, submitted, approved, published. */
public enum PlanState {
    DRAFT,
    REVIEWED,
    SUBMITTED,
    APPROVED,
    PUBLISHED;

    /** Approved or published: the plan's items change only by dated amendments. */
    public boolean approved() {
        return this == APPROVED || this == PUBLISHED;
    }
}
