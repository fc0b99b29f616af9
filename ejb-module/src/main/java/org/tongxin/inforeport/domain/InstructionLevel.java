package org.tongxin.inforeport.domain;

/** The level of the leader who wrote an instruction (批示). */
public enum InstructionLevel {
    COUNTY,
    CITY,
    PROVINCE,
    NATIONAL
}
