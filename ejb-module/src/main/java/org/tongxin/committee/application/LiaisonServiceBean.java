package org.tongxin.committee.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongxin.committee.domain.CommitteeRepository;
import org.tongxin.committee.domain.ContactCard;
import org.tongxin.committee.domain.ContactPoint;
import org.tongxin.committee.domain.Liaison;
import org.tongxin.committee.domain.LiaisonGroup;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.committee.domain.PointAssignment;
import org.tongxin.committee.domain.Town;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/** Liaison groups and contact points: read by everyone who sees the organisation, kept by its office staff. */
@Stateless
public class LiaisonServiceBean implements LiaisonService {

    @Inject
    Liaison liaison;

    @Inject
    MemberRepository members;

    @Inject
    CommitteeRepository committees;

    @Inject
    Callers callers;

    @Inject
    CardPrinter printer;

    @Inject
    Clock clock;

    @EJB
    OrganisationService organisations;

    @Inject
    Reach reach;

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
    public List<TownSummary> towns(long organisationId) {
        reach.organisation(caller(), organisationId);
        Map<Long, LiaisonGroup> groups = liaison.groups(organisationId).stream()
                .filter(g -> !g.retired())
                .collect(Collectors.toMap(LiaisonGroup::townId, Function.identity()));
        Map<Long, Long> counts = liaison.pointCounts(organisationId);
        Map<Long, String> names = new HashMap<>(members.activeNames(organisationId));
        List<TownSummary> result = new ArrayList<>();
        for (Town t : liaison.towns(organisationId)) {
            LiaisonGroup g = groups.get(t.id());
            List<GroupMember> people = g == null
                    ? List.of()
                    : g.memberIds().stream()
                            .map(id -> new GroupMember(id, names.getOrDefault(id, "#" + id)))
                            .toList();
            result.add(new TownSummary(
                    t.id(),
                    t.organisationId(),
                    t.name(),
                    t.kind().name(),
                    g == null ? null : g.id(),
                    g == null ? null : g.name(),
                    g == null || g.leaderId() == null ? null : names.get(g.leaderId()),
                    people,
                    counts.getOrDefault(t.id(), 0L),
                    t.retiredOn(),
                    t.version()));
        }
        return result;
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public Page<PointSummary> points(long townId, String name, Page.Request request) {
        Town town = visibleTown(caller(), townId);
        String like = name == null || name.isBlank() ? null : name.strip();
        List<ContactPoint> page = liaison.points(townId, like, request.offset(), request.size());
        Map<Long, List<PointAssignment>> assigned =
                liaison.currentAt(page.stream().map(ContactPoint::id).toList()).stream()
                        .collect(Collectors.groupingBy(PointAssignment::pointId));
        Map<Long, String> names = members.activeNames(town.organisationId());
        List<PointSummary> items = page.stream()
                .map(p -> new PointSummary(
                        p.id(),
                        town.id(),
                        town.name(),
                        p.name(),
                        p.kind().name(),
                        assigned.getOrDefault(p.id(), List.of()).stream()
                                .map(a -> new PointMember(
                                        a.id(),
                                        a.memberId(),
                                        names.getOrDefault(a.memberId(), "#" + a.memberId()),
                                        a.fixed(),
                                        a.since()))
                                .toList(),
                        p.retiredOn(),
                        p.version()))
                .toList();
        return new Page<>(items, request.page(), request.size(), liaison.countPoints(townId, like));
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public List<AssignmentRow> memberPoints(long memberId) {
        Member m = reach.member(caller(), memberId);
        return assignments(m, liaison.currentOf(m.id()));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public AssignmentRow assign(long memberId, long pointId, boolean fixed, LocalDate since) {
        Caller caller = caller();
        Member m = reach.member(caller, memberId);
        ContactPoint point = liaison.point(pointId)
                .filter(p -> callers.organisationVisible(caller, p.organisationId()))
                .orElseThrow(() -> Problem.field("pointId", "not-found", "problem.not-found", "entity.contact-point"));
        members.lock(m);
        List<PointAssignment> current = liaison.currentOf(m.id());
        PointAssignment a = PointAssignment.assign(
                m,
                point,
                fixed,
                current.stream().anyMatch(x -> x.pointId().equals(pointId)),
                current.stream().anyMatch(PointAssignment::fixed),
                since,
                caller.username(),
                clock.instant());
        liaison.add(a);
        return assignments(m, List.of(a)).get(0);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public AssignmentRow endAssignment(long assignmentId, LocalDate until) {
        Caller caller = caller();
        PointAssignment a = liaison.assignment(assignmentId)
                .filter(x -> callers.organisationVisible(caller, x.organisationId()))
                .orElseThrow(() -> Problem.notFound("assignment"));
        a.end(until);
        return assignments(members.byId(a.memberId()).orElseThrow(), List.of(a)).get(0);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void joinGroup(long townId, long memberId) {
        Caller caller = caller();
        Town town = visibleTown(caller, townId);
        Member m = reach.member(caller, memberId);
        town.refuseRetired();
        LiaisonGroup g = liaison.groupOf(town.id()).orElseGet(() -> {
            LiaisonGroup created = new LiaisonGroup(town, town.name() + "联络组");
            liaison.add(created);
            return created;
        });
        g.add(m);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void leaveGroup(long townId, long memberId) {
        Town town = visibleTown(caller(), townId);
        liaison.groupOf(town.id())
                .orElseThrow(() -> Problem.notFound("liaison-group"))
                .remove(memberId);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public CardDetails card(long memberId) {
        Caller caller = caller();
        Member m = mayHandleCard(caller, memberId);
        ContactCard card = liaison.card(m.id()).orElseGet(() -> {
            ContactCard issued = new ContactCard(m.id(), clock.instant());
            liaison.add(issued);
            return issued;
        });
        return card(m, card);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public CardDetails reissueCard(long memberId) {
        Member m = mayHandleCard(caller(), memberId);
        ContactCard card = liaison.card(m.id()).orElseGet(() -> {
            ContactCard issued = new ContactCard(m.id(), clock.instant());
            liaison.add(issued);
            return issued;
        });
        card.reissue(clock.instant());
        return card(m, card);
    }

    /** The public card page (the QR code's target): whoever holds the token, anonymous included; no personal data. */
    @Override
    @PermitAll
    public CardDetails publicCard(String token) {
        ContactCard card = token == null || token.length() > 40
                ? null
                : liaison.cardByToken(token).orElse(null);
        Member m = card == null
                ? null
                : members.byId(card.memberId())
                        .filter(x -> x.status() == org.tongxin.committee.application.MemberStatus.ACTIVE)
                        .orElse(null);
        if (m == null) {
            throw Problem.notFound("card");
        }
        CardDetails full = card(m, card);
        // the public page shows neither the secret nor anything the roster keeps private
        return new CardDetails(
                full.memberId(),
                full.name(),
                full.organisationName(),
                full.committeeName(),
                full.sectorName(),
                full.workplace(),
                full.title(),
                full.points(),
                full.liaisonGroups(),
                null);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public byte[] cardPdf(long memberId, String baseUrl) {
        CardDetails card = card(memberId);
        return printer.print(card, baseUrl + "/card.xhtml?t=" + card.token());
    }

    private CardDetails card(Member m, ContactCard card) {
        String committee = m.committeeId() == null
                ? null
                : committees.committee(m.committeeId()).map(c -> c.name()).orElse(null);
        String sector = m.sectorId() == null
                ? null
                : committees.sector(m.sectorId()).map(s -> s.name()).orElse(null);
        List<String> groups = liaison.groups(m.organisationId()).stream()
                .filter(g -> !g.retired() && g.memberIds().contains(m.id()))
                .map(LiaisonGroup::name)
                .toList();
        return new CardDetails(
                m.id(),
                m.name(),
                organisations.publicName(m.organisationId()),
                committee,
                sector,
                m.workplace(),
                m.title(),
                assignments(m, liaison.currentOf(m.id())),
                groups,
                card.token());
    }

    private List<AssignmentRow> assignments(Member m, List<PointAssignment> list) {
        Map<Long, ContactPoint> points =
                liaison.pointsById(list.stream().map(PointAssignment::pointId).toList()).stream()
                        .collect(Collectors.toMap(ContactPoint::id, Function.identity()));
        Map<Long, String> towns = new HashMap<>();
        List<AssignmentRow> result = new ArrayList<>();
        for (PointAssignment a : list) {
            ContactPoint p = points.get(a.pointId());
            String town = towns.computeIfAbsent(
                    p.townId(), id -> liaison.town(id).map(Town::name).orElse(""));
            result.add(new AssignmentRow(
                    a.id(), m.id(), m.name(), p.id(), p.name(), town, a.fixed(), a.since(), a.until()));
        }
        return result;
    }

    private Member mayHandleCard(Caller caller, long memberId) {
        Member m = reach.member(caller, memberId);
        boolean own = m.accountId() != null && m.accountId() == caller.accountId();
        if (!own && !caller.hasAnyRole(Role.OFFICE_STAFF, Role.LEADER)) {
            throw Problem.forbidden();
        }
        return m;
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public PointCoverage coverage() {
        Liaison.PointCoverage c = liaison.pointCoverage(caller().visible().pathPattern());
        return new PointCoverage(c.points(), c.covered());
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }

    private Town visibleTown(Caller caller, long id) {
        return liaison.town(id)
                .filter(t -> callers.organisationVisible(caller, t.organisationId()))
                .orElseThrow(() -> Problem.notFound("town"));
    }
}
