package org.tongxin.inforeport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.application.Reminder;
import org.tongxin.platform.application.ReminderSource;

/**
 * The daily reminder of a returned report still waiting for its authors (issue 20): once the return is
 * {@link #WAITING_DAYS} days old (the organisation's days), each author with a login is reminded once per return
 * (the key names the return's step of the path, so a report returned again is reminded again).
 */
@ApplicationScoped
public class ReturnedReportReminders implements ReminderSource {

    /** Days a returned report waits before its authors are reminded. */
    static final int WAITING_DAYS = 2;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    OrganisationTime time;

    @Override
    public List<Reminder> due(long organisationId, LocalDate today) {
        List<Reminder> due = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select r.id, r.title, t.id, a.accountId from Report r, Transition t, ReportAuthor a"
                                + " where r.organisationId = :org and r.state = :returned and t.reportId = r.id"
                                + " and t.toState = :returned and t.occurredAt < :before and a.key.reportId = r.id"
                                + " and a.accountId is not null and t.occurredAt = (select max(t2.occurredAt)"
                                + " from Transition t2 where t2.reportId = r.id and t2.toState = :returned)",
                        Object[].class)
                .setParameter("org", organisationId)
                .setParameter("returned", ReportState.RETURNED)
                .setParameter("before", time.startOf(today.minusDays(WAITING_DAYS - 1L), organisationId))
                .getResultList()) {
            long account = (Long) row[3];
            due.add(new Reminder(
                    "report-returned:" + row[0] + ":" + row[2] + ":" + account,
                    account,
                    "reminder.report.returned",
                    List.of((String) row[1], String.valueOf(WAITING_DAYS)),
                    "/inforeport/report.xhtml?id=" + row[0]));
        }
        return due;
    }
}
