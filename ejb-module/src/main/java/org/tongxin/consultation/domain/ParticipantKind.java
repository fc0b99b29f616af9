package org.tongxin.consultation.domain;

/**
 * Who takes part in a consultation: a member of the committee (委员), a government department (政府部门), an expert
 * (专家学者) or a citizens' representative (群众代表). Only members earn duty-ledger points.
 */
public enum ParticipantKind {
    MEMBER,
    DEPARTMENT,
    EXPERT,
    CITIZEN
}
