package org.tongxin.committee.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.tongxin.committee.domain.ContactPoint;
import org.tongxin.committee.domain.Liaison;
import org.tongxin.committee.domain.LiaisonGroup;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.committee.domain.PointAssignment;
import org.tongxin.committee.domain.Town;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.PlainText;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * The liaison structure, kept by the office staff of the organisation and of those above it (the same reach
 * as the assignments). Reads of the groups are open to the business roles that read the towns.
 */
@Stateless
public class LiaisonStructureBean implements LiaisonStructure {

    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");

    @Inject
    Liaison liaison;

    @Inject
    MemberRepository members;

    @Inject
    LiaisonSheet sheet;

    @Inject
    Callers callers;

    @Inject
    Reach reach;

    @Inject
    OrganisationTime time;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    // --- towns

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public TownRow createTown(long organisationId, String name, String kind) {
        reach.organisation(caller(), organisationId);
        String n = name("name", name, 40);
        Town.Kind k = townKind(kind);
        if (liaison.townNamed(organisationId, n).isPresent()) {
            throw duplicate(n);
        }
        Town t = new Town(organisationId, n, k);
        liaison.add(t);
        liaison.flush();
        return row(t);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public TownRow updateTown(long id, String name, String kind, int version) {
        Town t = town(caller(), id);
        fresh(t.version(), version);
        String n = name("name", name, 40);
        Town.Kind k = townKind(kind);
        if (!n.equals(t.name()) && liaison.townNamed(t.organisationId(), n).isPresent()) {
            throw duplicate(n);
        }
        t.rename(n, k);
        liaison.flush();
        return row(t);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public TownRow retireTown(long id, LocalDate on) {
        Town t = town(caller(), id);
        LocalDate day = retireDate(t.organisationId(), on);
        t.refuseRetired();
        if (liaison.livePoints(t.id()) > 0 || liaison.groupOf(t.id()).isPresent()) {
            throw Problem.conflict("not-empty", "problem.liaison.not-empty", t.name());
        }
        t.retire(day);
        liaison.flush();
        return row(t);
    }

    // --- points

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public PointRow createPoint(long townId, String name, String kind) {
        Town t = town(caller(), townId);
        String n = name("name", name, 60);
        ContactPoint.Kind k = pointKind(kind);
        t.refuseRetired();
        if (liaison.pointNamed(t.id(), n).isPresent()) {
            throw duplicate(n);
        }
        ContactPoint p = new ContactPoint(t, n, k);
        liaison.add(p);
        liaison.flush();
        return row(p);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public PointRow updatePoint(long id, String name, String kind, long townId, int version) {
        Caller caller = caller();
        ContactPoint p = point(caller, id);
        fresh(p.version(), version);
        String n = name("name", name, 60);
        ContactPoint.Kind k = pointKind(kind);
        Town target = liaison.town(townId)
                .filter(t -> callers.organisationVisible(caller, t.organisationId()))
                .orElseThrow(() -> Problem.field("townId", "not-found", "problem.not-found", "entity.town"));
        if ((!n.equals(p.name()) || !target.id().equals(p.townId()))
                && liaison.pointNamed(target.id(), n).isPresent()) {
            throw duplicate(n);
        }
        p.change(n, k, target);
        liaison.flush();
        return row(p);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public PointRow retirePoint(long id, LocalDate on) {
        ContactPoint p = point(caller(), id);
        LocalDate day = retireDate(p.organisationId(), on);
        p.retire(day);
        for (PointAssignment a : liaison.currentAt(List.of(p.id()))) {
            a.end(day);
        }
        liaison.flush();
        return row(p);
    }

    // --- groups

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public List<GroupRow> groups(long organisationId) {
        reach.organisation(caller(), organisationId);
        Map<Long, String> towns = new HashMap<>();
        liaison.towns(organisationId).forEach(t -> towns.put(t.id(), t.name()));
        Map<Long, String> names = members.activeNames(organisationId);
        return liaison.groups(organisationId).stream()
                .sorted(Comparator.comparing(LiaisonGroup::id))
                .map(g -> row(g, towns.get(g.townId()), names))
                .toList();
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public GroupRow createGroup(long townId, String name, Long leaderId) {
        Caller caller = caller();
        Town t = town(caller, townId);
        String n = name("name", name, 60);
        t.refuseRetired();
        if (liaison.groupOf(t.id()).isPresent()) {
            throw Problem.conflict("group-exists", "problem.liaison.group-exists", t.name());
        }
        LiaisonGroup g = new LiaisonGroup(t, n);
        if (leaderId != null) {
            g.appoint(leader(caller, leaderId));
        }
        liaison.add(g);
        liaison.flush();
        return row(g, t.name(), members.activeNames(t.organisationId()));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public GroupRow updateGroup(long id, String name, long townId, Long leaderId, int version) {
        Caller caller = caller();
        LiaisonGroup g = liaison.group(id)
                .filter(x -> callers.organisationVisible(caller, x.organisationId()))
                .orElseThrow(() -> Problem.notFound("liaison-group"));
        fresh(g.version(), version);
        String n = name("name", name, 60);
        Town target = liaison.town(townId)
                .filter(t -> callers.organisationVisible(caller, t.organisationId()))
                .orElseThrow(() -> Problem.field("townId", "not-found", "problem.not-found", "entity.town"));
        if (!target.id().equals(g.townId()) && liaison.groupOf(target.id()).isPresent()) {
            throw Problem.conflict("group-exists", "problem.liaison.group-exists", target.name());
        }
        g.change(n, target);
        if (!Objects.equals(leaderId, g.leaderId())) {
            g.appoint(leaderId == null ? null : leader(caller, leaderId));
        }
        liaison.flush();
        return row(g, target.name(), members.activeNames(g.organisationId()));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public GroupRow retireGroup(long id, LocalDate on) {
        Caller caller = caller();
        LiaisonGroup g = liaison.group(id)
                .filter(x -> callers.organisationVisible(caller, x.organisationId()))
                .orElseThrow(() -> Problem.notFound("liaison-group"));
        g.retire(retireDate(g.organisationId(), on));
        liaison.flush();
        return row(g, liaison.town(g.townId()).map(Town::name).orElse(""), members.activeNames(g.organisationId()));
    }

    // --- the import

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public byte[] template() {
        return sheet.write(Map.of());
    }

    /** A town row that passed validation, and the town it matches (null: a new one). */
    private record TownLine(String name, Town.Kind kind, Town existing) implements java.io.Serializable {}

    private record PointLine(String town, String name, ContactPoint.Kind kind, ContactPoint existing)
            implements java.io.Serializable {}

    private record GroupLine(String town, String name, Member leader, Set<Long> memberIds, LiaisonGroup existing)
            implements java.io.Serializable {}

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public LiaisonImportResult importStructure(long organisationId, byte[] xlsx, boolean apply) {
        reach.organisation(caller(), organisationId);
        Map<String, List<LiaisonSheet.SheetRow>> rows;
        try {
            rows = sheet.read(new ByteArrayInputStream(xlsx == null ? new byte[0] : xlsx), MAX_ROWS);
        } catch (RosterSheet.Unreadable e) {
            throw Problem.field("file", "invalid-file", e.messageKey(), MAX_ROWS);
        }
        if (rows.values().stream().allMatch(List::isEmpty)) {
            throw Problem.field("file", "invalid-file", "problem.import.empty");
        }
        // everything the rows are checked against, each in one query
        Map<String, Town> towns = new HashMap<>();
        liaison.towns(organisationId).forEach(t -> towns.put(t.name(), t));
        Map<Long, Town> townsById = new HashMap<>();
        towns.values().forEach(t -> townsById.put(t.id(), t));
        Map<String, ContactPoint> points = new HashMap<>();
        for (ContactPoint p : liaison.allPoints(organisationId)) {
            points.put(townsById.get(p.townId()).name() + "\u0000" + p.name(), p);
        }
        Map<Long, LiaisonGroup> groups = new HashMap<>();
        liaison.groups(organisationId).stream().filter(g -> !g.retired()).forEach(g -> groups.put(g.townId(), g));
        Map<String, Member> roster = members.byRosterKey(organisationId);

        List<LiaisonImportResult.RowError> errors = new ArrayList<>();
        Map<String, TownLine> townLines = new LinkedHashMap<>();
        for (LiaisonSheet.SheetRow row : rows.get("towns")) {
            Errors e = new Errors(row, errors);
            String n = text(row, "name", 40, e);
            Town.Kind k = word(row, "kind", Map.of("镇", "TOWN", "街道", "STREET"), Town.Kind::valueOf, e);
            if (n == null) {
                continue;
            }
            Town existing = towns.get(n);
            if (existing != null && existing.retired()) {
                e.add("name", "problem.liaison.retired", n);
            }
            if (townLines.containsKey(n)) {
                e.add("name", "problem.liaison.import.duplicate", n);
            }
            if (!e.any()) {
                townLines.put(n, new TownLine(n, k, existing));
            }
        }
        Map<String, PointLine> pointLines = new LinkedHashMap<>();
        for (LiaisonSheet.SheetRow row : rows.get("points")) {
            Errors e = new Errors(row, errors);
            String town = knownTown(row, towns, townLines, e);
            String n = text(row, "name", 60, e);
            ContactPoint.Kind k =
                    word(row, "kind", Map.of("村", "VILLAGE", "社区", "COMMUNITY"), ContactPoint.Kind::valueOf, e);
            if (town == null || n == null) {
                continue;
            }
            String key = town + "\u0000" + n;
            ContactPoint existing = points.get(key);
            if (existing != null && existing.retired()) {
                e.add("name", "problem.liaison.retired", n);
            }
            if (pointLines.containsKey(key)) {
                e.add("name", "problem.liaison.import.duplicate", n);
            }
            if (!e.any()) {
                pointLines.put(key, new PointLine(town, n, k, existing));
            }
        }
        Map<String, GroupLine> groupLines = new LinkedHashMap<>();
        for (LiaisonSheet.SheetRow row : rows.get("groups")) {
            Errors e = new Errors(row, errors);
            String town = knownTown(row, towns, townLines, e);
            String n = text(row, "name", 60, e);
            Member leader = null;
            String leaderKey = row.cell("leader");
            if (leaderKey != null) {
                leader = rosterMember(roster, leaderKey, "leader", e);
            }
            Set<Long> ids = new LinkedHashSet<>();
            String list = row.cell("members");
            if (list != null) {
                for (String key : SEPARATORS.split(list)) {
                    if (!key.isEmpty()) {
                        Member m = rosterMember(roster, key, "members", e);
                        if (m != null) {
                            ids.add(m.id());
                        }
                    }
                }
            }
            if (leader != null) {
                ids.add(leader.id());
            }
            if (town == null || n == null) {
                continue;
            }
            if (groupLines.containsKey(town)) {
                e.add("town", "problem.liaison.import.duplicate", town);
            }
            if (!e.any()) {
                Town t = towns.get(town);
                groupLines.put(town, new GroupLine(town, n, leader, ids, t == null ? null : groups.get(t.id())));
            }
        }

        int[] tc = new int[3];
        int[] pc = new int[3];
        int[] gc = new int[3];
        for (TownLine l : townLines.values()) {
            tc[l.existing() == null ? 0 : l.existing().kind() == l.kind() ? 2 : 1]++;
        }
        for (PointLine l : pointLines.values()) {
            pc[l.existing() == null ? 0 : l.existing().kind() == l.kind() ? 2 : 1]++;
        }
        for (GroupLine l : groupLines.values()) {
            gc[l.existing() == null ? 0 : sameGroup(l.existing(), l) ? 2 : 1]++;
        }
        boolean imported = errors.isEmpty() && apply;
        if (imported) {
            for (TownLine l : townLines.values()) {
                if (l.existing() == null) {
                    Town t = new Town(organisationId, l.name(), l.kind());
                    liaison.add(t);
                    towns.put(t.name(), t);
                } else if (l.existing().kind() != l.kind()) {
                    l.existing().rename(l.name(), l.kind());
                }
            }
            // references are plain ids, so Hibernate cannot order the inserts by them: parents first
            liaison.flush();
            for (PointLine l : pointLines.values()) {
                if (l.existing() == null) {
                    liaison.add(new ContactPoint(towns.get(l.town()), l.name(), l.kind()));
                } else if (l.existing().kind() != l.kind()) {
                    l.existing().change(l.name(), l.kind(), towns.get(l.town()));
                }
            }
            liaison.flush();
            for (GroupLine l : groupLines.values()) {
                LiaisonGroup g = l.existing();
                if (g == null) {
                    g = new LiaisonGroup(towns.get(l.town()), l.name());
                    liaison.add(g);
                } else if (sameGroup(g, l)) {
                    continue;
                } else {
                    g.change(l.name(), towns.get(l.town()));
                }
                g.members(l.memberIds());
                g.appoint(l.leader());
            }
            liaison.flush();
        }
        errors.sort(Comparator.comparing((LiaisonImportResult.RowError r) -> sheetOrder(r.sheet()))
                .thenComparingInt(LiaisonImportResult.RowError::row));
        return new LiaisonImportResult(
                imported,
                new LiaisonImportResult.Counts(tc[0], tc[1], tc[2]),
                new LiaisonImportResult.Counts(pc[0], pc[1], pc[2]),
                new LiaisonImportResult.Counts(gc[0], gc[1], gc[2]),
                List.copyOf(errors));
    }

    private static int sheetOrder(String sheet) {
        return switch (sheet) {
            case "towns" -> 0;
            case "points" -> 1;
            default -> 2;
        };
    }

    private static boolean sameGroup(LiaisonGroup g, GroupLine l) {
        return g.name().equals(l.name())
                && g.memberIds().equals(l.memberIds())
                && Objects.equals(
                        g.leaderId(), l.leader() == null ? null : l.leader().id());
    }

    /** The row's town: one of the towns sheet, or a live town the organisation has. */
    private static String knownTown(
            LiaisonSheet.SheetRow row, Map<String, Town> towns, Map<String, TownLine> lines, Errors e) {
        String town = row.cell("town");
        if (town == null) {
            e.add("town", "problem.import.required");
            return null;
        }
        Town t = towns.get(town);
        if (lines.containsKey(town)) {
            return town;
        }
        if (t == null) {
            e.add("town", "problem.liaison.import.unknown-town", town);
            return null;
        }
        if (t.retired()) {
            e.add("town", "problem.liaison.retired", town);
            return null;
        }
        return town;
    }

    private static Member rosterMember(Map<String, Member> roster, String key, String column, Errors e) {
        Member m = roster.get(key);
        if (m == null) {
            e.add(column, "problem.liaison.import.unknown-member", key);
            return null;
        }
        if (m.status() != MemberStatus.ACTIVE) {
            e.add(column, "problem.liaison.import.not-active", key);
            return null;
        }
        return m;
    }

    private static String text(LiaisonSheet.SheetRow row, String column, int max, Errors e) {
        String v = row.cell(column);
        if (v == null) {
            e.add(column, "problem.import.required");
            return null;
        }
        String bad = PlainText.problem(v, true);
        if (bad != null) {
            e.add(column, bad);
            return null;
        }
        if (v.length() > max) {
            e.add(column, "problem.import.too-long", String.valueOf(max));
            return null;
        }
        return v;
    }

    private static <E> E word(
            LiaisonSheet.SheetRow row,
            String column,
            Map<String, String> words,
            java.util.function.Function<String, E> parse,
            Errors e) {
        String v = row.cell(column);
        if (v == null) {
            e.add(column, "problem.import.required");
            return null;
        }
        String code = words.getOrDefault(v, words.containsValue(v.toUpperCase()) ? v.toUpperCase() : null);
        if (code == null) {
            e.add(column, "problem.member.unknown-value", v);
            return null;
        }
        return parse.apply(code);
    }

    /** The errors of one row. */
    private static final class Errors {
        private final LiaisonSheet.SheetRow row;
        private final List<LiaisonImportResult.RowError> all;
        private boolean any;

        Errors(LiaisonSheet.SheetRow row, List<LiaisonImportResult.RowError> all) {
            this.row = row;
            this.all = all;
        }

        void add(String column, String key, String... args) {
            all.add(new LiaisonImportResult.RowError(row.sheet(), row.number(), column, key, List.of(args)));
            any = true;
        }

        boolean any() {
            return any;
        }
    }

    // --- helpers

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }

    private Town town(Caller caller, long id) {
        return liaison.town(id)
                .filter(t -> callers.organisationVisible(caller, t.organisationId()))
                .orElseThrow(() -> Problem.notFound("town"));
    }

    private ContactPoint point(Caller caller, long id) {
        return liaison.point(id)
                .filter(p -> callers.organisationVisible(caller, p.organisationId()))
                .orElseThrow(() -> Problem.notFound("contact-point"));
    }

    private Member leader(Caller caller, long id) {
        Member m = members.byId(id)
                .filter(x -> callers.organisationVisible(caller, x.organisationId()))
                .orElseThrow(() -> Problem.field("leaderId", "not-found", "problem.not-found", "entity.member"));
        if (m.status() != MemberStatus.ACTIVE) {
            throw Problem.field("leaderId", "not-active", "problem.member.not-active");
        }
        return m;
    }

    private static void fresh(int current, int given) {
        if (current != given) {
            throw Problem.conflict("stale", "problem.stale");
        }
    }

    private static Problem duplicate(String name) {
        return new Problem(
                Problem.Kind.CONFLICT,
                "duplicate",
                "problem.liaison.duplicate",
                Map.of("name", "problem.liaison.duplicate"),
                name);
    }

    private LocalDate retireDate(long organisationId, LocalDate on) {
        LocalDate today = time.today(organisationId);
        if (on == null) {
            return today;
        }
        if (on.isAfter(today)) {
            throw Problem.field("on", "invalid-input", "problem.liaison.retire-date");
        }
        return on;
    }

    private static String name(String field, String value, int max) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            throw Problem.field(field, "required", "problem.required");
        }
        String bad = PlainText.problem(v, true);
        if (bad != null) {
            throw Problem.field(field, "invalid-input", bad);
        }
        if (v.length() > max) {
            throw Problem.field(field, "too-long", "problem.import.too-long", max);
        }
        return v;
    }

    private static Town.Kind townKind(String kind) {
        try {
            return Town.Kind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.field("kind", "invalid-input", "problem.liaison.kind");
        }
    }

    private static ContactPoint.Kind pointKind(String kind) {
        try {
            return ContactPoint.Kind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.field("kind", "invalid-input", "problem.liaison.kind");
        }
    }

    private static TownRow row(Town t) {
        return new TownRow(t.id(), t.organisationId(), t.name(), t.kind().name(), t.retiredOn(), t.version());
    }

    private static PointRow row(ContactPoint p) {
        return new PointRow(
                p.id(), p.organisationId(), p.townId(), p.name(), p.kind().name(), p.retiredOn(), p.version());
    }

    private static GroupRow row(LiaisonGroup g, String townName, Map<Long, String> names) {
        return new GroupRow(
                g.id(),
                g.organisationId(),
                g.townId(),
                townName,
                g.name(),
                g.leaderId(),
                g.leaderId() == null ? null : names.getOrDefault(g.leaderId(), "#" + g.leaderId()),
                g.memberIds().stream()
                        .map(id -> new GroupMember(id, names.getOrDefault(id, "#" + id)))
                        .toList(),
                g.retiredOn(),
                g.version());
    }
}
