package org.tongxin.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyEvent;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.proposal.domain.CoSigner;
import org.tongxin.proposal.domain.Proposal;

/**
 * The points an accepted proposal (立案) earns, through the duty ledger's events, in the caller's transaction: a
 * proposal filed alone (or collectively) earns its proposer the whole; a joint one earns the lead proposer the first
 * author's share and each co-signer the co-author's share of the organisation's rule set. Source
 * {@code proposal:accepted:<id>}, so firing again changes nothing.
 */
@ApplicationScoped
public class ProposalCredits {

    @Inject
    Event<DutyEvent> duty;

    public void accepted(Proposal p, LocalDate on) {
        SourceRef source = SourceRef.of("proposal", "accepted", p.id());
        String title = p.title();
        int coAuthors = p.coSigners().size();
        if (coAuthors == 0) {
            duty.fire(DutyEvent.sole(p.proposerId(), on, DutyCategory.PROPOSAL, source, title));
            return;
        }
        duty.fire(new DutyEvent(
                p.proposerId(), on, DutyCategory.PROPOSAL, source, title, DutyRole.FIRST_AUTHOR, coAuthors));
        for (CoSigner c : p.coSigners()) {
            duty.fire(new DutyEvent(
                    c.memberId(), on, DutyCategory.PROPOSAL, source, title, DutyRole.CO_AUTHOR, coAuthors));
        }
    }
}
