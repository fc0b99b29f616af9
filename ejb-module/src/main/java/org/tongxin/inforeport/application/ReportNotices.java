package org.tongxin.inforeport.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.platform.application.NotificationService;

/** Tells a report's authors what became of it (returned, declined, adopted, instructed), linking to the report. */
@Dependent
class ReportNotices {

    @Inject
    ReportRepository reports;

    @Inject
    NotificationService notifications;

    void tellAuthors(long id, String key, String detail) {
        Report report = reports.report(id).orElseThrow();
        for (ReportAuthor a : reports.authors(id)) {
            if (a.accountId() != null) {
                notifications.notify(
                        a.accountId(),
                        key,
                        List.of(report.title(), detail == null ? "" : detail),
                        "/inforeport/report.xhtml?id=" + id);
            }
        }
    }
}
