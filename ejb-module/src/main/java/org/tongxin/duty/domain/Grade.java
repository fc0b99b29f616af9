package org.tongxin.duty.domain;

/** The grade of the annual evaluation, from the rule set's bands. */
public enum Grade {
    EXCELLENT,
    GOOD,
    COMPETENT,
    NOT_COMPETENT
}
