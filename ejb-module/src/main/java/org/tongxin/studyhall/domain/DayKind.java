package org.tongxin.studyhall.domain;

/** A day the working calendar changes: a public holiday (closed) or a weekend made a working day (调休). */
public enum DayKind {
    HOLIDAY,
    WORKDAY
}
