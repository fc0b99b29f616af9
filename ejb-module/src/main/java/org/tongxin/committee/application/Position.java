package org.tongxin.committee.application;

/** A member's position in the committee: 主席, 副主席, 常委, 委员. */
public enum Position {
    CHAIR,
    VICE_CHAIR,
    STANDING,
    MEMBER
}
