package org.tongxin.proposal.domain;

/** What a proposal converted by the review became: a social-condition report (社情民意信息) or a letter (转来信). */
public enum Conversion {
    REPORT,
    LETTER
}
