package org.tongxin.inforeport.infrastructure;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.tongxin.inforeport.domain.Delivery;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.Route;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;

/**
 * The database side of a delivery, each step its own short transaction, so that no transaction
 * stays open while the other deployment is called.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryWork {

    /** One attempt to make: where, as whom, with which key, and what. */
    public record Outgoing(long deliveryId, String url, String username, String secret, String idempotencyKey, String json) {
    }

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;
    @Inject
    ReportRepository reports;
    @Inject
    OrganisationRepository organisations;
    @Inject
    Clock clock;

    /** The deliveries whose next attempt is due, the longest waiting first. */
    public List<Long> due(int max) {
        return em.createQuery("select d.id from Delivery d where d.status = :pending and d.nextAttemptAt <= :now order by d.nextAttemptAt",
                Long.class).setParameter("pending", Delivery.Status.PENDING).setParameter("now", clock.instant()).setMaxResults(max)
                .getResultList();
    }

    public Optional<Long> forReport(long reportId) {
        return em.createQuery("select d.id from Delivery d where d.reportId = :r", Long.class).setParameter("r", reportId)
                .getResultStream().findFirst();
    }

    /** What to send, if the delivery still waits. */
    public Optional<Outgoing> prepare(long deliveryId) {
        Delivery d = em.find(Delivery.class, deliveryId);
        if (d == null || d.status() != Delivery.Status.PENDING) {
            return Optional.empty();
        }
        Route route = em.find(Route.class, d.organisationId());
        Report r = reports.report(d.reportId()).orElseThrow();
        Organisation origin = organisations.byId(r.organisationId()).orElseThrow();
        JsonArrayBuilder proposals = Json.createArrayBuilder();
        r.proposals().forEach(proposals::add);
        JsonArrayBuilder authors = Json.createArrayBuilder();
        reports.authors(r.id()).stream().map(ReportAuthor::memberName).forEach(authors::add);
        jakarta.json.JsonObjectBuilder body = Json.createObjectBuilder()
                .add("targetOrganisationCode", d.targetCode())
                .add("origin", Json.createObjectBuilder().add("deployment", deployment()).add("reportId", r.id())
                        .add("organisationCode", origin.code()).add("organisationName", origin.name()))
                .add("title", r.title()).add("body", r.body()).add("proposals", proposals).add("topic", r.topic())
                .add("authors", authors);
        if (r.sourceLabel() != null) {
            body.add("source", r.sourceLabel());
        }
        String json = body.build().toString();
        return Optional.of(new Outgoing(d.id(), d.baseUrl() + "/api/v1/inbound/reports", route == null ? null : route.username(),
                route == null ? null : route.secret(), d.idempotencyKey(), json));
    }

    public void delivered(long deliveryId, long remoteId) {
        Delivery d = locked(deliveryId);
        if (d.status() != Delivery.Status.DELIVERED) {
            d.delivered(remoteId, clock.instant());
        }
    }

    public void failed(long deliveryId, String error) {
        Delivery d = locked(deliveryId);
        if (d.status() == Delivery.Status.PENDING) {
            d.failed(error, clock.instant());
        }
    }

    public void rejected(long deliveryId, String error) {
        Delivery d = locked(deliveryId);
        if (d.status() == Delivery.Status.PENDING) {
            d.rejected(error, clock.instant());
        }
    }

    private Delivery locked(long id) {
        return em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** How this deployment names itself to others ({@code TONGXIN_PUBLIC_URL}, else its host name). */
    static String deployment() {
        return PlatformSettings.get("tongxin.public-url").orElseGet(() -> {
            try {
                return "http://" + java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "unknown";
            }
        });
    }
}
