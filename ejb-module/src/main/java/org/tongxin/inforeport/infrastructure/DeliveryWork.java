package org.tongxin.inforeport.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.inforeport.application.ReportCredits;
import org.tongxin.inforeport.domain.Delivery;
import org.tongxin.inforeport.domain.InstructionLevel;
import org.tongxin.inforeport.domain.RemoteCredit;
import org.tongxin.inforeport.domain.RemoteLedger;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.Route;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.platform.kernel.Jsonp;

/**
 * The database side of a delivery, each step its own short transaction, so that no transaction
 * stays open while the other deployment is called.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryWork {

    /** One attempt to make: where, as whom, with which key, and what. */
    public record Outgoing(
            long deliveryId, String url, String username, String secret, String idempotencyKey, String json) {}

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    ReportRepository reports;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Inject
    Clock clock;

    @Inject
    ReportCredits credits;

    /**
     * The deliveries whose next attempt is due, the longest waiting first, each claimed for this node: its next
     * attempt moved {@link #CLAIM} on by a conditional update, so that the agent of another node sharing the
     * database does not attempt it too (docs/cluster.md). The attempt's outcome sets the next attempt again; a node
     * that dies in between leaves the delivery to be attempted after the claim.
     */
    public List<Long> due(int max) {
        java.time.Instant now = clock.instant();
        List<Object[]> due = em.createQuery(
                        "select d.id, d.nextAttemptAt from Delivery d where d.status = :pending and d.nextAttemptAt <= :now"
                                + " order by d.nextAttemptAt, d.id",
                        Object[].class)
                .setParameter("pending", Delivery.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        return due.stream()
                .filter(row -> em.createQuery("update Delivery d set d.nextAttemptAt = :later"
                                        + " where d.id = :id and d.nextAttemptAt = :seen and d.status = :pending")
                                .setParameter("later", now.plus(CLAIM))
                                .setParameter("id", row[0])
                                .setParameter("seen", row[1])
                                .setParameter("pending", Delivery.Status.PENDING)
                                .executeUpdate()
                        == 1)
                .map(row -> (Long) row[0])
                .toList();
    }

    /** How long a delivery claimed by {@link #due} waits before another round may attempt it again. */
    static final java.time.Duration CLAIM = java.time.Duration.ofMinutes(2);

    public Optional<Long> forReport(long reportId) {
        return em.createQuery("select d.id from Delivery d where d.reportId = :r", Long.class)
                .setParameter("r", reportId)
                .getResultStream()
                .findFirst();
    }

    /** What to send, if the delivery still waits. */
    public Optional<Outgoing> prepare(long deliveryId) {
        Delivery d = em.find(Delivery.class, deliveryId);
        if (d == null || d.status() != Delivery.Status.PENDING) {
            return Optional.empty();
        }
        Route route = em.find(Route.class, d.organisationId());
        Report r = reports.report(d.reportId()).orElseThrow();
        OrganisationSummary origin = organisations.find(r.organisationId()).orElseThrow();
        JsonArrayBuilder proposals = Jsonp.createArrayBuilder();
        r.proposals().forEach(proposals::add);
        JsonArrayBuilder authors = Jsonp.createArrayBuilder();
        reports.authors(r.id()).stream().map(ReportAuthor::memberName).forEach(authors::add);
        jakarta.json.JsonObjectBuilder body = Jsonp.createObjectBuilder()
                .add("targetOrganisationCode", d.targetCode())
                .add(
                        "origin",
                        Jsonp.createObjectBuilder()
                                .add("deployment", deployment())
                                .add("reportId", r.id())
                                .add("organisationCode", origin.code())
                                .add("organisationName", origin.name()))
                .add("title", r.title())
                .add("body", r.body())
                .add("proposals", proposals)
                .add("topic", r.topic())
                .add("authors", authors);
        if (r.sourceLabel() != null) {
            body.add("source", r.sourceLabel());
        }
        String json = body.build().toString();
        return Optional.of(new Outgoing(
                d.id(),
                d.baseUrl() + "/api/v1/inbound/reports",
                route == null ? null : route.username(),
                route == null ? null : route.secret(),
                d.idempotencyKey(),
                json));
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

    // --- reading back what became of delivered reports -----------------------------------------------

    /** Delivered reports not read back for {@code every}, delivered within the last year, the longest unread first. */
    public List<Long> toFollow(java.time.Duration every, int max) {
        Instant now = clock.instant();
        return em.createQuery(
                        "select d.id from Delivery d where d.status = :delivered and d.deliveredAt > :since"
                                + " and (d.followedAt is null or d.followedAt < :before) order by d.followedAt nulls first, d.id",
                        Long.class)
                .setParameter("delivered", Delivery.Status.DELIVERED)
                .setParameter("since", now.minus(java.time.Duration.ofDays(400)))
                .setParameter("before", now.minus(every))
                .setMaxResults(max)
                .getResultList();
    }

    /** Where to ask what became of a delivered report, as whom. */
    public Optional<Outgoing> prepareFollow(long deliveryId) {
        Delivery d = em.find(Delivery.class, deliveryId);
        if (d == null || d.status() != Delivery.Status.DELIVERED) {
            return Optional.empty();
        }
        Route route = em.find(Route.class, d.organisationId());
        return Optional.of(new Outgoing(
                d.id(),
                d.baseUrl() + "/api/v1/inbound/reports/" + d.idempotencyKey(),
                route == null ? null : route.username(),
                route == null ? null : route.secret(),
                d.idempotencyKey(),
                null));
    }

    /**
     * Records what the other deployment answered ({@code progress}: its adoptions and instructions of the
     * report) and credits the authors here for what is new, withdraws what was voided there since; one
     * transaction with the follow-up time, so a crash between them credits nothing twice.
     */
    public void followed(long deliveryId, JsonObject progress) {
        Delivery d = locked(deliveryId);
        Instant now = clock.instant();
        d.followed(now);
        Report report = reports.report(d.reportId()).orElseThrow();
        List<RemoteLedger.Seen> there = new ArrayList<>();
        for (JsonObject a : progress.getJsonArray("adoptions").getValuesAs(JsonObject.class)) {
            Instant at = Instant.parse(a.getString("adoptedAt"));
            there.add(new RemoteLedger.Seen(
                    RemoteCredit.Kind.ADOPTION,
                    RemoteLedger.adoptionKey(a.getString("organisationCode"), at.getEpochSecond()),
                    InstructionLevel.valueOf(a.getString("level")),
                    time.day(at, report.organisationId()),
                    a.getString("organisationName"),
                    a.getBoolean("voided", false)));
        }
        for (JsonObject i : progress.getJsonArray("instructions").getValuesAs(JsonObject.class)) {
            there.add(new RemoteLedger.Seen(
                    RemoteCredit.Kind.INSTRUCTION,
                    i.getJsonNumber("id").toString(),
                    InstructionLevel.valueOf(i.getString("level")),
                    LocalDate.parse(i.getString("givenOn")),
                    i.getString("leaderName"),
                    false));
        }
        List<RemoteCredit> recorded = em.createQuery(
                        "select c from RemoteCredit c where c.reportId = :r", RemoteCredit.class)
                .setParameter("r", d.reportId())
                .getResultList();
        RemoteLedger.Changes changes = RemoteLedger.compare(recorded, there);
        for (RemoteLedger.Seen s : changes.credit()) {
            em.persist(new RemoteCredit(d, s.kind(), s.key(), s.level(), s.on(), s.label(), now));
            credits.credit(report, category(s), source(report, s.kind(), s.key()), s.on());
        }
        for (RemoteCredit c : changes.withdraw()) {
            c.voided(now);
            credits.withdraw(source(report, c.kind(), c.remoteKey()), "adoption voided at " + c.label());
        }
    }

    /** The other deployment could not say (no answer, an error): asked again at the next round. */
    public void notFollowed(long deliveryId) {
        Delivery d = locked(deliveryId);
        d.followed(clock.instant());
    }

    private static DutyCategory category(RemoteLedger.Seen s) {
        return DutyCategory.valueOf((s.kind() == RemoteCredit.Kind.ADOPTION ? "INFO_ADOPTED_" : "INSTRUCTION_")
                + s.level().name());
    }

    private static SourceRef source(Report report, RemoteCredit.Kind kind, String key) {
        return SourceRef.of(
                "inforeport",
                kind == RemoteCredit.Kind.ADOPTION ? "adopted-remote" : "instructed-remote",
                report.id() + "-" + key);
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
