package org.tongxin.home.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongxin.committee.application.ConcernCountRow;
import org.tongxin.committee.application.ConcernService;
import org.tongxin.committee.application.LiaisonService;
import org.tongxin.committee.application.PointCoverage;
import org.tongxin.committee.application.RosterService;
import org.tongxin.consultation.application.ConsultationActivityService;
import org.tongxin.consultation.application.GrassrootsCounts;
import org.tongxin.consultation.application.GrassrootsService;
import org.tongxin.duty.application.DutyService;
import org.tongxin.inforeport.application.ReportStatsService;
import org.tongxin.inforeport.application.ReportTotals;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.proposal.application.ProposalStatistics;
import org.tongxin.proposal.application.ProposalTrackingService;
import org.tongxin.studyhall.application.ActivityCounts;
import org.tongxin.studyhall.application.ActivityService;

/**
 * Assembles the leader's dashboard (also open to office staff, issue 20, with the same scope): each context counts its own figures in the database, within the caller's
 * organisations, through its application service; nothing here reads another context's tables. One read-only
 * transaction for the whole dashboard.
 */
@Stateless
public class DashboardServiceBean implements DashboardService {

    @EJB
    RosterService roster;

    @EJB
    LiaisonService liaison;

    @EJB
    ConcernService concerns;

    @EJB
    ReportStatsService reportStats;

    @EJB
    ActivityService activities;

    @EJB
    DutyService duty;

    @EJB
    ConsultationActivityService consultations;

    @EJB
    GrassrootsService grassroots;

    @EJB
    ProposalTrackingService proposals;

    @Inject
    DashboardDocuments documents;

