package org.tongxin.platform.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.OutboxMail;

/**
 * The dispatcher's short transactions over the outbox: which mails are due (each claimed for a while, so that a
 * second node or run does not send it too), what one says, and how an attempt ended.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailWork {

    /** How long a claimed mail is left to the node that claimed it before another may try. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    Clock clock;

    /** One mail, with what the texts need: its reader's name. */
    public record Outgoing(
            long id,
            String recipient,
            String language,
            String messageKey,
            List<String> arguments,
            String link,
            String readerName) {}

    /**
     * The due mails, at most {@code max}, each claimed: its next attempt moved past the claim (a conditional update,
     * so of two nodes one wins each mail). Index pf_mail_outbox_due_ix.
     */
    public List<Long> claimDue(int max) {
        Instant now = clock.instant();
        List<Object[]> due = em.createQuery(
                        "select m.id, m.nextAttemptAt from OutboxMail m where m.status = :pending"
                                + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id",
                        Object[].class)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        return due.stream()
                .filter(row -> em.createQuery("update OutboxMail m set m.nextAttemptAt = :later"
                                        + " where m.id = :id and m.nextAttemptAt = :seen and m.status = :pending")
                                .setParameter("later", now.plus(CLAIM))
                                .setParameter("id", row[0])
                                .setParameter("seen", row[1])
                                .setParameter("pending", OutboxMail.Status.PENDING)
                                .executeUpdate()
                        == 1)
                .map(row -> (Long) row[0])
                .toList();
    }

    public Optional<Outgoing> read(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null || mail.status() != OutboxMail.Status.PENDING) {
            return Optional.empty();
        }
        Account reader = em.find(Account.class, mail.accountId());
        return Optional.of(new Outgoing(
                mail.id(),
                mail.recipient(),
                mail.language(),
                mail.messageKey(),
                mail.arguments(),
                mail.link(),
                reader == null ? "" : reader.displayName()));
    }

    public void sent(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) {
            mail.sent(clock.instant());
        }
    }

    public void failed(long id, String error) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) {
            mail.failed(error, clock.instant());
        }
    }
}
