package org.tongxin.consultation.domain;

/** The level of the leader who gave an instruction (批示) on an outcome. */
public enum LeaderLevel {
    COUNTY,
    CITY,
    PROVINCE,
    NATIONAL
}
