package org.tongxin.remote.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.tongxin.inforeport.application.NewReport;
import org.tongxin.inforeport.application.ReportService;
import org.tongxin.inforeport.application.SubmittedReport;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.remote.client.RemoteReport;
import org.tongxin.remote.client.RemoteReportReceipt;
import org.tongxin.remote.client.ReportIntakeRemote;

/** Report intake over {@link ReportService#submitFor}. */
@Stateless
@RolesAllowed(Role.REMOTE_REPORTS_CODE)
public class ReportIntakeFacade implements ReportIntakeRemote {

    @EJB
    ReportService reports;

    @Override
    public RemoteReportReceipt submit(RemoteReport report) {
        return Problems.translated(() -> {
            if (report == null) {
                throw Problem.rule("invalid-input", "problem.invalid-input");
            }
            SubmittedReport s = reports.submitFor(
                    report.memberId(),
                    new NewReport(
                            report.title(), report.body(), report.proposals(), report.topic(), report.coAuthors()));
            return new RemoteReportReceipt(s.reportId(), s.state(), s.organisationId(), s.submittedAt());
        });
    }
}
