package org.tongxin.inforeport.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.committee.application.TableSheet;
import org.tongxin.inforeport.domain.InstructionLevel;
import org.tongxin.inforeport.domain.ReportAction;
import org.tongxin.inforeport.domain.ReportFigures;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/** Statistics of the caller's organisation, counted from the path, the adoptions and the instructions. */
@Stateless
public class ReportStatsServiceBean implements ReportStatsService {

    private static final int AUTHORS = 100;

    @Inject
    ReportFigures figures;

    @Inject
    MemberDirectory directory;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Inject
    TableSheet sheets;

    @Inject
    Callers callers;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.INFO_EDITOR_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public ReportTotals totals(LocalDate from, LocalDate to) {
        Period period = period(from, to);
        long org = period.org();
        Instant start = period.start();
        Instant end = period.end();
        Map<String, Long> byLevel = new LinkedHashMap<>();
        for (InstructionLevel l : InstructionLevel.values()) {
            byLevel.put(l.name(), 0L);
        }
        figures.instructions(org, from, to)
                .forEach(i -> byLevel.merge(((InstructionLevel) i[1]).name(), 1L, Long::sum));
        return new ReportTotals(
                first(figures.received(org, start, end)).size(),
                figures.adopted(org, start, end).size(),
                figures.moved(org, ReportAction.FORWARD, start, end),
                figures.moved(org, ReportAction.DECLINE, start, end),
                byLevel);
    }

    @Override
    @RolesAllowed({Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public ReportStats stats(LocalDate from, LocalDate to, String topic) {
        // the period and its months in the organisation's own calendar
        Period period = period(from, to);
        long org = period.org();
        ZoneId zone = period.zone();
        Instant start = period.start();
        Instant end = period.end();
        List<ReportFigures.Dated> received = first(figures.received(org, start, end));
        List<ReportFigures.Dated> adopted = figures.adopted(org, start, end);
        List<Object[]> instructions = figures.instructions(org, from, to);
        Set<Long> involved = new HashSet<>();
        received.forEach(d -> involved.add(d.reportId()));
        adopted.forEach(d -> involved.add(d.reportId()));
        instructions.forEach(i -> involved.add((Long) i[0]));
        Map<Long, String> topics = figures.topics(involved);
        boolean filtered = topic != null && !topic.isBlank();
        if (filtered) {
            received = received.stream()
                    .filter(d -> topic.equals(topics.get(d.reportId())))
                    .toList();
            adopted = adopted.stream()
                    .filter(d -> topic.equals(topics.get(d.reportId())))
                    .toList();
            instructions = instructions.stream()
                    .filter(i -> topic.equals(topics.get((Long) i[0])))
                    .toList();
        }
        Map<String, Long> byLevel = new LinkedHashMap<>();
        for (InstructionLevel l : InstructionLevel.values()) {
            byLevel.put(l.name(), 0L);
        }
        instructions.forEach(i -> byLevel.merge(((InstructionLevel) i[1]).name(), 1L, Long::sum));

        Map<String, long[]> byTopic = new TreeMap<>();
        Map<String, long[]> byMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), new long[2]);
        }
        received.forEach(d -> {
            byTopic.computeIfAbsent(topics.get(d.reportId()), k -> new long[2])[0]++;
            byMonth.computeIfAbsent(YearMonth.from(d.at().atZone(zone)).toString(), k -> new long[2])[0]++;
        });
        adopted.forEach(d -> {
            byTopic.computeIfAbsent(topics.get(d.reportId()), k -> new long[2])[1]++;
            byMonth.computeIfAbsent(YearMonth.from(d.at().atZone(zone)).toString(), k -> new long[2])[1]++;
        });

