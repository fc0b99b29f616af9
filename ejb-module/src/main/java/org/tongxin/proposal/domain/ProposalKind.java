package org.tongxin.proposal.domain;

/**
 * Who files the proposal: a member alone (个人提案), jointly with co-signers who confirm (联名提案), or collectively in
 * the name of a special committee, a sector or a party group (集体提案).
 */
public enum ProposalKind {
    INDIVIDUAL,
    JOINT,
    COLLECTIVE
}
