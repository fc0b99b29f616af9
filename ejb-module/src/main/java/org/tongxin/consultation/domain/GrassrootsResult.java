package org.tongxin.consultation.domain;

/** What the consultation meeting came to: solved, partly solved, not solved (the last two with reasons). */
public enum GrassrootsResult {
    SOLVED,
    PARTLY,
    NOT_SOLVED
}
