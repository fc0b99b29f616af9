package org.tongxin.platform.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.platform.application.PublicAddress;
import org.tongxin.platform.domain.OutboxMessage;

/**
 * One round of the relay, in one transaction: takes the relay's row lock ({@code pf_outbox_relay}, so that one
 * relay of all nodes publishes at a time), reads the oldest unpublished rows in id order, sends each (a durable
 * send the broker has stored when it returns; not part of the transaction) and marks it published. An aggregate
 * stops at its first failure in the round, so its later events wait behind it. A crash after a send and before
 * the commit sends the row again next time: at least once, never lost.
 */
@Stateless
public class OutboxWork {

    private static final Logger LOG = Logger.getLogger(OutboxWork.class.getName());

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @EJB
    EventBroker broker;

    @Inject
    Clock clock;

    /** What a round did: rows read, published, failed. */
    public record Round(int read, int published, int failed) {}

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Round publish(int max) {
        em.createNativeQuery("select name from pf_outbox_relay where name = 'relay' for update")
                .getResultList();
        List<OutboxMessage> due = em.createQuery(
                        "select m from OutboxMessage m where m.publishedAt is null order by m.id", OutboxMessage.class)
                .setMaxResults(max)
                .getResultList();
        if (due.isEmpty()) {
            return new Round(0, 0, 0);
        }
        String source = PlatformSettings.get("tongxin.events.source").orElseGet(PublicAddress::base);
        Set<String> stopped = new HashSet<>();
        int published = 0;
        int failed = 0;
        try (JMSContext jms = broker.connectionFactory().createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Topic topic = jms.createTopic(EventBroker.TOPIC);
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (OutboxMessage m : due) {
                if (stopped.contains(m.aggregate())) {
                    continue; // behind an earlier event of its aggregate that failed
                }
                try {
                    TextMessage message = jms.createTextMessage(CloudEvents.json(m, source));
                    message.setStringProperty("organisation", Long.toString(m.organisationId()));
                    message.setStringProperty("type", m.type());
                    message.setStringProperty("subject", m.subject());
                    message.setStringProperty("id", m.eventId());
                    producer.send(topic, message);
                    m.published(clock.instant());
                    published++;
                } catch (jakarta.jms.JMSException | RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "publishing outbox event " + m.id() + " failed; it waits for the next round",
                            e);
                    m.failed(e.toString());
                    stopped.add(m.aggregate());
                    failed++;
                }
            }
        }
        em.createNativeQuery("update pf_outbox_relay set last_run = ?1 where name = 'relay'")
                .setParameter(1, clock.instant())
                .executeUpdate();
        return new Round(due.size(), published, failed);
    }

    /** Deletes the rows published before {@code before} (the audit's time is over), at most {@code max}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forget(Instant before, int max) {
        List<Long> ids = em.createQuery(
                        "select m.id from OutboxMessage m where m.publishedAt < :before order by m.id", Long.class)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from OutboxMessage m where m.id in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
    }
}
