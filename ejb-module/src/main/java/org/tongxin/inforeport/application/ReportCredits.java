package org.tongxin.inforeport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyEvent;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.duty.application.DutyWithdrawn;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportRepository;

/**
 * The points a report's acts earn its authors, through the committee context's duty ledger events, in
 * the caller's transaction: every author earns each act, the first author the first author's share and
 * the co-authors theirs (the rule set of the author's organisation decides the split).
 */
@ApplicationScoped
public class ReportCredits {

    @Inject
    ReportRepository reports;

    @Inject
    Event<DutyEvent> duty;

    @Inject
    Event<DutyWithdrawn> withdrawn;

    public void credit(Report report, DutyCategory category, SourceRef source, LocalDate on) {
        List<ReportAuthor> authors = reports.authors(report.id());
        int coAuthors = authors.size() - 1;
        String title = report.title().length() > 180 ? report.title().substring(0, 180) : report.title();
        for (ReportAuthor a : authors) {
            DutyRole role = coAuthors == 0 ? DutyRole.SOLE : a.first() ? DutyRole.FIRST_AUTHOR : DutyRole.CO_AUTHOR;
            duty.fire(new DutyEvent(a.memberId(), on, category, source, title, role, coAuthors));
        }
    }

    /** Voids what a source gave (an adoption withdrawn), for every author. */
    public void withdraw(SourceRef source, String reason) {
        withdrawn.fire(new DutyWithdrawn(source, reason));
    }
}