        Set<Long> receivedIds = new HashSet<>();
        received.forEach(d -> receivedIds.add(d.reportId()));
        Set<Long> adoptedIds = new HashSet<>();
        adopted.forEach(d -> adoptedIds.add(d.reportId()));
        Map<Long, Long> instructedReports = new HashMap<>();
        instructions.forEach(i -> instructedReports.merge((Long) i[0], 1L, Long::sum));
        Set<Long> authored = new HashSet<>(receivedIds);
        authored.addAll(adoptedIds);
        authored.addAll(instructedReports.keySet());
        Map<Long, long[]> perMember = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Object[] a : figures.authors(authored)) {
            long report = (Long) a[0];
            long member = (Long) a[1];
            names.put(member, (String) a[2]);
            long[] c = perMember.computeIfAbsent(member, k -> new long[3]);
            c[0] += receivedIds.contains(report) ? 1 : 0;
            c[1] += adoptedIds.contains(report) ? 1 : 0;
            c[2] += instructedReports.getOrDefault(report, 0L);
        }
        Map<Long, String[]> profiles = directory.sectorAndParty(perMember.keySet());
        Map<String, long[]> bySector = new TreeMap<>();
        Map<String, long[]> byParty = new TreeMap<>();
        List<ReportStats.AuthorRow> authors = new ArrayList<>();
        perMember.forEach((member, c) -> {
            String[] p = profiles.getOrDefault(member, new String[] {null, null});
            String sector = p[0] == null ? "—" : p[0];
            String party = p[1] == null ? "—" : p[1];
            long[] s = bySector.computeIfAbsent(sector, k -> new long[2]);
            s[0] += c[0];
            s[1] += c[1];
            long[] q = byParty.computeIfAbsent(party, k -> new long[2]);
            q[0] += c[0];
            q[1] += c[1];
            authors.add(new ReportStats.AuthorRow(member, names.get(member), sector, party, c[0], c[1], c[2]));
        });
        authors.sort(Comparator.comparingLong(ReportStats.AuthorRow::adopted)
                .reversed()
                .thenComparing(Comparator.comparingLong(ReportStats.AuthorRow::instructions)
                        .reversed())
                .thenComparing(Comparator.comparingLong(ReportStats.AuthorRow::received)
                        .reversed())
                .thenComparing(ReportStats.AuthorRow::name));
        Map<Long, Long> sources = figures.sourcePoints(authored);
        Map<Long, MemberDirectory.PointRef> points = directory.points(new HashSet<>(sources.values()));
        Map<String, long[]> byGroup = new TreeMap<>();
        sources.forEach((report, point) -> {
            MemberDirectory.PointRef p = points.get(point);
            if (p == null || p.groupName() == null || !(receivedIds.contains(report) || adoptedIds.contains(report))) {
                return;
            }
            long[] g = byGroup.computeIfAbsent(p.groupName(), k -> new long[2]);
            g[0] += receivedIds.contains(report) ? 1 : 0;
            g[1] += adoptedIds.contains(report) ? 1 : 0;
        });
        String orgName = organisations.name(org);
        return new ReportStats(
                from,
                to,
                filtered ? topic : null,
                org,
                orgName,
                received.size(),
                adopted.size(),
                figures.moved(org, ReportAction.FORWARD, start, end),
                figures.moved(org, ReportAction.DECLINE, start, end),
                byLevel,
                rows(byTopic),
                rows(byMonth),
                authors.subList(0, Math.min(AUTHORS, authors.size())),
                ranked(bySector),
                rows(byParty),
                ranked(byGroup));
    }

    @Override
    @RolesAllowed({Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public byte[] export(LocalDate from, LocalDate to, String topic, List<String> sectionTitles, List<String> headers) {
        ReportStats s = stats(from, to, topic);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(s.organisationName(), s.from() + " – " + s.to(), s.topic() == null ? "" : s.topic()));
        rows.add(List.of(sectionTitles.get(0), s.received(), s.adopted(), s.forwarded(), s.declined()));
        s.instructions().forEach((level, n) -> rows.add(List.of(level, n)));
        section(rows, sectionTitles.get(1), s.byTopic());
        section(rows, sectionTitles.get(2), s.byMonth());
        section(rows, sectionTitles.get(3), s.bySector());
        section(rows, sectionTitles.get(4), s.byParty());
        if (sectionTitles.size() > 6) {
            section(rows, sectionTitles.get(6), s.byLiaisonGroup());
        }
        rows.add(List.of());
        rows.add(List.of(sectionTitles.get(5)));
        for (ReportStats.AuthorRow a : s.authors()) {
            rows.add(List.of(a.name(), a.sector(), a.party(), a.received(), a.adopted(), a.instructions()));
        }
        return sheets.write(sectionTitles.get(0), headers, rows);
    }

    private static void section(List<List<Object>> rows, String title, List<ReportStats.Row> data) {
        rows.add(List.of());
        rows.add(List.of(title));
        data.forEach(r -> rows.add(List.of(r.key(), r.received(), r.adopted())));
    }

    /** A report counts once as received: its first arrival in the period. */
    private static List<ReportFigures.Dated> first(List<ReportFigures.Dated> dated) {
        Map<Long, ReportFigures.Dated> firstOf = new HashMap<>();
        for (ReportFigures.Dated d : dated) {
            firstOf.merge(d.reportId(), d, (a, b) -> a.at().isBefore(b.at()) ? a : b);
        }
        return new ArrayList<>(firstOf.values());
    }

    /** Most adopted first, then most received, then by name: a ranking of reporting units. */
    private static List<ReportStats.Row> ranked(Map<String, long[]> grouped) {
        return rows(grouped).stream()
                .sorted(Comparator.comparingLong(ReportStats.Row::adopted)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(ReportStats.Row::received)
                                .reversed())
                        .thenComparing(ReportStats.Row::key))
                .toList();
    }

    private static List<ReportStats.Row> rows(Map<String, long[]> grouped) {
        return grouped.entrySet().stream()
                .map(e -> new ReportStats.Row(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** The caller's own organisation and the period's instants in its calendar, both days included. */
    private record Period(long org, ZoneId zone, Instant start, Instant end) {}

    private Period period(LocalDate from, LocalDate to) {
        Caller caller = callers.caller(session.getCallerPrincipal());
        checkPeriod(from, to);
        long org = caller.visible().ownId();
        ZoneId zone = time.zone(org);
        return new Period(
                org,
                zone,
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** A period of at most five years, both ends given, the end not before the start. */
    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw Problem.field(from == null ? "from" : "to", "required", "problem.required");
        }
        if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
            throw Problem.field("to", "invalid-period", "problem.report.period");
        }
    }
}
