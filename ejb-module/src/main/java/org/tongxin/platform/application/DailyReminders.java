package org.tongxin.platform.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.kernel.Chunks;
import org.tongxin.platform.kernel.Role;

/**
 * The daily reminders. Every hour, each organisation whose local time is past {@link #HOUR}:00 gets the reminders of
 * its day that were not sent yet (so the day is its own time zone's, by {@link OrganisationTime} on the project's
 * clock); each reminder is recorded in pf_reminder under its key in the transaction that notifies, so it goes out
 * once: a later run skips it, and a second node sending the same one fails on the key and rolls its run back.
 */
@Stateless
@LocalBean
public class DailyReminders implements ReminderService {

    /** Reminders go out from this hour of the organisation's day on. */
    static final int HOUR = 7;

    private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    Instance<ReminderSource> sources;

    @Inject
    OrganisationTime time;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    NotificationService notifications;

    @Inject
    Callers callers;

    @Resource
    SessionContext session;

    @jakarta.ejb.EJB
    ClusterJobs jobs;

    @Schedule(minute = "13", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
        // every node fires at :13; one of them sends (docs/cluster.md)
        if (!jobs.claim("daily-reminders", java.time.Duration.ofMinutes(30))) {
            return;
        }
        Instant now = time.now();
        for (OrganisationSummary o : organisations.matching("/%")) {
            if (time.at(now, o.id()).getHour() < HOUR) {
                continue;
            }
            try {
                session.getBusinessObject(DailyReminders.class).sendFor(o.id());
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "reminders of organisation " + o.id() + " not sent; the next hour tries again",
                        e);
            }
        }
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public int sendNow() {
        long me = callers.caller(session.getCallerPrincipal()).accountId();
        return sendFor(em.find(Account.class, me).organisation().id());
    }

    /** Sends one organisation's due reminders in one transaction; returns how many went out. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendFor(long organisationId) {
        LocalDate today = time.today(organisationId);
        List<Reminder> due = new ArrayList<>();
        for (ReminderSource source : sources) {
            due.addAll(source.due(organisationId, today));
        }
        Set<String> sent = new HashSet<>();
        for (List<String> chunk :
                Chunks.of(due.stream().map(Reminder::key).distinct().toList())) {
            sent.addAll(em.createNativeQuery(
                            "select reminder_key from pf_reminder where reminder_key in (:keys)", String.class)
                    .setParameter("keys", chunk)
                    .getResultList());
        }
        Instant now = time.now();
        int n = 0;
        for (Reminder r : due) {
            if (!sent.add(r.key())) {
                continue;
            }
            em.createNativeQuery("insert into pf_reminder (reminder_key, account_id, sent_at) values (?, ?, ?)")
                    .setParameter(1, r.key())
                    .setParameter(2, r.accountId())
                    .setParameter(3, now)
                    .executeUpdate();
            notifications.notify(r.accountId(), r.messageKey(), r.arguments(), r.link());
            n++;
        }
        return n;
    }
}
