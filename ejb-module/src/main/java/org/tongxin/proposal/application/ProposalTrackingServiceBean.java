package org.tongxin.proposal.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.committee.application.TableSheet;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.DepartmentDirectory;
import org.tongxin.platform.application.DepartmentSummary;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.proposal.domain.AnswerCategory;
import org.tongxin.proposal.domain.PlenarySession;
import org.tongxin.proposal.domain.PlenarySessions;
import org.tongxin.proposal.domain.Proposal;
import org.tongxin.proposal.domain.ProposalSession;
import org.tongxin.proposal.domain.ProposalState;
import org.tongxin.proposal.domain.ProposalTracking;
import org.tongxin.proposal.domain.Rating;

/** The proposal office's follow-up (see {@link ProposalTrackingService}). */
@Stateless
public class ProposalTrackingServiceBean implements ProposalTrackingService {

    private static final Set<ProposalState> ACCEPTED = Set.of(
            ProposalState.ACCEPTED,
            ProposalState.ASSIGNED,
            ProposalState.ANSWERED,
            ProposalState.DELIVERED,
            ProposalState.REHANDLING,
            ProposalState.RATED,
            ProposalState.DONE);
    private static final Set<ProposalState> ASSIGNED = Set.of(
            ProposalState.ASSIGNED,
            ProposalState.ANSWERED,
            ProposalState.DELIVERED,
            ProposalState.REHANDLING,
            ProposalState.RATED,
            ProposalState.DONE);
    private static final Set<ProposalState> ANSWERED = Set.of(
            ProposalState.ANSWERED,
            ProposalState.DELIVERED,
            ProposalState.REHANDLING,
            ProposalState.RATED,
            ProposalState.DONE);
    /** The rating stands (a first "not satisfied" sent to re-handling does not). */
    private static final Set<ProposalState> RATED = Set.of(ProposalState.RATED, ProposalState.DONE);

    @Inject
    ProposalTracking tracking;

    @Inject
    ProposalReminders reminders;

    @Inject
    Callers callers;

    @Inject
    MemberDirectory members;

    @Inject
    DepartmentDirectory departments;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Inject
    TableSheet sheets;

