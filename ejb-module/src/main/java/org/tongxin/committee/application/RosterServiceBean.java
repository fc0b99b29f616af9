package org.tongxin.committee.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongxin.committee.domain.CommitteeRepository;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberChange;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.committee.domain.Sector;
import org.tongxin.committee.domain.SpecialCommittee;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.platform.kernel.VisibleOrganisations;

/**
 * The roster. The business roles read the members of the organisations they may see; personal data
 * (phone, birth date) only office staff and leaders of the member's own organisation, and the member.
 * Administrators and service accounts do not browse it: the system administrator has only
 * {@link #memberLookup}, to link an account to a member. Office staff record dated changes of committee,
 * position and status.
 */
@Stateless
public class RosterServiceBean implements RosterService {

    static final int LOOKUP_MAX = 20;

    @Inject
    RosterEvents rosterEvents;

    @Inject
    MemberRepository members;

    @Inject
    CommitteeRepository committees;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    Reach reach;

    @Inject
    OrganisationDirectory organisations;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public java.util.Optional<Long> ownMemberId() {
        return members.byAccount(caller().accountId()).map(Member::id);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.REMOTE_DIRECTORY_CODE
    })
    public List<CommitteeSummary> committees() {
        Caller caller = caller();
        String path = caller.visible().pathPattern();
        List<SpecialCommittee> list = committees.committees(path);
        Map<Long, Long> counts = committees.activeMemberCounts(path);
        Map<Long, String> directors = members.names(list.stream()
                .map(SpecialCommittee::directorId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return list.stream()
                .map(c -> new CommitteeSummary(
                        c.id(),
                        c.organisationId(),
                        c.name(),
                        c.directorId(),
                        c.directorId() == null ? null : directors.get(c.directorId()),
                        counts.getOrDefault(c.id(), 0L)))
                .toList();
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public List<SectorSummary> sectors() {
        return committees.sectors(caller().visible().pathPattern()).stream()
                .map(s -> new SectorSummary(s.id(), s.organisationId(), s.name()))
                .toList();
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public List<RosterService.Choice> committeeMenu(Long selected) {
        VisibleOrganisations visible = caller().visible();
        List<RosterService.Choice> menu = new java.util.ArrayList<>(committees.committees(visible.ownPath()).stream()
                .map(c -> new RosterService.Choice(c.id(), c.organisationId(), c.name()))
                .toList());
        if (selected != null && menu.stream().noneMatch(c -> c.id() == selected)) {
            committees
                    .committee(selected)
                    .filter(c -> organisations
                            .find(c.organisationId())
                            .map(o -> visible.includes(o.path()))
                            .orElse(false))
                    .ifPresent(c -> menu.add(new RosterService.Choice(c.id(), c.organisationId(), c.name())));
        }
        return menu;
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public List<RosterService.Choice> sectorMenu(Long selected) {
        VisibleOrganisations visible = caller().visible();
        List<RosterService.Choice> menu = new java.util.ArrayList<>(committees.sectors(visible.ownPath()).stream()
                .map(s -> new RosterService.Choice(s.id(), s.organisationId(), s.name()))
                .toList());
        if (selected != null && menu.stream().noneMatch(s -> s.id() == selected)) {
            committees
                    .sector(selected)
                    .filter(s -> organisations
                            .find(s.organisationId())
                            .map(o -> visible.includes(o.path()))
                            .orElse(false))
                    .ifPresent(s -> menu.add(new RosterService.Choice(s.id(), s.organisationId(), s.name())));
        }
        return menu;
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public ActiveMembers activeMembers() {
        Map<Position, Long> counts = members.activeByPosition(caller().visible().pathPattern());
        Map<String, Long> byPosition = new java.util.LinkedHashMap<>();
        for (Position p : Position.values()) {
            byPosition.put(p.name(), counts.getOrDefault(p, 0L));
        }
        long active = counts.values().stream().mapToLong(Long::longValue).sum();
        return new ActiveMembers(active, byPosition);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public Page<MemberSummary> search(MemberQuery query, Page.Request request) {
        Caller caller = caller();
        String path = caller.visible().pathPattern();
        MemberQuery q = query == null ? MemberQuery.all() : query;
        // the page and its total in one statement (a second only for a page beyond the end)
        MemberRepository.Found page = members.page(path, q, request.offset(), request.size());
        List<Member> found = page.members();
        if (q.term() != null) {
            return new Page<>(asOfTerm(caller, found, q.term()), request.page(), request.size(), page.total());
        }
        Names names = names(found);
        List<MemberSummary> items = found.stream()
                .map(m -> summary(m, names, mayReadPersonalData(caller, m)))
                .toList();
        return new Page<>(items, request.page(), request.size(), page.total());
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.REMOTE_DIRECTORY_CODE
    })
    public Page<RosterService.Keyed> directory(String rosterKey, MemberQuery query, Page.Request request) {
        Caller caller = caller();
        String path = caller.visible().pathPattern();
        List<Member> found;
        long total;
        if (rosterKey != null && !rosterKey.isBlank()) {
            List<Member> all = members.withRosterKey(path, rosterKey.strip());
            total = all.size();
            found = all.stream().skip(request.offset()).limit(request.size()).toList();
        } else {
            MemberQuery q = query == null ? MemberQuery.all() : query;
            MemberRepository.Found page = members.page(path, q, request.offset(), request.size());
            found = page.members();
            total = page.total();
        }
        Names names = names(found);
        List<RosterService.Keyed> items = found.stream()
                .map(m -> new RosterService.Keyed(summary(m, names, mayReadPersonalData(caller, m)), m.rosterKey()))
                .toList();
        return new Page<>(items, request.page(), request.size(), total);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public MemberProfile member(long id) {
        Caller caller = caller();
        Member m = reach.member(caller, id);
        Names names = names(caller.visible().pathPattern());
        boolean personal = mayReadPersonalData(caller, m);
        List<MemberProfile.Change> history = new ArrayList<>();
        for (MemberChange c : m.changes()) {
            history.add(new MemberProfile.Change(
                    c.kind().name(),
                    display(c.kind(), c.fromValue(), names),
                    display(c.kind(), c.toValue(), names),
                    c.effectiveOn()));
        }
        return new MemberProfile(
                summary(m, names, personal),
                m.rosterKey(),
                m.ethnicity(),
                m.statusSince(),
                personal,
                caller.hasRole(Role.OFFICE_STAFF),
                history);
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public List<MemberLookup> memberLookup(String name) {
        String q = name == null ? "" : name.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.length() > 50) {
            throw Problem.field("name", "too-long", "problem.invalid-input");
        }
        Caller caller = caller();
        MemberQuery query = new MemberQuery(null, null, null, null, null, null, q);
        List<Member> found = members.search(caller.visible().pathPattern(), query, 0, LOOKUP_MAX);
        Map<Long, String> orgNames = new java.util.HashMap<>();
        return found.stream()
                .map(m -> new MemberLookup(
                        m.id(),
                        m.name(),
                        m.organisationId(),
                        orgNames.computeIfAbsent(
                                m.organisationId(),
                                id -> organisations
                                        .find(id)
                                        .map(OrganisationSummary::name)
                                        .orElse(null))))
                .toList();
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public CommitteeSummary addCommittee(long organisationId, String name) {
        Caller caller = caller();
        reach.organisation(caller, organisationId);
        SpecialCommittee c = new SpecialCommittee(organisationId, name, clock.instant());
        if (committees.committees(caller.visible().pathPattern()).stream()
                .anyMatch(x ->
                        x.organisationId().equals(organisationId) && x.name().equals(c.name()))) {
            throw Problem.conflict("duplicate-name", "problem.committee.duplicate", c.name());
        }
        committees.add(c);
        return new CommitteeSummary(c.id(), organisationId, c.name(), null, null, 0);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public CommitteeSummary appointDirector(long committeeId, long memberId) {
        Caller caller = caller();
        SpecialCommittee c = committees
                .committee(committeeId)
                .filter(x -> callers.organisationVisible(caller, x.organisationId()))
                .orElseThrow(() -> Problem.notFound("committee"));
        Member m = reach.member(caller, memberId);
        c.appoint(m);
        return committees().stream()
                .filter(v -> v.id() == committeeId)
                .findFirst()
                .orElseThrow();
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public SectorSummary addSector(long organisationId, String name) {
        Caller caller = caller();
        reach.organisation(caller, organisationId);
        List<Sector> existing = committees.sectors(caller.visible().pathPattern()).stream()
                .filter(x -> x.organisationId().equals(organisationId))
                .toList();
        Sector s = new Sector(
                organisationId,
                name,
                existing.stream().mapToInt(Sector::sortOrder).max().orElse(0) + 1);
        if (existing.stream().anyMatch(x -> x.name().equals(s.name()))) {
            throw Problem.conflict("duplicate-name", "problem.sector.duplicate", s.name());
        }
        committees.add(s);
        return new SectorSummary(s.id(), organisationId, s.name());
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void placeIn(long memberId, long committeeId, LocalDate effectiveOn) {
        Caller caller = caller();
        Member m = reach.member(caller, memberId);
        SpecialCommittee c = committees
                .committee(committeeId)
                .filter(x -> x.organisationId().equals(m.organisationId()))
                .orElseThrow(() -> Problem.field("committeeId", "not-found", "problem.not-found", "entity.committee"));
        RosterEvents.Before before = RosterEvents.before(m);
        m.placeIn(c, required(effectiveOn), clock.instant());
        rosterEvents.after(before, m);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void changePosition(long memberId, Position position, LocalDate effectiveOn) {
        if (position == null) {
            throw Problem.field("position", "invalid-input", "problem.invalid-input");
        }
        reach.member(caller(), memberId).changePosition(position, required(effectiveOn), clock.instant());
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void changeStatus(long memberId, MemberStatus status, LocalDate effectiveOn) {
        if (status == null) {
            throw Problem.field("status", "invalid-input", "problem.invalid-input");
        }
        Member m = reach.member(caller(), memberId);
        RosterEvents.Before before = RosterEvents.before(m);
        m.changeStatus(status, required(effectiveOn), clock.instant());
        rosterEvents.after(before, m);
        disableLoginOfLeaver(m);
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }

    // --- issue 14: a member leaving the roster keeps their history; their login is disabled ---

    @jakarta.ejb.EJB
    org.tongxin.platform.application.MemberLogins memberLogins;

    private void disableLoginOfLeaver(Member m) {
        if (m.hasLeft() && m.accountId() != null) {
            memberLogins.disable(m.accountId());
        }
    }

    /**
     * Personal data (phone, birth date) is for office staff and leaders of the member's own organisation,
     * and for the member themselves: not for those of a parent or sibling organisation who may see the name.
     * Every path that emits it (the API, the pages, the export) asks here.
     */
    static boolean mayReadPersonalData(Caller caller, Member m) {
        boolean ownOffice = caller.hasAnyRole(Role.OFFICE_STAFF, Role.LEADER)
                && m.organisationId() != null
                && m.organisationId() == caller.visible().ownId();
        return ownOffice || (m.accountId() != null && m.accountId() == caller.accountId());
    }

    private static LocalDate required(LocalDate date) {
        if (date == null) {
            throw Problem.field("effectiveOn", "invalid-input", "problem.member.date-required");
        }
        return date;
    }

    private record Names(Map<Long, String> committees, Map<Long, String> sectors) implements java.io.Serializable {}

    /** The names a page of members shows: two small queries for the ids on the page, not every visible name. */
    private Names names(List<Member> page) {
        return new Names(
                committees.committeeNames(page.stream()
                        .map(Member::committeeId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList()),
                committees.sectorNames(page.stream()
                        .map(Member::sectorId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList()));
    }

    private Names names(String path) {
        return new Names(
                committees.committees(path).stream()
                        .collect(Collectors.toMap(SpecialCommittee::id, SpecialCommittee::name)),
                committees.sectors(path).stream().collect(Collectors.toMap(Sector::id, Sector::name)));
    }

    private static String display(MemberChange.Kind kind, String value, Names names) {
        if (value != null && kind == MemberChange.Kind.SECTOR) {
            return names.sectors().getOrDefault(Long.valueOf(value), value);
        }
        if (value == null || kind != MemberChange.Kind.COMMITTEE) {
            return value;
        }
        return names.committees().getOrDefault(Long.valueOf(value), value);
    }

    private static MemberSummary summary(Member m, Names names, boolean personal) {
        Function<Long, String> committee =
                id -> id == null ? null : names.committees().get(id);
        return new MemberSummary(
                m.id(),
                m.organisationId(),
                m.name(),
                m.gender().name(),
                m.party().name(),
                m.sectorId(),
                m.sectorId() == null ? null : names.sectors().get(m.sectorId()),
                m.term(),
                m.position().name(),
                m.committeeId(),
                committee.apply(m.committeeId()),
                m.status().name(),
                m.workplace(),
                m.title(),
                personal ? m.phone() : null,
                personal ? m.birthDate() : null);
    }

    // --- terms (issue 14): a term's roster shows each member as they stood on the term's last day ---

    @Inject
    org.tongxin.committee.domain.TermRepository terms;

    private List<MemberSummary> asOfTerm(Caller caller, List<Member> found, int term) {
        Map<Long, java.util.Optional<LocalDate>> lastDays = new java.util.HashMap<>();
        Map<Long, Member.Standing> standings = new java.util.HashMap<>();
        for (Member m : found) {
            // the day before the next term began; in the current term the members as they are
            java.util.Optional<LocalDate> day = lastDays.computeIfAbsent(
                    m.organisationId(),
                    org -> terms.term(org, term + 1).map(t -> t.startsOn().minusDays(1)));
            standings.put(m.id(), day.map(m::standingOn).orElseGet(m::standing));
        }
        Names names = new Names(
                committees.committeeNames(standings.values().stream()
                        .map(Member.Standing::committeeId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList()),
                committees.sectorNames(standings.values().stream()
                        .map(Member.Standing::sectorId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList()));
        return found.stream()
                .map(m -> {
                    Member.Standing s = standings.get(m.id());
                    boolean personal = mayReadPersonalData(caller, m);
                    return new MemberSummary(
                            m.id(),
                            m.organisationId(),
                            m.name(),
                            m.gender().name(),
                            s.party().name(),
                            s.sectorId(),
                            s.sectorId() == null ? null : names.sectors().get(s.sectorId()),
                            s.term(),
                            s.position().name(),
                            s.committeeId(),
                            s.committeeId() == null ? null : names.committees().get(s.committeeId()),
                            s.status().name(),
                            m.workplace(),
                            m.title(),
                            personal ? m.phone() : null,
                            personal ? m.birthDate() : null);
                })
                .toList();
    }
}
