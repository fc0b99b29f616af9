package org.tongxin.remote.client;

import jakarta.ejb.Remote;

/**
 * The duty ledger for the office's other systems (role {@code remote-duty}), for members of the organisations the
 * service account sees. JNDI name:
 * {@code ejb:tongxin/ejb-module/DutyLedgerFacade!org.tongxin.remote.client.DutyLedgerRemote}.
 */
@Remote
public interface DutyLedgerRemote {

    /** A member's record of a year; {@code year} null: the current year of the member's organisation. */
    RemoteDutyRecord record(long memberId, Integer year);

    /** Credits an act (idempotent by the reference, see {@link RemoteDutyCredit}). */
    RemoteDutyReceipt credit(RemoteDutyCredit credit);
}
