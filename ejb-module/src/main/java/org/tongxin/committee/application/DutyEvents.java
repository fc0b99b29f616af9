package org.tongxin.committee.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Where other modules' acts of duty meet the ledger: observes {@link DutyEvent} and
 * {@link DutyWithdrawn} synchronously, so the entry is written in the firing transaction.
 */
@ApplicationScoped
public class DutyEvents {

    @EJB
    DutyService duty;

    void onDuty(@Observes DutyEvent event) {
        duty.credit(event);
    }

    void onWithdrawn(@Observes DutyWithdrawn withdrawn) {
        duty.withdraw(withdrawn);
    }
}
