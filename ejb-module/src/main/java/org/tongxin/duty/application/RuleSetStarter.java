package org.tongxin.duty.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.tongxin.duty.domain.DutyLedger;
import org.tongxin.duty.domain.RuleSet;
import org.tongxin.duty.domain.RuleTerms;

/**
 * Starts an organisation's year with the default rule set, in a transaction of its own: when two acts
 * of a new year arrive at once, one creation wins, the other fails alone, and both acts go on with the
 * winner's rule set instead of failing with it.
 */
@Stateless
public class RuleSetStarter {

    @Inject
    DutyLedger ledger;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void start(long organisationId, int year) {
        if (ledger.ruleSet(organisationId, year).isEmpty()) {
            ledger.add(new RuleSet(organisationId, year, RuleTerms.defaults(), "system", clock.instant()));
            ledger.flush();
        }
    }
}
