/** Proposals (提案): the proposal, its co-signers and handling units, its state machine and rules. */
package org.tongxin.proposal.domain;
