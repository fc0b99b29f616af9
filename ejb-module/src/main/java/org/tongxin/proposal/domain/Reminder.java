package org.tongxin.proposal.domain;

/**
 * A deadline reminder to the lead unit of an unanswered assignment: the answer is due soon (within the reminder
 * window before the due date), or overdue (the due date has passed). Each is sent once per due date.
 */
public enum Reminder {
    DUE_SOON,
    OVERDUE
}
