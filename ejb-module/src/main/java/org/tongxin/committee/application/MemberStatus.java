package org.tongxin.committee.application;

/** Whether a member still serves. Only an active member can change committee or position. */
public enum MemberStatus {
    ACTIVE,
    RESIGNED,
    DECEASED,
    REMOVED
}
