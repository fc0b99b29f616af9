package org.tongxin.committee.application;

/** A member's party: the CPC, one of the eight democratic parties, or none (无党派). */
public enum Party {
    /** 中国共产党 */
    CPC,
    /** 民革 */
    RCCK,
    /** 民盟 */
    CDL,
    /** 民建 */
    CDNCA,
    /** 民进 */
    CAPD,
    /** 农工党 */
    CPWDP,
    /** 致公党 */
    CZGP,
    /** 九三学社 */
    JS,
    /** 台盟 */
    TDSGL,
    /** 无党派人士 */
    NON_PARTY
}
