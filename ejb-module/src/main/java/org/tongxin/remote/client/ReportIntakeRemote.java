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

    RemoteReportReceipt submit(RemoteReport report);
}
