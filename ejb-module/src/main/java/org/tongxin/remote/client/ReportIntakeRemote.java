package org.tongxin.remote.client;

import jakarta.ejb.Remote;

/**
 * Report intake for the office's other systems (role {@code remote-reports}): a report written elsewhere (an OA
 * system) is filed and submitted on behalf of a member of an organisation the service account sees; the member
 * earns the submission's duty points, and the report's path names the service account. JNDI name:
 * {@code ejb:tongxin/ejb-module/ReportIntakeFacade!org.tongxin.remote.client.ReportIntakeRemote}.
 */
@Remote
public interface ReportIntakeRemote {

    /** Files and submits the report; a retry after a lost answer files it again (use the keyed form). */
    RemoteReportReceipt submit(RemoteReport report);

    /**
     * Files and submits the report once per key: the same service account calling again with the same key (at most
     * 100 characters) gets the first call's receipt and nothing is filed, even when the report differs. The key is the
     * same as a command's ({@code cn.tongxin.command.report.submit} on the queue {@code tongxin.commands}): a report
     * filed by command with a key is not filed again by this call with that key. A refused call stores nothing.
     */
    RemoteReportReceipt submit(RemoteReport report, String idempotencyKey);
}
