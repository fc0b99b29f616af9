package org.tongxin.duty.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.tongxin.committee.application.ConcernRecorded;

/**
 * Where other modules' acts of duty meet the ledger: observes {@link DutyEvent} and
 * {@link DutyWithdrawn} synchronously, so the entry is written in the firing transaction; and the
 * committee context's {@link ConcernRecorded}, which earns the member a CONCERN entry.
 */
@ApplicationScoped
public class DutyEvents {

    @EJB
    DutyService duty;

    void onDuty(@Observes DutyEvent event) {
        duty.credit(event);
    }

    void onConcern(@Observes ConcernRecorded concern) {
        duty.credit(DutyEvent.sole(
                concern.memberId(),
                concern.metOn(),
                DutyCategory.CONCERN,
                SourceRef.of("committee", "concern", concern.concernId()),
                "民情日记：" + concern.pointName()));
    }

    void onWithdrawn(@Observes DutyWithdrawn withdrawn) {
        duty.withdraw(withdrawn);
    }
}
