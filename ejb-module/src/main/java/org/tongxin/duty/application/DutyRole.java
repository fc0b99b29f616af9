package org.tongxin.duty.application;

/** The member's part in the act: alone (or one of many attendees), first author, or co-author of joint work. */
public enum DutyRole {
    SOLE,
    FIRST_AUTHOR,
    CO_AUTHOR
}
