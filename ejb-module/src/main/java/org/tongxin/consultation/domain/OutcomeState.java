package org.tongxin.consultation.domain;

/**
 * Where a consultation outcome stands: agreed at the consultation, sent to its responsible department, answered by it,
 * being tracked (跟踪落实), done. Publication (公示公开) is a flag beside the state, not a state.
 */
public enum OutcomeState {
    AGREED,
    SENT,
    ANSWERED,
    TRACKING,
    DONE
}
