package org.tongxin.inforeport.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.inforeport.domain.Adoption;
import org.tongxin.inforeport.domain.CombinedSource;
import org.tongxin.inforeport.domain.Delivery;
import org.tongxin.inforeport.domain.Inbound;
import org.tongxin.inforeport.domain.MoveFacts;
import org.tongxin.inforeport.domain.RemoteCredit;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAction;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.OrganisationDirectory;

/**
 * A report in full as the caller reads it ({@link ReportDetails}): text, authors, adoptions, instructions,
 * combined sources, delivery and origin, and the moves open to the caller now, which the report itself
 * decides ({@link Report#openMoves}) on the same facts a move is checked on.
 */
@Dependent
class ReportDetailAssembly {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    ReportRepository reports;

    @Inject
    ReportSurroundings surroundings;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    MemberDirectory directory;

    ReportDetails of(Report r, Caller caller) {
        Map<Long, String> names = new HashMap<>();
        List<ReportAuthor> authors = reports.authors(r.id());
        boolean mine = authors.stream().anyMatch(a -> a.accountId() != null && a.accountId() == caller.accountId());
        boolean firstAuthor = authors.stream()
                .anyMatch(a -> a.first() && a.accountId() != null && a.accountId() == caller.accountId());
        List<Adoption> adopted = reports.adoptions(r.id());
        MoveFacts facts = surroundings.facts(r, caller, adopted);
        List<String> actions = r.openMoves(surroundings.part(r, caller, firstAuthor), facts).stream()
                .map(ReportAction::name)
                .toList();
        Delivery delivery = facts.delivering() ? surroundings.delivery(r.id()) : null;
        Inbound inbound = em.createQuery("select i from Inbound i where i.reportId = :r", Inbound.class)
                .setParameter("r", r.id())
                .getResultStream()
                .findFirst()
                .orElse(null);
        return new ReportDetails(
                r.id(),
                r.title(),
                r.body(),
                r.proposals(),
                r.topic(),
                r.state().name(),
                r.organisationId(),
                name(names, r.organisationId()),
                r.currentOrganisationId(),
                name(names, r.currentOrganisationId()),
                authors.stream()
                        .map(a -> new ReportDetails.Author(
                                a.memberId(),
                                a.memberName(),
                                a.first() ? (authors.size() == 1 ? "SOLE" : "FIRST_AUTHOR") : "CO_AUTHOR"))
                        .toList(),
                r.createdAt(),
                r.submittedAt(),
                adopted.stream()
                        .map(a -> new ReportDetails.Adoption(
                                a.organisationId(),
                                name(names, a.organisationId()),
                                a.level().name(),
                                a.adoptedAt(),
                                !a.standing()))
                        .toList(),
                reports.instructions(r.id()).stream()
                        .map(i -> new ReportDetails.Instruction(
                                i.id(),
                                i.leaderName(),
                                i.level().name(),
                                i.givenOn(),
                                i.text(),
                                i.department(),
                                i.result()))
                        .toList(),
                mine,
                actions,
                r.version(),
                r.isCombined(),
                reports.sources(r.id()).stream().map(CombinedSource::sourceId).toList(),
                reports.mergedInto(r.id()).map(CombinedSource::combinedId).orElse(null),
                delivery == null
                        ? null
                        : new ReportDetails.Delivery(
                                delivery.status().name(),
                                delivery.targetCode(),
                                delivery.targetName(),
                                delivery.baseUrl(),
                                delivery.attempts(),
                                delivery.nextAttemptAt(),
                                delivery.lastError(),
                                delivery.remoteReportId(),
                                delivery.createdAt(),
                                delivery.deliveredAt(),
                                delivery.followedAt(),
                                earnedThere(r.id())),
                inbound == null
                        ? null
                        : new ReportDetails.Origin(
                                inbound.originDeployment(),
                                inbound.originReportId(),
                                inbound.originOrganisationCode(),
                                inbound.originOrganisationName(),
                                inbound.authors(),
                                inbound.receivedAt()),
                source(r));
    }

    /** Where the report comes from, when a contact point was named: its liaison group as it is now. */
    private ReportDetails.Source source(Report r) {
        if (r.sourceLabel() == null) {
            return null;
        }
        MemberDirectory.PointRef point = r.sourcePointId() == null
                ? null
                : directory.points(List.of(r.sourcePointId())).get(r.sourcePointId());
        return new ReportDetails.Source(
                r.sourcePointId(),
                r.sourceLabel(),
                point == null ? null : point.groupId(),
                point == null ? null : point.groupName());
    }

    private List<ReportDetails.RemoteCredit> earnedThere(long reportId) {
        return em.createQuery(
                        "select c from RemoteCredit c where c.reportId = :r order by c.occurredOn, c.id",
                        RemoteCredit.class)
                .setParameter("r", reportId)
                .getResultStream()
                .map(c -> new ReportDetails.RemoteCredit(
                        c.kind().name(),
                        c.level().name(),
                        c.occurredOn(),
                        c.label(),
                        c.recordedAt(),
                        c.voidedAt() != null))
                .toList();
    }

    private String name(Map<Long, String> cache, long id) {
        return cache.computeIfAbsent(id, organisations::name);
    }
}
