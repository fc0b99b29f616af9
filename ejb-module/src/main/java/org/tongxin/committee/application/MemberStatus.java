package org.tongxin.committee.application;

/** Whether a member still serves. Only an active member can change committee or position. */
public enum MemberStatus {
    ACTIVE,
    RESIGNED,
    DECEASED,
    REMOVED,
    /** Not continued into a new term (换届): left the roster on the new term's first day; history and duty stay. */
    LEFT
}