    @Inject
    Callers callers;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.LEADER_CODE, Role.OFFICE_STAFF_CODE})
    public Dashboard dashboard(LocalDate from, LocalDate to) {
        Caller caller = callers.caller(session.getCallerPrincipal());
        long own = caller.visible().ownId();
        LocalDate today = time.today(own);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (end.isBefore(start) || start.plusYears(5).isBefore(end)) {
            throw Problem.field("to", "invalid-period", "problem.dashboard.period");
        }
        int year = end.getYear();
        List<OrganisationSummary> subtree =
                organisations.matching(caller.visible().pathPattern());
        return new Dashboard(
                start,
                end,
                year,
                own,
                organisations.name(own),
                subtree.size(),
                members(),
                coverage(),
                concerns(own, start, end),
                reports(start, end),
                activities(start, end),
                grades(year),
                consultations(year, start, end),
                proposals(year));
    }

    /** The active members by position: one statement for all positions and organisations (issue 22). */
    private Dashboard.Members members() {
        RosterService.ActiveMembers m = roster.activeMembers();
        return new Dashboard.Members(m.active(), new LinkedHashMap<>(m.byPosition()), "/committee/roster.xhtml");
    }

    private Dashboard.Coverage coverage() {
        PointCoverage c = liaison.coverage();
        return new Dashboard.Coverage(c.points(), c.covered(), c.rate(), "/committee/liaison.xhtml");
    }

    private Dashboard.Concerns concerns(long own, LocalDate from, LocalDate to) {
        List<ConcernCountRow> rows = concerns.counts(own, from, to);
        return new Dashboard.Concerns(
                rows.stream().mapToLong(ConcernCountRow::collected).sum(),
                rows.stream().mapToLong(ConcernCountRow::resolved).sum(),
                rows.stream().mapToLong(ConcernCountRow::unresolved).sum(),
                rows.stream().mapToLong(ConcernCountRow::open).sum(),
                rows.stream()
                        .map(r -> new Dashboard.OrganisationRow(
                                r.organisationId(), r.organisationName(), r.collected(), r.resolved()))
                        .toList(),
                "/committee/concerns.xhtml?from=" + from + "&to=" + to);
    }

    private Dashboard.Reports reports(LocalDate from, LocalDate to) {
        ReportTotals s = reportStats.totals(from, to);
        return new Dashboard.Reports(
                s.received(),
                s.adopted(),
                s.forwarded(),
                s.declined(),
                s.instructions().values().stream().mapToLong(Long::longValue).sum(),
                new LinkedHashMap<>(s.instructions()),
                // the statistics page is the editors' and the leaders' only: office staff get the figures without it
                session.isCallerInRole(Role.LEADER_CODE) || session.isCallerInRole(Role.INFO_EDITOR_CODE)
                        ? "/inforeport/stats.xhtml?from=" + from + "&to=" + to
                        : null);
    }

    private Dashboard.Activities activities(LocalDate from, LocalDate to) {
        ActivityCounts c = activities.counts(from, to);
        List<Dashboard.KindRow> kinds = c.rows().stream()
                .map(r -> new Dashboard.KindRow(r.kind(), r.activities(), r.attendances()))
                .toList();
        return new Dashboard.Activities(
                c.activities(),
                c.attendances(),
                c.noShows(),
                held(kinds, "READING_SHARING"),
                held(kinds, "SALON"),
                kinds,
                "/studyhall/activities.xhtml");
    }

    private static long held(List<Dashboard.KindRow> kinds, String kind) {
        return kinds.stream()
                .filter(k -> k.kind().equals(kind))
                .mapToLong(Dashboard.KindRow::activities)
                .sum();
    }

    /**
     * Each organisation's members graded by its own rule set of the year, summed over the subtree: one statement
     * for the whole subtree, however many organisations (issue 22).
     */
    private Dashboard.Grades grades(int year) {
        Map<String, Long> byGrade = new LinkedHashMap<>(duty.gradesOfVisibleOrganisations(year));
        long members = byGrade.values().stream().mapToLong(Long::longValue).sum();
        return new Dashboard.Grades(year, members, byGrade, "/committee/ranking.xhtml");
    }

    private Dashboard.Consultations consultations(int year, LocalDate from, LocalDate to) {
        Map<String, Long> byState = consultations.countsByState(year);
        long all = byState.values().stream().mapToLong(Long::longValue).sum();
        GrassrootsCounts g = grassroots.counts(from, to);
        return new Dashboard.Consultations(
                year,
                all,
                byState,
                g.demandsCollected(),
                g.topics(),
                g.consultations(),
                g.solved(),
                "/consultation/activities.xhtml",
                "/consultation/grassroots.xhtml");
    }

    private Dashboard.Proposals proposals(int year) {
        ProposalStatistics s = proposals.statistics(year, null);
        return new Dashboard.Proposals(
                year,
                s.filed(),
                s.accepted(),
                s.answered(),
                s.answeredOnTime(),
                s.overdue(),
                s.satisfactionRate(),
                "/proposal/statistics.xhtml?year=" + year);
    }

    @Override
    @RolesAllowed({Role.LEADER_CODE, Role.OFFICE_STAFF_CODE})
    public byte[] workbook(LocalDate from, LocalDate to, Map<String, String> labels) {
        Dashboard d = dashboard(from, to);
        return documents.workbook(
                text(labels, "dashboard.title"),
                heading(d, labels),
                List.of(text(labels, "dashboard.figure"), text(labels, "dashboard.value")),
                sections(d, labels));
    }

    @Override
    @RolesAllowed({Role.LEADER_CODE, Role.OFFICE_STAFF_CODE})
    public byte[] pdf(LocalDate from, LocalDate to, Map<String, String> labels) {
        Dashboard d = dashboard(from, to);
        return documents.pdf(
                text(labels, "dashboard.title"),
                heading(d, labels),
                sections(d, labels),
                text(labels, "dashboard.page"));
    }

    private static List<String> heading(Dashboard d, Map<String, String> labels) {
        return List.of(
                text(labels, "dashboard.scope") + "：" + d.organisationName(),
                text(labels, "dashboard.period") + "：" + d.from() + " – " + d.to());
    }

    /** The dashboard's figures as titled sections of labelled lines, in the page's order. */
    static List<DashboardDocuments.Section> sections(Dashboard d, Map<String, String> l) {
        List<DashboardDocuments.Section> s = new ArrayList<>();
        List<DashboardDocuments.Line> members = new ArrayList<>();
        members.add(line(l, "dashboard.members.active", d.members().active()));
        d.members().byPosition().forEach((k, v) -> members.add(line(l, "position." + k, v)));
        s.add(section(l, "dashboard.members", members));
        s.add(section(
                l,
                "dashboard.coverage",
                List.of(
                        line(l, "dashboard.coverage.points", d.coverage().points()),
                        line(l, "dashboard.coverage.covered", d.coverage().covered()),
                        line(l, "dashboard.coverage.rate", share(d.coverage().rate())))));
        List<DashboardDocuments.Line> concerns = new ArrayList<>(List.of(
                line(l, "dashboard.concerns.collected", d.concerns().collected()),
                line(l, "dashboard.concerns.resolved", d.concerns().resolved()),
                line(l, "dashboard.concerns.unresolved", d.concerns().unresolved()),
                line(l, "dashboard.concerns.open", d.concerns().open())));
        d.concerns()
                .byOrganisation()
                .forEach(r -> concerns.add(new DashboardDocuments.Line(
                        r.name() + " · " + text(l, "dashboard.concerns.collected") + "/"
                                + text(l, "dashboard.concerns.resolved"),
                        r.collected() + "/" + r.resolved())));
        s.add(section(l, "dashboard.concerns", concerns));
        List<DashboardDocuments.Line> reports = new ArrayList<>(List.of(
                line(l, "dashboard.reports.received", d.reports().received()),
                line(l, "dashboard.reports.adopted", d.reports().adopted()),
                line(l, "dashboard.reports.forwarded", d.reports().forwarded()),
                line(l, "dashboard.reports.declined", d.reports().declined()),
                line(l, "dashboard.reports.instructions", d.reports().instructions())));
        d.reports()
                .instructionsByLevel()
                .forEach((k, v) -> reports.add(new DashboardDocuments.Line(
                        text(l, "dashboard.reports.instructions") + " · " + text(l, "level." + k), v)));
        s.add(section(l, "dashboard.reports", reports));
        List<DashboardDocuments.Line> activities = new ArrayList<>(List.of(
                line(l, "dashboard.activities.held", d.activities().held()),
                line(l, "dashboard.activities.attendances", d.activities().attendances()),
                line(l, "dashboard.activities.no-shows", d.activities().noShows()),
                line(l, "dashboard.activities.reading", d.activities().readingSessions()),
                line(l, "dashboard.activities.salons", d.activities().salons())));
        d.activities()
                .byKind()
                .forEach(k -> activities.add(new DashboardDocuments.Line(
                        text(l, "kind." + k.kind()) + " · " + text(l, "dashboard.activities.attendances"),
                        k.attendances())));
        s.add(section(l, "dashboard.activities", activities));
        List<DashboardDocuments.Line> grades = new ArrayList<>();
        d.grades().byGrade().forEach((k, v) -> grades.add(line(l, "grade." + k, v)));
        s.add(new DashboardDocuments.Section(
                text(l, "dashboard.grades") + "（" + d.grades().year() + "）", grades));
        List<DashboardDocuments.Line> consultations = new ArrayList<>();
        consultations.add(
                line(l, "dashboard.consultations.activities", d.consultations().activities()));
        d.consultations()
                .byState()
                .forEach((k, v) -> consultations.add(new DashboardDocuments.Line(
                        text(l, "dashboard.consultations.activities") + " · " + text(l, "csa.state." + k), v)));
        consultations.add(
                line(l, "dashboard.consultations.demands", d.consultations().demandsCollected()));
        consultations.add(
                line(l, "dashboard.consultations.topics", d.consultations().topics()));
        consultations.add(
                line(l, "dashboard.consultations.meetings", d.consultations().meetings()));
        consultations.add(
                line(l, "dashboard.consultations.solved", d.consultations().solved()));
        s.add(section(l, "dashboard.consultations", consultations));
        s.add(new DashboardDocuments.Section(
                text(l, "dashboard.proposals") + "（" + d.proposals().year() + "）",
                List.of(
                        line(l, "dashboard.proposals.filed", d.proposals().filed()),
                        line(l, "dashboard.proposals.accepted", d.proposals().accepted()),
                        line(l, "dashboard.proposals.answered", d.proposals().answered()),
                        line(l, "dashboard.proposals.on-time", d.proposals().answeredOnTime()),
                        line(l, "dashboard.proposals.overdue", d.proposals().overdue()),
                        line(
                                l,
                                "dashboard.proposals.satisfaction",
                                share(d.proposals().satisfactionRate())))));
        return s;
    }

    private static DashboardDocuments.Section section(
            Map<String, String> l, String key, List<DashboardDocuments.Line> lines) {
        return new DashboardDocuments.Section(text(l, key), lines);
    }

    private static DashboardDocuments.Line line(Map<String, String> l, String key, Object value) {
        return new DashboardDocuments.Line(text(l, key), value);
    }

    private static Object share(Double rate) {
        return rate == null ? "—" : new DashboardDocuments.Share(rate);
    }

    private static String text(Map<String, String> labels, String key) {
        return labels == null ? key : labels.getOrDefault(key, key);
    }
}
