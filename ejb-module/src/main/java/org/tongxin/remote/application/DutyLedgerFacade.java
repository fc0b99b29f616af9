package org.tongxin.remote.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.tongxin.duty.application.DutyRecord;
import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.SystemCredit;
import org.tongxin.duty.application.SystemDuty;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.remote.client.DutyLedgerRemote;
import org.tongxin.remote.client.RemoteDutyCredit;
import org.tongxin.remote.client.RemoteDutyReceipt;
import org.tongxin.remote.client.RemoteDutyRecord;

/** The duty ledger over {@link DutyService#record} and {@link DutyService#creditFromSystem}. */
@Stateless
@RolesAllowed(Role.REMOTE_DUTY_CODE)
public class DutyLedgerFacade implements DutyLedgerRemote {

    @EJB
    DutyService duty;

    @Override
    public RemoteDutyRecord record(long memberId, Integer year) {
        return Problems.translated(() -> {
            DutyRecord r = duty.record(memberId, year);
            return new RemoteDutyRecord(
                    r.memberId(),
                    r.memberName(),
                    r.organisationId(),
                    r.year(),
                    r.total(),
                    r.grade(),
                    r.categories().stream()
                            .map(c -> new RemoteDutyRecord.Category(
                                    c.category(), c.events(), c.subtotal(), c.cap(), c.counted()))
                            .toList(),
                    r.entries().stream()
                            .map(e -> new RemoteDutyRecord.Entry(
                                    e.id(),
                                    e.occurredOn(),
                                    e.category(),
                                    e.source(),
                                    e.description(),
                                    e.points(),
                                    e.voided()))
                            .toList());
        });
    }

    @Override
    public RemoteDutyReceipt credit(RemoteDutyCredit credit) {
        return Problems.translated(() -> {
            if (credit == null) {
                throw Problem.rule("invalid-input", "problem.invalid-input");
            }
            SystemCredit c = duty.creditFromSystem(new SystemDuty(
                    credit.memberId(),
                    credit.category(),
                    credit.occurredOn(),
                    credit.description(),
                    credit.reference()));
            return new RemoteDutyReceipt(c.entryId(), c.memberId(), c.category(), c.points(), c.source(), c.created());
        });
    }
}
