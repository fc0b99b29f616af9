package org.tongxin.inforeport.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportQuery;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.ReportSearch;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Role;

/** Lists and look-alikes of reports, from the full-text index once it is ready, else from the database; always in the caller's scope. */
@Stateless
public class ReportSearchServiceBean implements ReportSearchService {

    @Inject
    ReportRepository reports;

    @EJB
    ReportSearch search;

    @Inject
    ReportAccess access;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Callers callers;

    @Inject
    java.time.Clock clock;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public Page<ReportSummary> list(ReportQuery query, Page.Request page) {
        Caller caller = caller();
        ReportRepository.Scope scope = access.scope(caller);
        Map<Long, String> names = new HashMap<>();
        if (!query.plain() || search.ready()) {
            // the index holds what a row shows: no report is read from the database
            ReportSearch.Rows rows = search.list(scope, query, page.offset(), page.size());
            List<ReportSummary> items = rows.rows().stream()
                    .map(r -> new ReportSummary(
                            r.id(),
                            r.title(),
                            r.topic(),
                            r.state().name(),
                            r.organisationId(),
                            name(names, r.organisationId()),
                            r.currentOrganisationId(),
                            name(names, r.currentOrganisationId()),
                            r.firstAuthor(),
                            r.submittedAt(),
                            r.updatedAt()))
                    .toList();
            return new Page<>(items, page.page(), page.size(), rows.total());
        }
        List<Report> found = reports.search(scope, query, page.offset(), page.size());
        long total = reports.count(scope, query);
        return new Page<>(summaries(found, names), page.page(), page.size(), total);
    }

    private static final List<ReportState> OPEN = List.of(ReportState.DRAFT, ReportState.RETURNED);

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public Page<ReportSummary> myOpen(int limit) {
        Caller caller = caller();
        int size = Math.max(1, Math.min(limit, 20));
        List<Long> orgs = organisations.matching(caller.visible().pathPattern()).stream()
                .map(org.tongxin.platform.application.OrganisationSummary::id)
                .toList();
        long total = reports.countOfFirstAuthor(caller.accountId(), OPEN, orgs);
        List<Report> found = total == 0 ? List.of() : reports.ofFirstAuthor(caller.accountId(), OPEN, orgs, size);
        return new Page<>(summaries(found, new HashMap<>()), 0, size, total);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public Page<ReportSummary> waitingHere(int limit) {
        Caller caller = caller();
        int size = Math.max(1, Math.min(limit, 20));
        long org = caller.visible().ownId();
        long total = reports.countHeld(org, ReportState.SUBMITTED, null);
        List<Report> found = total == 0 ? List.of() : reports.held(org, ReportState.SUBMITTED, null, size);
        return new Page<>(summaries(found, new HashMap<>()), 0, size, total);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public long waitingHereLongerThan(int days) {
        Caller caller = caller();
        return reports.countHeld(
                caller.visible().ownId(),
                ReportState.SUBMITTED,
                clock.instant().minus(java.time.Duration.ofDays(Math.max(0, days))));
    }

    private List<ReportSummary> summaries(List<Report> found, Map<Long, String> names) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReportAuthor>> authors =
                reports.authors(found.stream().map(Report::id).toList());
        return found.stream()
                .map(r -> new ReportSummary(
                        r.id(),
                        r.title(),
                        r.topic(),
                        r.state().name(),
                        r.organisationId(),
                        name(names, r.organisationId()),
                        r.currentOrganisationId(),
                        name(names, r.currentOrganisationId()),
                        authors.getOrDefault(r.id(), List.of()).stream()
                                .filter(ReportAuthor::first)
                                .map(ReportAuthor::memberName)
                                .findFirst()
                                .orElse(""),
                        r.submittedAt(),
                        r.updatedAt()))
                .toList();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<SimilarReportSummary> similar(String title, String body, Long excluding, int limit) {
        Caller caller = caller();
        ReportRepository.Scope scope = access.scope(caller);
        List<Long> ids = search.similar(scope, title, body, excluding, Math.max(1, Math.min(limit, 20)))
                .ids();
        Set<Long> visible = search.visible(scope, ids);
        Map<Long, String> names = new HashMap<>();
        return reports.reports(ids).stream()
                .map(r -> new SimilarReportSummary(
                        r.id(),
                        r.title(),
                        r.state().name(),
                        name(names, r.organisationId()),
                        r.updatedAt(),
                        visible.contains(r.id())))
                .toList();
    }

    @Override
    @RolesAllowed({Role.INFO_EDITOR_CODE, Role.LEADER_CODE, Role.SYS_ADMIN_CODE})
    public ReportSearch.Status indexStatus() {
        return search.status();
    }

    private String name(Map<Long, String> cache, long id) {
        return cache.computeIfAbsent(id, organisations::name);
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
