package org.tongxin.studyhall.domain;

/** A member's place at an activity: a seat, a place on the waiting list, or withdrawn. */
public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    WITHDRAWN
}
