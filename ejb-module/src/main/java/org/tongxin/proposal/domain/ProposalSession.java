package org.tongxin.proposal.domain;

/** When it is filed: during the plenary session (大会提案) or between sessions (平时提案). */
public enum ProposalSession {
    PLENARY,
    INTERIM
}
