package org.tongxin.committee.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongxin.committee.application.RosterRowCheck.Errors;
import org.tongxin.committee.domain.CommitteeRepository;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.committee.domain.NameIndex;
import org.tongxin.committee.domain.Sector;
import org.tongxin.committee.domain.SpecialCommittee;
import org.tongxin.committee.domain.Term;
import org.tongxin.committee.domain.TermRepository;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * The change of term (换届). Opening a term locks the organisation's members, checks that the term follows
 * the current one, then continues, retires ({@code LEFT}) and adds members, each change dated on the term's
 * first day, in one transaction: all or nothing. A preview does the same work and rolls it back. A term
 * number is unique per organisation in the database, so two openings of one term cannot both succeed.
 */
@Stateless
public class TermServiceBean implements TermService {

    private static final int MAX_EXPORT = 50_000;

    @Inject
    RosterEvents rosterEvents;

    @Inject
    TermRepository terms;

    @Inject
    MemberRepository members;

    @Inject
    CommitteeRepository committees;

    @Inject
    RosterSheet sheet;

    @Inject
    NameIndex names;

    @Inject
    Reach reach;

    @Inject
    Callers callers;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public List<TermSummary> terms(Long organisationId) {
        long org = organisation(caller(), organisationId);
        int current = current(org);
        Map<Integer, Term> opened = terms.terms(org).stream().collect(Collectors.toMap(Term::number, t -> t));
        Set<Integer> numbers = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        numbers.addAll(opened.keySet());
        numbers.addAll(terms.rosterTerms(org));
        List<TermSummary> list = new ArrayList<>();
        for (int n : numbers) {
            Term t = opened.get(n);
            Term next = opened.get(n + 1);
            list.add(new TermSummary(
                    org,
                    n,
                    t == null ? null : t.startsOn(),
                    next == null ? null : next.startsOn().minusDays(1),
                    n == current,
                    t == null ? null : t.continuing(),
                    t == null ? null : t.leaving(),
                    t == null ? null : t.joining(),
                    terms.countServedIn(org, n)));
        }
        return list;
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public List<TermCandidate> candidates(Long organisationId) {
        long org = organisation(caller(), organisationId);
        Map<Long, String> committeeNames = committees
                .committees(caller().visible().pathPattern())
                .stream()
                .filter(c -> c.organisationId().equals(org))
                .collect(Collectors.toMap(SpecialCommittee::id, SpecialCommittee::name));
        return members.byRosterKey(org).values().stream()
                .filter(m -> m.status() == MemberStatus.ACTIVE)
                .sorted(java.util.Comparator.comparing(Member::namePinyin).thenComparing(Member::id))
                .map(m -> new TermCandidate(
                        m.id(),
                        m.rosterKey(),
                        m.name(),
                        m.committeeId() == null ? null : committeeNames.get(m.committeeId()),
                        m.position().name()))
                .toList();
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public TermOutcome open(TermPlan plan, boolean apply) {
        if (plan == null || plan.number() == null) {
            throw Problem.field("number", "invalid-input", "problem.term.number-required");
        }
        Caller caller = caller();
        long org = organisation(caller, plan.organisationId());
        List<Member> roster = start(org, plan.number(), plan.startsOn());
        Set<Long> leaving = new HashSet<>(plan.leaving() == null ? List.of() : plan.leaving());
        Set<Long> active = roster.stream()
                .filter(m -> m.status() == MemberStatus.ACTIVE)
                .map(Member::id)
                .collect(Collectors.toSet());
        for (Long id : leaving) {
            if (id == null || !active.contains(id)) {
                throw Problem.field("leaving", "not-active", "problem.term.leaving-unknown", String.valueOf(id));
            }
        }
        Instant now = time.now();
        int continuing = 0;
        int left = 0;
        for (Member m : roster) {
            if (m.status() != MemberStatus.ACTIVE) {
                continue;
            }
            if (leaving.contains(m.id())) {
                m.leave(plan.startsOn(), now);
                disableLogin(m);
                left++;
            } else {
                m.changeTerm(plan.number(), plan.startsOn(), now);
                continuing++;
            }
        }
        return finish(caller, org, plan.number(), plan.startsOn(), continuing, left, 0, List.of(), apply);
    }

    /** A row that passed validation. */
    private record Valid(int row, Member.Facts facts, SpecialCommittee committee) implements java.io.Serializable {}

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public TermOutcome importTerm(Long organisationId, int number, LocalDate startsOn, byte[] xlsx, boolean apply) {
        Caller caller = caller();
        long org = organisation(caller, organisationId);
        List<RosterSheet.SheetRow> rows;
        try {
            rows = sheet.read(new ByteArrayInputStream(xlsx == null ? new byte[0] : xlsx), RosterTransfer.MAX_ROWS);
        } catch (RosterSheet.Unreadable e) {
            throw Problem.field("file", "invalid-file", e.messageKey(), RosterTransfer.MAX_ROWS);
        }
        if (rows.isEmpty()) {
            throw Problem.field("file", "invalid-file", "problem.import.empty");
        }
        List<Member> roster = start(org, number, startsOn);
        Map<String, Member> byKey = new LinkedHashMap<>();
        roster.forEach(m -> byKey.put(m.rosterKey(), m));
        String path = caller.visible().pathPattern();
        Map<String, Sector> sectors = committees.sectors(path).stream()
                .filter(s -> s.organisationId().equals(org))
                .collect(Collectors.toMap(Sector::name, Function.identity()));
        Map<String, SpecialCommittee> specials = committees.committees(path).stream()
                .filter(c -> c.organisationId().equals(org))
                .collect(Collectors.toMap(SpecialCommittee::name, Function.identity()));
        OrganisationSummary own = organisations.find(org).orElseThrow(() -> Problem.notFound("organisation"));

        List<ImportResult.RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Valid> valid = new ArrayList<>();
        for (RosterSheet.SheetRow row : rows) {
            Errors e = new Errors(row.number(), errors);
            String orgText = row.cell("organisation");
            if (orgText != null && !orgText.equals(own.code()) && !orgText.equals(own.name())) {
                e.add("organisation", "problem.import.foreign-organisation", orgText);
                continue;
            }
            Valid v = validate(org, number, row, e, sectors, specials);
            String key = row.cell("rosterKey");
            if (key != null) {
                Integer first = seen.putIfAbsent(key, row.number());
                if (first != null) {
                    e.add("rosterKey", "problem.import.duplicate-key", String.valueOf(first));
                }
            }
            if (v != null && !e.any()) {
                valid.add(v);
            }
        }
        if (!errors.isEmpty()) {
            session.setRollbackOnly();
            return new TermOutcome(false, org, number, startsOn, 0, 0, 0, List.copyOf(errors));
        }
        Instant now = time.now();
        int continuing = 0;
        int joining = 0;
        Set<String> listed = new HashSet<>();
        Map<Member, RosterEvents.Before> told = new java.util.IdentityHashMap<>();
        for (Valid v : valid) {
            listed.add(v.facts().rosterKey());
            Member m = byKey.get(v.facts().rosterKey());
            try {
                if (m == null) {
                    m = new Member(org, v.facts(), names, startsOn, now);
                    members.add(m);
                    if (v.committee() != null) {
                        m.placeIn(v.committee(), startsOn, now);
                    }
                    rosterEvents.joined(m);
                    joining++;
                } else {
                    RosterEvents.Before before = RosterEvents.before(m);
                    told.put(m, before);
                    boolean returning = m.status() != MemberStatus.ACTIVE;
                    if (returning) {
                        m.changeStatus(MemberStatus.ACTIVE, startsOn, now);
                        joining++;
                    } else {
                        continuing++;
                    }
                    m.revise(v.facts(), names, startsOn, now);
                    if (v.committee() != null && !v.committee().id().equals(m.committeeId())) {
                        m.placeIn(v.committee(), startsOn, now);
                    }
                    if (v.facts().position() != m.position()) {
                        m.changePosition(v.facts().position(), startsOn, now);
                    }
                }
            } catch (Problem p) {
                errors.add(new ImportResult.RowError(
                        v.row(),
                        p.fieldKeys().keySet().stream().findFirst().orElse("rosterKey"),
                        p.messageKey(),
                        java.util.Arrays.stream(p.args()).map(String::valueOf).toList()));
            }
        }
        told.forEach((m, before) -> rosterEvents.after(before, m));
        int left = 0;
        for (Member m : roster) {
            if (m.status() == MemberStatus.ACTIVE && !listed.contains(m.rosterKey())) {
                RosterEvents.Before before = RosterEvents.before(m);
                m.leave(startsOn, now);
                rosterEvents.after(before, m);
                disableLogin(m);
                left++;
            }
        }
        if (!errors.isEmpty()) {
            session.setRollbackOnly();
            return new TermOutcome(false, org, number, startsOn, 0, 0, 0, List.copyOf(errors));
        }
        return finish(caller, org, number, startsOn, continuing, left, joining, List.of(), apply);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public MemberStanding standing(long memberId, LocalDate on) {
        if (on == null) {
            throw Problem.field("on", "invalid-input", "problem.member.date-required");
        }
        Member m = reach.member(caller(), memberId);
        Member.Standing s = m.standingOn(on);
        return new MemberStanding(
                m.id(),
                m.name(),
                on,
                s.party().name(),
                s.sectorId(),
                s.sectorId() == null
                        ? null
                        : committees.sectorNames(List.of(s.sectorId())).get(s.sectorId()),
                s.term(),
                s.position().name(),
                s.committeeId(),
                s.committeeId() == null
                        ? null
                        : committees.committeeNames(List.of(s.committeeId())).get(s.committeeId()),
                s.status().name());
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public Page<MemberSummary> roster(Long organisationId, int number, Page.Request request) {
        Caller caller = caller();
        long org = organisation(caller, organisationId);
        Function<Member, Member.Standing> standing = asOf(org, number);
        List<Member> found = terms.servedIn(org, number, request.offset(), request.size());
        Map<Long, Member.Standing> standings = new HashMap<>();
        found.forEach(m -> standings.put(m.id(), standing.apply(m)));
        Map<Long, String> committeeNames = committees.committeeNames(standings.values().stream()
                .map(Member.Standing::committeeId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, String> sectorNames = committees.sectorNames(standings.values().stream()
                .map(Member.Standing::sectorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<MemberSummary> items = found.stream()
                .map(m -> {
                    Member.Standing s = standings.get(m.id());
                    boolean personal = RosterServiceBean.mayReadPersonalData(caller, m);
                    return new MemberSummary(
                            m.id(),
                            m.organisationId(),
                            m.name(),
                            m.gender().name(),
                            s.party().name(),
                            s.sectorId(),
                            s.sectorId() == null ? null : sectorNames.get(s.sectorId()),
                            s.term(),
                            s.position().name(),
                            s.committeeId(),
                            s.committeeId() == null ? null : committeeNames.get(s.committeeId()),
                            s.status().name(),
                            m.workplace(),
                            m.title(),
                            personal ? m.phone() : null,
                            personal ? m.birthDate() : null);
                })
                .toList();
        return new Page<>(items, request.page(), request.size(), terms.countServedIn(org, number));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public byte[] export(Long organisationId, int number) {
        Caller caller = caller();
        long org = organisation(caller, organisationId);
        Function<Member, Member.Standing> standing = asOf(org, number);
        String path = caller.visible().pathPattern();
        Map<Long, String> sectorNames =
                committees.sectors(path).stream().collect(Collectors.toMap(Sector::id, Sector::name));
        Map<Long, String> committeeNames = committees.committees(path).stream()
                .collect(Collectors.toMap(SpecialCommittee::id, SpecialCommittee::name));
        String orgName = organisations.find(org).map(OrganisationSummary::name).orElse(null);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Member m : terms.servedIn(org, number, 0, MAX_EXPORT)) {
            Member.Standing s = standing.apply(m);
            boolean personal = RosterServiceBean.mayReadPersonalData(caller, m);
            Map<String, String> r = new HashMap<>();
            r.put("rosterKey", m.rosterKey());
            r.put("name", m.name());
            r.put("gender", RosterLabels.word(m.gender()));
            r.put("ethnicity", m.ethnicity());
            r.put("birthDate", personal && m.birthDate() != null ? m.birthDate().toString() : null);
            r.put("party", RosterLabels.word(s.party()));
            r.put("sector", s.sectorId() == null ? null : sectorNames.get(s.sectorId()));
            r.put("term", String.valueOf(s.term()));
            r.put("position", RosterLabels.word(s.position()));
            r.put("committee", s.committeeId() == null ? null : committeeNames.get(s.committeeId()));
            r.put("workplace", m.workplace());
            r.put("title", m.title());
            r.put("phone", personal ? m.phone() : null);
            r.put("status", RosterLabels.word(s.status()));
            r.put("organisation", orgName);
            rows.add(r);
        }
        return sheet.write(rows);
    }

    /** How members stood in a term: as of its last day, the day before the next one began; now for the current one. */
    private Function<Member, Member.Standing> asOf(long org, int number) {
        Optional<LocalDate> day =
                terms.term(org, number + 1).map(t -> t.startsOn().minusDays(1));
        return m -> day.map(m::standingOn).orElseGet(m::standing);
    }

    /** The current term's number: the highest opened or held by a member. */
    private int current(long org) {
        int opened = terms.terms(org).stream().mapToInt(Term::number).max().orElse(0);
        return Math.max(opened, terms.rosterTerm(org));
    }

    /** Checks that the term follows the current one and locks the organisation's members. */
    private List<Member> start(long org, int number, LocalDate startsOn) {
        List<Member> roster = terms.lockMembers(org);
        int current = current(org);
        LocalDate currentStart = terms.term(org, current).map(Term::startsOn).orElse(null);
        if (terms.term(org, number).isPresent()) {
            throw Problem.conflict("term-exists", "problem.term.exists", number);
        }
        Term.requireNext(current, currentStart, number, startsOn);
        return roster;
    }

    private TermOutcome finish(
            Caller caller,
            long org,
            int number,
            LocalDate startsOn,
            int continuing,
            int left,
            int joining,
            List<ImportResult.RowError> errors,
            boolean apply) {
        if (!apply) {
            session.setRollbackOnly();
            return new TermOutcome(false, org, number, startsOn, continuing, left, joining, errors);
        }
        terms.add(new Term(org, number, startsOn, continuing, left, joining, caller.username(), time.now()));
        try {
            terms.flush();
        } catch (PersistenceException e) {
            throw Problem.conflict("term-exists", "problem.term.exists", number);
        }
        return new TermOutcome(true, org, number, startsOn, continuing, left, joining, errors);
    }

    private long organisation(Caller caller, Long organisationId) {
        long org = organisationId == null ? caller.visible().ownId() : organisationId;
        reach.organisation(caller, org);
        return org;
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }

    /** The roster import's checks of one row; the term column, when given, must be the new term. */
    private Valid validate(
            long org,
            int number,
            RosterSheet.SheetRow row,
            Errors e,
            Map<String, Sector> sectors,
            Map<String, SpecialCommittee> specials) {
        RosterRowCheck.TermColumn term = (text, errors) -> {
            if (text != null && !text.replace("第", "").replace("届", "").strip().equals(String.valueOf(number))) {
                errors.add("term", "problem.term.import-term", String.valueOf(number));
            }
            return number;
        };
        RosterRowCheck.Checked c = RosterRowCheck.check(row, e, time.today(org), sectors, specials, term, false);
        return c == null ? null : new Valid(row.number(), c.facts(), c.committee());
    }

    @Inject
    org.tongxin.platform.application.MemberLogins memberLogins;

    /** A member who leaves at the change of term keeps their history; their login is disabled (issue 14). */
    private void disableLogin(Member m) {
        if (m.accountId() != null) {
            memberLogins.disable(m.accountId());
        }
    }
}