    @Inject
    PlenarySessions sessions;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public Page<ProposalSummary> overdue(Page.Request page) {
        long org = organisation();
        LocalDate today = time.today(org);
        long total = tracking.countOverdue(org, today);
        List<Proposal> list = total == 0 ? List.of() : tracking.overdue(org, today, page.offset(), page.size());
        Set<Long> memberIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        list.forEach(p -> {
            memberIds.add(p.proposerId());
            unitIds.add(p.leadDepartmentId());
        });
        Map<Long, String> names = members.names(memberIds);
        Map<Long, DepartmentSummary> units = departments.all(unitIds);
        List<ProposalSummary> rows = list.stream()
                .map(p -> new ProposalSummary(
                        p.id(),
                        p.organisationId(),
                        p.year(),
                        p.title(),
                        p.kind(),
                        p.proposerId(),
                        names.getOrDefault(p.proposerId(), ""),
                        p.state(),
                        p.createdAt(),
                        p.leadDepartmentId(),
                        units.containsKey(p.leadDepartmentId())
                                ? units.get(p.leadDepartmentId()).name()
                                : null,
                        p.due(),
                        p.overdue(today),
                        p.caseNumber()))
                .toList();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public int sendReminders() {
        return reminders.send(organisation());
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public ProposalStatistics statistics(Integer year, ProposalSession filingSession) {
        return statistics(year, filingSession, null);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public ProposalStatistics statistics(Integer year, ProposalSession session, Long sessionId) {
        long org = organisation();
        // a dated plenary session: its proposals whatever their filing year (the year shown is its opening's)
        PlenarySession plenary = sessionId == null
                ? null
                : sessions.session(sessionId)
                        .filter(s -> s.organisationId() == org)
                        .orElseThrow(() -> Problem.field("sessionId", "invalid-input", "problem.invalid-input"));
        ProposalSession filingSession = plenary == null ? session : ProposalSession.PLENARY;
        int y = plenary != null ? plenary.opensOn().getYear() : year == null ? time.year(org) : year;
        Integer yearFilter = plenary == null ? y : null;
        long filed = 0;
        long accepted = 0;
        long notAccepted = 0;
        long assigned = 0;
        long answered = 0;
        long onTime = 0;
        long rated = 0;
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (AnswerCategory c : AnswerCategory.values()) {
            byCategory.put(c.name(), 0L);
        }
        Map<String, Long> byRating = new LinkedHashMap<>();
        for (Rating r : Rating.values()) {
            byRating.put(r.name(), 0L);
        }
        for (Object[] row : tracking.figures(org, yearFilter, filingSession, sessionId)) {
            ProposalState state = (ProposalState) row[0];
            long n = ((Number) row[3]).longValue();
            filed += state == ProposalState.DRAFT ? 0 : n;
            accepted += ACCEPTED.contains(state) ? n : 0;
            notAccepted += state == ProposalState.NOT_ACCEPTED ? n : 0;
            assigned += ASSIGNED.contains(state) ? n : 0;
            if (ANSWERED.contains(state)) {
                answered += n;
                onTime += row[4] == null ? 0 : ((Number) row[4]).longValue();
                if (row[1] != null) {
                    byCategory.merge(((AnswerCategory) row[1]).name(), n, Long::sum);
                }
            }
            if (RATED.contains(state) && row[2] != null) {
                rated += n;
                byRating.merge(((Rating) row[2]).name(), n, Long::sum);
            }
        }
        LocalDate today = time.today(org);
        Map<Long, long[]> perUnit = new HashMap<>();
        for (Object[] row : tracking.unitFigures(org, yearFilter, filingSession, sessionId, today)) {
            long unit = ((Number) row[0]).longValue();
            ProposalState state = (ProposalState) row[1];
            Rating rating = (Rating) row[2];
            long n = ((Number) row[3]).longValue();
            long[] c = perUnit.computeIfAbsent(unit, k -> new long[6]);
            c[0] += n;
            if (ANSWERED.contains(state)) {
                c[1] += n;
                c[2] += row[4] == null ? 0 : ((Number) row[4]).longValue();
            }
            c[3] += row[5] == null ? 0 : ((Number) row[5]).longValue();
            if (RATED.contains(state) && rating != null) {
                c[4] += n;
                c[5] += rating == Rating.NOT_SATISFIED ? 0 : n;
            }
        }
        Map<Long, DepartmentSummary> names = departments.all(perUnit.keySet());
        List<ProposalStatistics.UnitRow> units = new ArrayList<>();
        long overdue = 0;
        for (Map.Entry<Long, long[]> e : perUnit.entrySet()) {
            long[] c = e.getValue();
            overdue += c[3];
            DepartmentSummary d = names.get(e.getKey());
            units.add(new ProposalStatistics.UnitRow(
                    e.getKey(),
                    d == null ? "" : d.name(),
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[4],
                    c[5],
                    rate(c[2], c[1]),
                    rate(c[5], c[4])));
        }
        units.sort(LEAGUE);
        long satisfied = byRating.get(Rating.SATISFIED.name()) + byRating.get(Rating.BASICALLY_SATISFIED.name());
        return new ProposalStatistics(
                org,
                organisations.name(org),
                y,
                filingSession,
                filed,
                accepted,
                notAccepted,
                assigned,
                answered,
                onTime,
                overdue,
                byCategory,
                byRating,
                rated,
                rate(satisfied, rated),
                units,
                plenary == null ? null : plenary.id(),
                plenary == null ? null : plenary.name());
    }

    /**
     * The units' league table: the on-time rate first, then the satisfaction rate, then the most proposals led, then
     * the name; a unit without a rate (nothing answered or rated yet) after those with one.
     */
    static final Comparator<ProposalStatistics.UnitRow> LEAGUE = Comparator.comparing(
                    ProposalStatistics.UnitRow::onTimeRate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(
                    ProposalStatistics.UnitRow::satisfactionRate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Comparator.comparingLong(ProposalStatistics.UnitRow::assigned)
                    .reversed())
            .thenComparing(ProposalStatistics.UnitRow::unitName);

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public byte[] export(Integer year, ProposalSession filingSession, Map<String, String> labels) {
        return export(year, filingSession, null, labels);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public byte[] export(Integer year, ProposalSession filingSession, Long sessionId, Map<String, String> labels) {
        ProposalStatistics s = statistics(year, filingSession, sessionId);
        java.util.function.Function<String, String> l = k -> labels == null ? k : labels.getOrDefault(k, k);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(
                s.organisationName(),
                l.apply("statistics.year"),
                s.year(),
                l.apply("statistics.session"),
                s.sessionName() != null
                        ? s.sessionName()
                        : s.session() == null
                                ? l.apply("statistics.all-sessions")
                                : l.apply("proposal.session." + s.session().name())));
        rows.add(List.of());
        rows.add(List.of(l.apply("statistics.filed"), s.filed()));
        rows.add(List.of(l.apply("statistics.accepted"), s.accepted()));
        rows.add(List.of(l.apply("statistics.not-accepted"), s.notAccepted()));
        rows.add(List.of(l.apply("statistics.assigned"), s.assigned()));
        rows.add(List.of(l.apply("statistics.answered"), s.answered()));
        rows.add(List.of(l.apply("statistics.on-time"), s.answeredOnTime()));
        rows.add(List.of(l.apply("statistics.overdue"), s.overdue()));
        rows.add(List.of(l.apply("statistics.rated"), s.rated()));
        rows.add(List.of(l.apply("statistics.satisfaction"), percent(s.satisfactionRate())));
        rows.add(List.of());
        rows.add(List.of(l.apply("statistics.by-category")));
        s.byCategory().forEach((k, v) -> rows.add(List.of(l.apply("proposal.category." + k), v)));
        rows.add(List.of());
        rows.add(List.of(l.apply("statistics.by-rating")));
        s.byRating().forEach((k, v) -> rows.add(List.of(l.apply("proposal.rating." + k), v)));
        rows.add(List.of());
        rows.add(List.of(l.apply("statistics.units")));
        rows.add(List.of(
                l.apply("statistics.unit"),
                l.apply("statistics.assigned"),
                l.apply("statistics.answered"),
                l.apply("statistics.on-time"),
                l.apply("statistics.overdue"),
                l.apply("statistics.rated"),
                l.apply("statistics.satisfied"),
                l.apply("statistics.on-time-rate"),
                l.apply("statistics.satisfaction")));
        for (ProposalStatistics.UnitRow u : s.units()) {
            rows.add(List.of(
                    u.unitName(),
                    u.assigned(),
                    u.answered(),
                    u.answeredOnTime(),
                    u.overdue(),
                    u.rated(),
                    u.satisfied(),
                    percent(u.onTimeRate()),
                    percent(u.satisfactionRate())));
        }
        return sheets.write(l.apply("statistics.title"), List.of(s.organisationName(), "", "", "", ""), rows);
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    private long organisation() {
        return callers.caller(session.getCallerPrincipal()).visible().ownId();
    }
}
