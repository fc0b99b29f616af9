package org.tongxin.proposal.domain;

import java.util.EnumSet;
import java.util.Set;
import org.tongxin.platform.kernel.Role;

/**
 * The proposal's state machine as one table: each step, the states it is taken from, the state it reaches (null: it
 * stays, or the aggregate decides between two, see below) and the one party that takes it. A party is a role plus a
 * relation to the proposal: its proposer or a co-signer (members), the office of its own organisation (office staff
 * of the proposal committee), its lead handling unit (a handling unit's login acting for the lead department).
 *
 * <p>Two steps reach one of two states: {@code RETURN_ANSWER} sends the answer back to where it came from (ASSIGNED, or
 * REHANDLING when it was a re-handling), {@code RATE} reaches RATED, or REHANDLING the first time the proposer is not
 * satisfied. {@code MERGE} is taken on each proposal merged into a main one (which stays submitted).
 *
 * <p>Steps that leave the state as it is: a co-handling unit's opinion to the lead unit ({@code OPINION}, before the
 * answer), the office marking a proposal key with its supervising leader ({@code MARK_KEY}), a leader's instruction
 * ({@code INSTRUCT}) and the office's record of a member interview ({@code INTERVIEW}).
 *
 * <p>{@code DISCARD} reaches no state: the draft is deleted. {@code WITHDRAW} brings a submitted proposal back to DRAFT
 * and {@code UNMERGE} a merged one back to SUBMITTED (the aggregate refuses them in the cases docs/proposals.md lists).
 */
public enum ProposalStep {
    EDIT(EnumSet.of(ProposalState.DRAFT), null, Party.PROPOSER),
    CONFIRM(EnumSet.of(ProposalState.DRAFT), null, Party.CO_SIGNER),
    SUBMIT(EnumSet.of(ProposalState.DRAFT), ProposalState.SUBMITTED, Party.PROPOSER),
    ACCEPT(EnumSet.of(ProposalState.SUBMITTED), ProposalState.ACCEPTED, Party.OFFICE),
    NOT_ACCEPT(EnumSet.of(ProposalState.SUBMITTED), ProposalState.NOT_ACCEPTED, Party.OFFICE),
    CONVERT(EnumSet.of(ProposalState.SUBMITTED), ProposalState.CONVERTED, Party.OFFICE),
    MERGE(EnumSet.of(ProposalState.SUBMITTED), ProposalState.MERGED, Party.OFFICE),
    ASSIGN(EnumSet.of(ProposalState.ACCEPTED), ProposalState.ASSIGNED, Party.OFFICE),
    SEND_BACK(EnumSet.of(ProposalState.ASSIGNED), ProposalState.ACCEPTED, Party.LEAD_UNIT),
    ANSWER(EnumSet.of(ProposalState.ASSIGNED, ProposalState.REHANDLING), ProposalState.ANSWERED, Party.LEAD_UNIT),
    APPROVE_ANSWER(EnumSet.of(ProposalState.ANSWERED), ProposalState.DELIVERED, Party.OFFICE),
    RETURN_ANSWER(EnumSet.of(ProposalState.ANSWERED), null, Party.OFFICE),
    RATE(EnumSet.of(ProposalState.DELIVERED), null, Party.PROPOSER),
    CLOSE(EnumSet.of(ProposalState.RATED), ProposalState.DONE, Party.OFFICE),
    // ---- issue 18, second slice: co-handling opinions, key proposals, instructions, interviews
    OPINION(EnumSet.of(ProposalState.ASSIGNED, ProposalState.REHANDLING), null, Party.CO_UNIT),
    MARK_KEY(Sets.HANDLED, null, Party.OFFICE),
    INSTRUCT(Sets.HANDLED_OR_DONE, null, Party.LEADER),
    INTERVIEW(Sets.HANDLED_OR_DONE, null, Party.OFFICE),
    // ---- issue 18, third slice: the proposer withdraws, the office undoes a merge
    /** The proposer deletes their draft (删除草稿): it is gone, with its co-signers' invitations. */
    DISCARD(EnumSet.of(ProposalState.DRAFT), null, Party.PROPOSER),
    /** The proposer takes a submitted proposal back before the office reviews it (撤回): a draft again. */
    WITHDRAW(EnumSet.of(ProposalState.SUBMITTED), ProposalState.DRAFT, Party.PROPOSER),
    /** The office takes a merged proposal out of its main one while that is still submitted (撤销并案). */
    UNMERGE(EnumSet.of(ProposalState.MERGED), ProposalState.SUBMITTED, Party.OFFICE);

    /** The states of an accepted proposal being handled (and with DONE, also after). */
    private static final class Sets {
        static final Set<ProposalState> HANDLED = EnumSet.of(
                ProposalState.ACCEPTED,
                ProposalState.ASSIGNED,
                ProposalState.ANSWERED,
                ProposalState.DELIVERED,
                ProposalState.REHANDLING,
                ProposalState.RATED);
        static final Set<ProposalState> HANDLED_OR_DONE = EnumSet.of(
                ProposalState.ACCEPTED,
                ProposalState.ASSIGNED,
                ProposalState.ANSWERED,
                ProposalState.DELIVERED,
                ProposalState.REHANDLING,
                ProposalState.RATED,
                ProposalState.DONE);
    }

    /** Who takes a step: a role and the caller's relation to the proposal. */
    public enum Party {
        PROPOSER(Role.MEMBER),
        CO_SIGNER(Role.MEMBER),
        OFFICE(Role.OFFICE_STAFF),
        LEAD_UNIT(Role.HANDLING_UNIT),
        /** A co-handling unit (会办) of the assigned proposal. */
        CO_UNIT(Role.HANDLING_UNIT),
        /** A leader of the proposal's organisation. */
        LEADER(Role.LEADER);

        private final Role role;

        Party(Role role) {
            this.role = role;
        }

        public Role role() {
            return role;
        }
    }

    /** The steps offered now (pages and API): all of them. */
    public static final Set<ProposalStep> OFFERED = EnumSet.allOf(ProposalStep.class);

    private final Set<ProposalState> from;
    private final ProposalState to;
    private final Party party;

    ProposalStep(Set<ProposalState> from, ProposalState to, Party party) {
        this.from = from;
        this.to = to;
        this.party = party;
    }

    public boolean allowedFrom(ProposalState state) {
        return from.contains(state);
    }

    /** The state reached, or null when the step stays or the aggregate decides (see the class comment). */
    public ProposalState to() {
        return to;
    }

    public Party party() {
        return party;
    }
}
