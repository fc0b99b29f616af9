package org.tongxin.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyEvent;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.proposal.domain.Proposal;

/**
 * The points an accepted proposal (立案) earns, through the duty ledger's events, in the caller's transaction: a
 * proposal filed alone (or collectively) earns its proposer the whole; a joint one earns the lead proposer the first
 * author's share and each co-signer (and each proposer of a proposal merged into it) the co-author's share of the
 * organisation's rule set. Sources {@code proposal:accepted:<id>}, {@code proposal:key:<id>},
 * {@code proposal:instruction:<id>-<n>}, so firing again changes nothing.
 */
@ApplicationScoped
public class ProposalCredits {

    @Inject
    Event<DutyEvent> duty;

    public void accepted(Proposal p, LocalDate on) {
        credit(p, DutyCategory.PROPOSAL, SourceRef.of("proposal", "accepted", p.id()), on);
    }

    /** Chosen as a key proposal (重点提案): every proposer, split as an accepted proposal is. */
    public void key(Proposal p, LocalDate on) {
        credit(p, DutyCategory.KEY_PROPOSAL, SourceRef.of("proposal", "key", p.id()), on);
    }

    /** A leader's instruction (批示, the n-th on the proposal) obtained: every proposer, split the same way. */
    public void instruction(Proposal p, int n, LocalDate on) {
        credit(p, DutyCategory.PROPOSAL_INSTRUCTION, SourceRef.of("proposal", "instruction", p.id() + "-" + n), on);
    }

    /**
     * The proposer alone earns the whole; with others (co-signers, proposers of merged proposals: {@link
     * Proposal#proposers()}, each once) the proposer earns the first author's share and each other the co-author's.
     */
    private void credit(Proposal p, DutyCategory category, SourceRef source, LocalDate on) {
        String title = p.title();
        List<Long> all = p.proposers();
        int coAuthors = all.size() - 1;
        if (coAuthors == 0) {
            duty.fire(DutyEvent.sole(p.proposerId(), on, category, source, title));
            return;
        }
        duty.fire(new DutyEvent(p.proposerId(), on, category, source, title, DutyRole.FIRST_AUTHOR, coAuthors));
        for (Long m : all.subList(1, all.size())) {
            duty.fire(new DutyEvent(m, on, category, source, title, DutyRole.CO_AUTHOR, coAuthors));
        }
    }
}
