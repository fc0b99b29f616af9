package org.tongxin.inforeport.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.tongxin.inforeport.domain.Delivery;
import org.tongxin.inforeport.domain.Draft;
import org.tongxin.inforeport.domain.Inbound;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAction;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.ReportVersion;
import org.tongxin.inforeport.domain.Route;
import org.tongxin.inforeport.domain.Topic;
import org.tongxin.inforeport.domain.Transition;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.CallerNames;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

@Stateless
public class ForwardingServiceBean implements ForwardingService {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    ReportRepository reports;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    CallerNames callerNames;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public List<RouteDetails> routes() {
        return em.createQuery("select r from Route r order by r.organisationId", Route.class)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public RouteDetails putRoute(
            long organisationId,
            String baseUrl,
            String username,
            String password,
            String targetCode,
            String targetName) {
        organisations.find(organisationId).orElseThrow(() -> Problem.notFound("organisation"));
        Route route = em.find(Route.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        boolean fresh = route == null;
        if (fresh) {
            route = new Route(organisationId);
        }
        route.set(baseUrl, username, password, targetCode, targetName, caller().username(), clock.instant());
        RouteAddresses.check(route.baseUrl());
        if (fresh) {
            em.persist(route);
        }
        em.flush();
        return view(route);
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public void deleteRoute(long organisationId) {
        Route route = em.find(Route.class, organisationId);
        if (route == null) {
            throw Problem.notFound("route");
        }
        em.remove(route);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public long retry(long reportId) {
        Caller caller = caller();
        Delivery d = em.createQuery("select d from Delivery d where d.reportId = :r", Delivery.class)
                .setParameter("r", reportId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Problem.notFound("delivery"));
        if (d.organisationId() != caller.visible().ownId()) {
            throw Problem.notFound("delivery");
        }
        if (d.status() == Delivery.Status.DELIVERED) {
            throw Problem.conflict("already-delivered", "problem.delivery.delivered");
        }
        d.retryNow(em.find(Route.class, d.organisationId()), clock.instant());
        return d.id();
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public long followable(long reportId) {
        Delivery d = em.createQuery("select d from Delivery d where d.reportId = :r", Delivery.class)
                .setParameter("r", reportId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Problem.notFound("delivery"));
        if (d.organisationId() != caller().visible().ownId()) {
            throw Problem.notFound("delivery");
        }
        if (d.status() != Delivery.Status.DELIVERED) {
            throw Problem.conflict("not-delivered", "problem.delivery.not-delivered");
        }
        return d.id();
    }

    @Override
    @RolesAllowed(Role.SERVICE_CODE)
    public Optional<ReceivedReportSummary> received(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return Optional.empty();
        }
        Inbound in = em.find(Inbound.class, idempotencyKey.strip());
        return Optional.ofNullable(in)
                .map(i -> new ReceivedReportSummary(
                        i.reportId(),
                        reports.report(i.reportId()).map(r -> r.state().name()).orElse(""),
                        true));
    }

    @Override
    @RolesAllowed(Role.SERVICE_CODE)
    public ReportProgressDetails progress(String idempotencyKey) {
        Inbound in = idempotencyKey == null || idempotencyKey.isBlank()
                ? null
                : em.find(Inbound.class, idempotencyKey.strip());
        if (in == null || !in.receivedBy().equals(caller().username())) {
            throw Problem.notFound("report");
        }
        Report r = reports.report(in.reportId()).orElseThrow(() -> Problem.notFound("report"));
        List<ReportProgressDetails.Adoption> adoptions = reports.adoptions(r.id()).stream()
                .map(a -> {
                    OrganisationSummary o =
                            organisations.find(a.organisationId()).orElseThrow();
                    return new ReportProgressDetails.Adoption(
                            o.code(), o.name(), a.level().name(), a.adoptedAt(), !a.standing());
                })
                .toList();
        List<ReportProgressDetails.Instruction> instructions = reports.instructions(r.id()).stream()
                .map(i ->
                        new ReportProgressDetails.Instruction(i.id(), i.level().name(), i.givenOn(), i.leaderName()))
                .toList();
        return new ReportProgressDetails(r.id(), r.state().name(), adoptions, instructions);
    }

    @Override
    @RolesAllowed(Role.SERVICE_CODE)
    public ReceivedReportSummary receive(String idempotencyKey, InboundReport asked) {
        String key = idempotencyKey == null ? "" : idempotencyKey.strip();
        if (key.isEmpty() || key.length() > 80) {
            throw Problem.field("Idempotency-Key", "invalid-idempotency-key", "problem.inbound.key");
        }
        Optional<ReceivedReportSummary> earlier = received(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (asked == null || asked.origin() == null || asked.origin().reportId() == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        InboundReport.Origin origin = asked.origin();
        OrganisationSummary target = organisations
                .findByCode(
                        asked.targetOrganisationCode() == null
                                ? ""
                                : asked.targetOrganisationCode().strip())
                .orElseThrow(() -> Problem.field(
                        "targetOrganisationCode", "unknown-organisation", "problem.inbound.organisation"));
        String originCode = required(origin.organisationCode(), "origin.organisationCode", 40);
        String originName = required(origin.organisationName(), "origin.organisationName", 100);
        String deployment = required(origin.deployment(), "origin.deployment", 300);
        Draft sent = new Draft(asked.title(), asked.body(), asked.proposals(), asked.topic());
        // a topic not known here (another deployment's own, or one this platform never had) does not refuse the
        // report: it is filed under "other" (docs/api.md)
        boolean known = reports.topic(sent.topic())
                .filter(t -> t.global() || t.organisationId() == target.id())
                .isPresent();
        Draft draft = known ? sent : new Draft(sent.title(), sent.body(), sent.proposals(), Topic.OTHER);
        Caller caller = caller();
        long writtenIn = organisations
                .findByCode(originCode)
                .map(OrganisationSummary::id)
                .orElse(target.id());
        Report report = Report.received(writtenIn, target.id(), caller.accountId(), draft, clock.instant());
        if (asked.source() != null && !asked.source().isBlank()) {
            report.comesFrom(null, required(asked.source(), "source", 160));
        }
        reports.add(report);
        reports.flush();
        reports.add(new ReportVersion(report, 1, ReportVersion.Kind.AUTHOR, caller.username(), clock.instant()));
        String authors = String.join(
                "、",
                asked.authors() == null
                        ? List.of()
                        : asked.authors().stream()
                                .filter(a -> a != null && !a.isBlank())
                                .map(String::strip)
                                .toList());
        String name = callerNames.displayName(session.getCallerPrincipal());
        reports.add(new Transition(
                report,
                target.id(),
                ReportAction.RECEIVE,
                null,
                caller.username(),
                name,
                originName + " #" + origin.reportId(),
                clock.instant()));
        em.persist(new Inbound(
                key,
                report,
                deployment,
                origin.reportId(),
                originCode,
                originName,
                authors,
                caller.username(),
                clock.instant()));
        em.flush();
        return new ReceivedReportSummary(report.id(), report.state().name(), false);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw Problem.field(field, "required", "problem.required");
        }
        if (value.strip().length() > max) {
            throw Problem.field(field, "too-long", "problem.text.too-long", max);
        }
        return value.strip();
    }

    private RouteDetails view(Route r) {
        return new RouteDetails(
                r.organisationId(),
                organisations.name(r.organisationId()),
                r.baseUrl(),
                r.username(),
                r.targetCode(),
                r.targetName(),
                r.updatedAt(),
                r.updatedBy());
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
