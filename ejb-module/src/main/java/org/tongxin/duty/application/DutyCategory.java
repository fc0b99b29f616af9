package org.tongxin.duty.application;

/**
 * The kinds of duty the evaluation counts. Some are recorded by office staff by hand; the others
 * arrive from the modules where the act happens (the study hall, information reports).
 */
public enum DutyCategory {
    /** 全体会议: attendance at the plenary session. */
    PLENARY(true),
    /** 常委会议: attendance at a standing-committee meeting. */
    STANDING_MEETING(true),
    /** Other meetings and activities of the committee. */
    MEETING(true),
    /** 调研视察: research and inspection visits. */
    RESEARCH(true),
    /** 走访企业: enterprise visits. */
    ENTERPRISE_VISIT(true),
    /** 公益活动: public-welfare acts. */
    PUBLIC_WELFARE(true),
    /** 无故缺席: unexcused absence, a deduction. */
    ABSENCE(true),
    /** Study-hall activities attended (from the study hall). */
    STUDY(false),
    /** People's concerns recorded at a contact point (民情日记). */
    CONCERN(false),
    /** An information report submitted. */
    INFO_SUBMITTED(false),
    /** An information report adopted at county, city, province or national level. */
    INFO_ADOPTED_COUNTY(false),
    INFO_ADOPTED_CITY(false),
    INFO_ADOPTED_PROVINCE(false),
    INFO_ADOPTED_NATIONAL(false),
    /** A leader's written instruction on a report, by the leader's level. */
    INSTRUCTION_COUNTY(false),
    INSTRUCTION_CITY(false),
    INSTRUCTION_PROVINCE(false),
    INSTRUCTION_NATIONAL(false),
    /** A proposal filed and accepted (立案, the proposal context). */
    PROPOSAL(false),
    /** 协商活动: attendance at a consultation activity, by check-in (the consultation context). */
    CONSULTATION(false),
    /** 协商发言: a speech selected by the office for a consultation, and delivered. */
    CONSULTATION_SPEECH(false),
    /** 议前调研: a research trip before a consultation, taken part in. */
    CONSULTATION_RESEARCH(false),
    /** 基层协商: a grassroots consultation meeting (five parties, six steps) taken part in. */
    GRASSROOTS_CONSULTATION(false),
    /** 重点提案: a proposal of the member's chosen as a key proposal by the chair council (the proposal context). */
    KEY_PROPOSAL(false),
    /** 提案获批示: a leader's instruction obtained on a proposal of the member's. */
    PROPOSAL_INSTRUCTION(false);

    private final boolean manual;

    DutyCategory(boolean manual) {
        this.manual = manual;
    }

    /** True when office staff record this category by hand; the others come from their modules. */
    public boolean manual() {
        return manual;
    }
}
