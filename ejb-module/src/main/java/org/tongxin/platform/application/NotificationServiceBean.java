package org.tongxin.platform.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.tongxin.platform.domain.MailPreference;
import org.tongxin.platform.domain.Notification;
import org.tongxin.platform.domain.OutboxMail;
import org.tongxin.platform.kernel.Problem;

@Stateless
public class NotificationServiceBean implements NotificationService {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    Event<MailQueued> queued;

    @Inject
    Mailer mailer;

    @Override
    @PermitAll
    public void notify(long accountId, String messageKey, List<String> arguments, String link) {
        em.persist(new Notification(accountId, messageKey, arguments, link, clock.instant()));
        queueMail(accountId, messageKey, arguments, link);
    }

    /**
     * Beside the notification, a mail to a person who chose this topic by e-mail: queued in the same transaction
     * (it exists only if the act commits) and sent after the commit, never inside it.
     */
    private void queueMail(long accountId, String messageKey, List<String> arguments, String link) {
        MailTopic topic = MailTopic.of(messageKey).orElse(null);
        if (topic == null || !mailer.enabled()) {
            return;
        }
        MailPreference preference = em.find(MailPreference.class, accountId);
        if (preference == null || !preference.wants(topic.name())) {
            return;
        }
        em.persist(new OutboxMail(
                accountId, preference.email(), preference.language(), messageKey, arguments, link, clock.instant()));
        queued.fire(new MailQueued(accountId));
    }

    @Override
    @PermitAll
    public List<NotificationRow> mine(int max) {
        long me = callers.caller(session.getCallerPrincipal()).accountId();
        return em.createQuery(
                        "select n from Notification n where n.accountId = :a order by case when n.readAt is null then 0 else 1 end,"
                                + " n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("a", me)
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultStream()
                .map(n -> new NotificationRow(
                        n.id(), n.createdAt(), n.messageKey(), n.arguments(), n.link(), n.readAt() != null))
                .toList();
    }

    @Override
    @PermitAll
    public long unread() {
        long me = callers.caller(session.getCallerPrincipal()).accountId();
        return em.createQuery(
                        "select count(n) from Notification n where n.accountId = :a and n.readAt is null", Long.class)
                .setParameter("a", me)
                .getSingleResult();
    }

    @Override
    @PermitAll
    public void markRead(long id) {
        long me = callers.caller(session.getCallerPrincipal()).accountId();
        Notification n = em.find(Notification.class, id);
        if (n == null || n.accountId() != me) {
            throw Problem.notFound("notification");
        }
        n.markRead(clock.instant());
    }

    @Override
    @PermitAll
    public void markAllRead() {
        long me = callers.caller(session.getCallerPrincipal()).accountId();
        em.createQuery("update Notification n set n.readAt = :now where n.accountId = :a and n.readAt is null")
                .setParameter("now", clock.instant())
                .setParameter("a", me)
                .executeUpdate();
    }
}
