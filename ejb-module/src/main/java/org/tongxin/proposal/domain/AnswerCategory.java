package org.tongxin.proposal.domain;

/** How the lead unit answers: solved or adopted (解决采纳), being solved (正在解决), planned (列入计划), for reference (留作参考). */
public enum AnswerCategory {
    ADOPTED,
    IN_PROGRESS,
    PLANNED,
    REFERENCE
}
