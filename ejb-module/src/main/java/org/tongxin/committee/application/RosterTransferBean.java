package org.tongxin.committee.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongxin.committee.application.RosterRowCheck.Errors;
import org.tongxin.committee.domain.CommitteeRepository;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.committee.domain.NameIndex;
import org.tongxin.committee.domain.Sector;
import org.tongxin.committee.domain.SpecialCommittee;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * Roster spreadsheets. An import validates every row before it writes anything; members are matched
 * by their roster key, so the same file twice changes nothing. Changes of committee, position and
 * status from a file are dated on the day of the import and appear in the member's history. A row may
 * name its organisation (code or name, column 组织): the importer's own or one below it, never another
 * (a row/column error); without it the row belongs to the organisation chosen for the import.
 */
@Stateless
public class RosterTransferBean implements RosterTransfer {

    private static final int MAX_EXPORT = 50_000;

    @Inject
    RosterEvents rosterEvents;

    @Inject
    RosterSheet sheet;

    @Inject
    MemberRepository members;

    @Inject
    CommitteeRepository committees;

    @Inject
    NameIndex names;

    @Inject
    OrganisationDirectory organisationDirectory;

    @Inject
    OrganisationTime time;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @jakarta.ejb.EJB
    org.tongxin.platform.application.MemberLogins memberLogins;

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public byte[] template() {
        return sheet.write(List.of());
    }

    /** A row that passed validation, with what it says and the organisation it belongs to. */
    private record Valid(long organisationId, Member.Facts facts, SpecialCommittee committee, MemberStatus status)
            implements java.io.Serializable {}

    /** What rows of one organisation are checked against: its sectors, special committees and members. */
    private record OrgRoster(
            Map<String, Sector> sectors, Map<String, SpecialCommittee> specials, Map<String, Member> existing)
            implements java.io.Serializable {}

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ImportResult importRoster(long organisationId, byte[] xlsx, boolean apply) {
        Caller caller = callers.caller(session.getCallerPrincipal());
        if (!callers.organisationVisible(caller, organisationId)) {
            throw Problem.notFound("organisation");
        }
        organisationDirectory.requireOpen(organisationId);
        List<RosterSheet.SheetRow> rows;
        try {
            rows = sheet.read(new ByteArrayInputStream(xlsx == null ? new byte[0] : xlsx), MAX_ROWS);
        } catch (RosterSheet.Unreadable e) {
            throw Problem.field("file", "invalid-file", e.messageKey(), MAX_ROWS);
        }
        if (rows.isEmpty()) {
            throw Problem.field("file", "invalid-file", "problem.import.empty");
        }
        String path = caller.visible().pathPattern();
        // the organisations whose roster the importer keeps: their own and those below it, by code and by name
        Map<String, Long> administered = new HashMap<>();
        for (OrganisationSummary o : organisationDirectory.matching(path)) {
            administered.putIfAbsent(o.code(), o.id());
            administered.putIfAbsent(o.name(), o.id());
        }
        List<Sector> allSectors = committees.sectors(path);
        List<SpecialCommittee> allCommittees = committees.committees(path);
        Map<Long, OrgRoster> rosters = new HashMap<>();
        Function<Long, OrgRoster> roster = org -> rosters.computeIfAbsent(
                org,
                o -> new OrgRoster(
                        allSectors.stream()
                                .filter(x -> x.organisationId().equals(o))
                                .collect(Collectors.toMap(Sector::name, Function.identity())),
                        allCommittees.stream()
                                .filter(x -> x.organisationId().equals(o))
                                .collect(Collectors.toMap(SpecialCommittee::name, Function.identity())),
                        members.byRosterKey(o)));

        List<ImportResult.RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<RosterSheet.SheetRow, Valid> valid = new LinkedHashMap<>();
        for (RosterSheet.SheetRow row : rows) {
            Errors e = new Errors(row.number(), errors);
            String orgText = row.cell("organisation");
            Long org = orgText == null ? Long.valueOf(organisationId) : administered.get(orgText);
            if (org == null) {
                e.add("organisation", "problem.import.foreign-organisation", orgText);
                continue;
            }
            Optional<OrganisationSummary> retired =
                    organisationDirectory.find(org).filter(OrganisationSummary::retired);
            if (retired.isPresent()) {
                e.add(
                        "organisation",
                        "problem.organisation.retired",
                        retired.get().name());
                continue;
            }
            OrgRoster r = roster.apply(org);
            Valid v = validate(org, row, e, r.sectors(), r.specials());
            String key = row.cell("rosterKey");
            if (key != null) {
                Integer first = seen.putIfAbsent(org + "/" + key, row.number());
                if (first != null) {
                    e.add("rosterKey", "problem.import.duplicate-key", String.valueOf(first));
                }
            }
            if (v != null && !e.any()) {
                Member m = r.existing().get(v.facts().rosterKey());
                if (m != null
                        && m.status() != MemberStatus.ACTIVE
                        && v.status() != MemberStatus.ACTIVE
                        && (!Objects.equals(
                                        m.committeeId(),
                                        v.committee() == null
                                                ? m.committeeId()
                                                : v.committee().id())
                                || m.position() != v.facts().position())) {
                    e.add("status", "problem.member.not-active");
                } else {
                    valid.put(row, v);
                }
            }
        }
        if (!errors.isEmpty() || !apply) {
            return new ImportResult(false, rows.size(), 0, 0, 0, List.copyOf(errors));
        }
        int created = 0;
        int updated = 0;
        Instant now = clock.instant();
        Map<Long, LocalDate> todays = new HashMap<>(); // each organisation's calendar
        for (Valid v : valid.values()) {
            LocalDate today = todays.computeIfAbsent(v.organisationId(), time::today);
            Map<String, Member> existing = roster.apply(v.organisationId()).existing();
            Member m = existing.get(v.facts().rosterKey());
            if (m == null) {
                m = new Member(v.organisationId(), v.facts(), names, today, now);
                members.add(m);
                if (v.committee() != null) {
                    m.placeIn(v.committee(), today, now);
                }
                if (v.status() != MemberStatus.ACTIVE) {
                    m.changeStatus(v.status(), today, now);
                }
                rosterEvents.joined(m);
                created++;
            } else if (apply(m, v, today, now)) {
                updated++;
            }
        }
        return new ImportResult(true, rows.size(), created, updated, rows.size() - created - updated, List.of());
    }

