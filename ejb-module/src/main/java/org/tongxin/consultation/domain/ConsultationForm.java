package org.tongxin.consultation.domain;

/**
 * The forms of consultation a plan item takes: the three main ones the shape counts (全体会议协商, 常委会议协商,
 * 月度协商座谈会) and the other forms (N): 专题协商, 对口协商, 界别协商, 提案办理协商, 基层协商.
 */
public enum ConsultationForm {
    PLENARY,
    STANDING,
    MONTHLY,
    SPECIAL,
    COUNTERPART,
    SECTOR,
    PROPOSAL,
    GRASSROOTS;

    /** True for the forms the shape counts one by one; the others count together as "other forms". */
    public boolean main() {
        return this == PLENARY || this == STANDING || this == MONTHLY;
    }
}
