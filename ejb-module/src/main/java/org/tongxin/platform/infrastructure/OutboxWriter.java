package org.tongxin.platform.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import org.tongxin.platform.domain.OutboxMessage;
import org.tongxin.platform.kernel.IntegrationEvent;

/**
 * Writes every {@link IntegrationEvent} to the outbox in the transaction that fired it (synchronously: the
 * row commits or rolls back with the change), and once per transaction asks the relay to publish right after a
 * successful commit. An event fired outside a transaction is refused: it could not be kept with its change.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String KICK = OutboxWriter.class.getName() + ".kick";

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @EJB
    OutboxRelay relay;

    void write(@Observes IntegrationEvent event) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException(
                    "an integration event is written in its change's transaction: " + event.type());
        }
        String data = JSON.toJson(event.data());
        if (data.length() > 10_000) {
            throw new IllegalArgumentException(
                    "an integration event's data is at most 10,000 characters: " + event.type());
        }
        em.persist(new OutboxMessage(
                event.type(), event.subject(), event.aggregate(), event.organisationId(), data, clock.instant()));
        if (transactions.getResource(KICK) == null) {
            transactions.putResource(KICK, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.kick();
                    }
                }
            });
        }
    }
}