    /** Brings an existing member in line with the row; true when anything changed. */
    private boolean apply(Member m, Valid v, LocalDate today, Instant now) {
        RosterEvents.Before before = RosterEvents.before(m);
        boolean changed = applyRow(m, v, today, now);
        rosterEvents.after(before, m);
        return changed;
    }

    private boolean applyRow(Member m, Valid v, LocalDate today, Instant now) {
        boolean changed = !sameFacts(m, v.facts());
        if (changed) {
            m.revise(v.facts(), names, today, now); // party, sector and term changes are dated history
        }
        boolean reactivate = m.status() != MemberStatus.ACTIVE && v.status() == MemberStatus.ACTIVE;
        if (reactivate) {
            m.changeStatus(MemberStatus.ACTIVE, today, now);
            changed = true;
        }
        if (v.committee() != null && !v.committee().id().equals(m.committeeId())) {
            m.placeIn(v.committee(), today, now);
            changed = true;
        }
        if (v.facts().position() != m.position()) {
            m.changePosition(v.facts().position(), today, now);
            changed = true;
        }
        if (v.status() != m.status()) {
            m.changeStatus(v.status(), today, now);
            changed = true;
            if (m.hasLeft() && m.accountId() != null) {
                memberLogins.disable(m.accountId()); // issue 14: a member who left keeps no working login
            }
        }
        return changed;
    }

    private static boolean sameFacts(Member m, Member.Facts f) {
        return m.name().equals(f.name())
                && m.gender() == f.gender()
                && m.ethnicity().equals(f.ethnicity() == null ? "汉族" : f.ethnicity())
                && Objects.equals(m.birthDate(), f.birthDate())
                && m.party() == f.party()
                && Objects.equals(m.sectorId(), f.sectorId())
                && m.term() == f.term()
                && Objects.equals(m.workplace(), f.workplace())
                && Objects.equals(m.title(), f.title())
                && Objects.equals(m.phone(), f.phone());
    }

    private Valid validate(
            long organisationId,
            RosterSheet.SheetRow row,
            Errors e,
            Map<String, Sector> sectors,
            Map<String, SpecialCommittee> specials) {
        RosterRowCheck.Checked c = RosterRowCheck.check(
                row, e, time.today(organisationId), sectors, specials, RosterTransferBean::term, true);
        return c == null ? null : new Valid(organisationId, c.facts(), c.committee(), c.status());
    }

    /** The roster's term column: required, 1 to 99 (第15届 and 15 alike). */
    private static Integer term(String text, Errors e) {
        if (text == null) {
            e.add("term", "problem.import.required");
            return null;
        }
        try {
            int term = Integer.parseInt(text.replace("第", "").replace("届", "").strip());
            if (term < 1 || term > 99) {
                e.add("term", "problem.member.term");
            }
            return term;
        } catch (NumberFormatException x) {
            e.add("term", "problem.member.term");
            return null;
        }
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public byte[] export(MemberQuery query) {
        Caller caller = callers.caller(session.getCallerPrincipal());
        String path = caller.visible().pathPattern();
        Map<Long, String> sectorNames =
                committees.sectors(path).stream().collect(Collectors.toMap(Sector::id, Sector::name));
        Map<Long, String> committeeNames = committees.committees(path).stream()
                .collect(Collectors.toMap(SpecialCommittee::id, SpecialCommittee::name));
        Map<Long, String> organisationNames = organisationDirectory.matching(path).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        List<Map<String, String>> rows = new ArrayList<>();
        for (Member m : members.search(path, query == null ? MemberQuery.all() : query, 0, MAX_EXPORT)) {
            boolean personal = RosterServiceBean.mayReadPersonalData(caller, m);
            Map<String, String> r = new HashMap<>();
            r.put("rosterKey", m.rosterKey());
            r.put("name", m.name());
            r.put("gender", RosterLabels.word(m.gender()));
            r.put("ethnicity", m.ethnicity());
            r.put("birthDate", personal && m.birthDate() != null ? m.birthDate().toString() : null);
            r.put("party", RosterLabels.word(m.party()));
            r.put("sector", m.sectorId() == null ? null : sectorNames.get(m.sectorId()));
            r.put("term", String.valueOf(m.term()));
            r.put("position", RosterLabels.word(m.position()));
            r.put("committee", m.committeeId() == null ? null : committeeNames.get(m.committeeId()));
            r.put("workplace", m.workplace());
            r.put("title", m.title());
            r.put("phone", personal ? m.phone() : null);
            r.put("status", RosterLabels.word(m.status()));
            r.put("organisation", organisationNames.get(m.organisationId()));
            rows.add(r);
        }
        return sheet.write(rows);
    }
}
