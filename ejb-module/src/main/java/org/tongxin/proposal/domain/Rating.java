package org.tongxin.proposal.domain;

/** The proposer's rating of the answer: satisfied (满意), basically satisfied (基本满意), not satisfied (不满意). */
public enum Rating {
    SATISFIED,
    BASICALLY_SATISFIED,
    NOT_SATISFIED
}
