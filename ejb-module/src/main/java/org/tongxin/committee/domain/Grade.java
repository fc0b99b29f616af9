package org.tongxin.committee.domain;

/** The grade of the annual evaluation, from the rule set's bands. */
public enum Grade {
    EXCELLENT, GOOD, COMPETENT, NOT_COMPETENT
}
