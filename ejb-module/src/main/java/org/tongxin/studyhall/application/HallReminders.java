package org.tongxin.studyhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tongxin.platform.application.Reminder;
import org.tongxin.platform.application.ReminderSource;
import org.tongxin.studyhall.domain.BookingStatus;
import org.tongxin.studyhall.domain.RegistrationStatus;

/**
 * The study hall's daily reminders (issue 20): a confirmed booking that starts tomorrow (to its booker) and an
 * activity that starts tomorrow (to each member signed up for it, not those waiting). Keyed by the booking or
 * activity, its day and the person, so a booking moved to another day is reminded again for the new one.
 * Index sh_booking_org_ix (organisation_id, starts_at).
 */
@ApplicationScoped
public class HallReminders implements ReminderSource {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    HallSupport support;

    @Override
    public List<Reminder> due(long organisationId, LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        Instant from = tomorrow.atStartOfDay(support.zone(organisationId)).toInstant();
        Instant to =
                tomorrow.plusDays(1).atStartOfDay(support.zone(organisationId)).toInstant();
        List<Reminder> due = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select b.id, b.title, s.name, b.startsAt, b.bookerAccountId from Booking b, Space s"
                                + " where s.id = b.spaceId and b.organisationId = :org and b.status = :confirmed"
                                + " and b.startsAt >= :from and b.startsAt < :to",
                        Object[].class)
                .setParameter("org", organisationId)
                .setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            long account = (Long) row[4];
            due.add(new Reminder(
                    "booking:" + row[0] + ":" + tomorrow + ":" + account,
                    account,
                    "reminder.booking.tomorrow",
                    List.of((String) row[1], (String) row[2], support.display((Instant) row[3], organisationId)),
                    "/studyhall/booking.xhtml?id=" + row[0]));
        }
        for (Object[] row : em.createQuery(
                        "select a.id, b.title, s.name, b.startsAt, r.accountId, b.id from Registration r, Activity a,"
                                + " Booking b, Space s where a.id = r.activityId and b.id = a.bookingId"
                                + " and s.id = b.spaceId and b.organisationId = :org and b.status = :confirmed"
                                + " and r.status = :registered and r.accountId is not null"
                                + " and b.startsAt >= :from and b.startsAt < :to",
                        Object[].class)
                .setParameter("org", organisationId)
                .setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("registered", RegistrationStatus.REGISTERED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            long account = (Long) row[4];
            due.add(new Reminder(
                    "activity:" + row[0] + ":" + tomorrow + ":" + account,
                    account,
                    "reminder.activity.tomorrow",
                    List.of((String) row[1], (String) row[2], support.display((Instant) row[3], organisationId)),
                    "/studyhall/booking.xhtml?id=" + row[5]));
        }
        return due;
    }
}
