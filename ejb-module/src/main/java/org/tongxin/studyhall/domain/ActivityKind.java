package org.tongxin.studyhall.domain;

/** 读书分享会, 周末沙龙, 政协讲堂 lecture, 专题学习, 专家讲座. */
public enum ActivityKind {
    READING_SHARING,
    SALON,
    LECTURE,
    STUDY_SESSION,
    EXPERT_TALK
}
