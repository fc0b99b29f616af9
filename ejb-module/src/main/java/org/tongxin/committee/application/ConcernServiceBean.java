package org.tongxin.committee.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tongxin.committee.domain.Concern;
import org.tongxin.committee.domain.ContactPoint;
import org.tongxin.committee.domain.Liaison;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * The people's-concern diary. A member writes at one of their own contact points; the entry earns the
 * diary's points in the duty ledger in the same transaction. Office staff follow concerns up.
 */
@Stateless
public class ConcernServiceBean implements ConcernService {

    @Inject
    Liaison liaison;

    @Inject
    MemberRepository members;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    OrganisationTime time;

    @Inject
    Event<ConcernRecorded> recorded;

    @EJB
    OrganisationService organisations;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ConcernSummary record(long pointId, LocalDate metOn, String what, String suggestion) {
        Caller caller = caller();
        Member m = members.byAccount(caller.accountId()).orElseThrow(Problem::forbidden);
        ContactPoint point = liaison.point(pointId)
                .orElseThrow(() -> Problem.field("pointId", "not-found", "problem.not-found", "entity.contact-point"));
        if (liaison.currentOf(m.id()).stream().noneMatch(a -> a.pointId().equals(pointId))) {
            throw Problem.field("pointId", "not-your-point", "problem.concern.not-your-point");
        }
        Concern c = new Concern(m, point, metOn, what, suggestion, time.today(m.organisationId()), clock.instant());
        liaison.add(c);
        recorded.fire(new ConcernRecorded(c.id(), m.id(), c.metOn(), point.name()));
        return view(c, Map.of(m.id(), m.name()), Map.of(point.id(), point.name()));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConcernSummary handle(long concernId, boolean resolved, String note) {
        Caller caller = caller();
        Concern c = liaison.concern(concernId)
                .filter(x -> callers.organisationVisible(caller, x.organisationId()))
                .orElseThrow(() -> Problem.notFound("concern"));
        c.handle(resolved, note, caller.username(), clock.instant());
        return view(c, members.activeNames(c.organisationId()), names(List.of(c)));
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public Page<ConcernSummary> concerns(
            long organisationId, String status, LocalDate from, LocalDate to, Page.Request request) {
        Caller caller = caller();
        if (!callers.organisationVisible(caller, organisationId)) {
            throw Problem.notFound("organisation");
        }
        Long memberId = null;
        if (!caller.hasAnyRole(Role.OFFICE_STAFF, Role.LEADER)) {
            memberId = members.byAccount(caller.accountId()).map(Member::id).orElseThrow(Problem::forbidden);
        }
        Liaison.ConcernFilter filter = new Liaison.ConcernFilter(organisationId, memberId, status(status), from, to);
        List<Concern> list = liaison.concerns(filter, request.offset(), request.size());
        Map<Long, String> names = new HashMap<>(members.activeNames(organisationId));
        list.stream()
                .map(Concern::memberId)
                .filter(id -> !names.containsKey(id))
                .forEach(id -> names.put(id, members.byId(id).map(Member::name).orElse("#" + id)));
        Map<Long, String> points = names(list);
        return new Page<>(
                list.stream().map(c -> view(c, names, points)).toList(),
                request.page(),
                request.size(),
                liaison.countConcerns(filter));
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public ConcernSummary concern(long concernId) {
        Caller caller = caller();
        Concern c = liaison.concern(concernId).orElseThrow(() -> Problem.notFound("concern"));
        boolean staff = caller.hasAnyRole(Role.OFFICE_STAFF, Role.LEADER)
                && callers.organisationVisible(caller, c.organisationId());
        boolean author = members.byAccount(caller.accountId())
                .map(m -> m.id().equals(c.memberId()))
                .orElse(false);
        if (!staff && !author) {
            throw Problem.notFound("concern");
        }
        Map<Long, String> names = new HashMap<>();
        names.put(c.memberId(), members.byId(c.memberId()).map(Member::name).orElse("#" + c.memberId()));
        return view(c, names, names(List.of(c)));
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public List<ConcernCountRow> counts(long organisationId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw Problem.field("from", "invalid-input", "problem.concern.period");
        }
        OrganisationDetails root = organisations.get(organisationId);
        List<OrganisationDetails> visible = organisations.visible();
        Map<Long, String> orgNames =
                visible.stream().collect(Collectors.toMap(OrganisationDetails::id, OrganisationDetails::name));
        Map<Long, Long> parents = new java.util.HashMap<>();
        visible.stream().filter(o -> o.parentId() != null).forEach(o -> parents.put(o.id(), o.parentId()));
        String pattern = callers.caller(session.getCallerPrincipal()).visible().pathPattern();
        return liaison.concernCounts(pattern, from, to).stream()
                .filter(c -> c.organisationId() == root.id() || isBelow(c.organisationId(), root.id(), parents))
                .map(c -> new ConcernCountRow(
                        c.organisationId(),
                        orgNames.get(c.organisationId()),
                        c.collected(),
                        c.resolved(),
                        c.unresolved(),
                        c.open()))
                .toList();
    }

    private static boolean isBelow(long organisationId, long rootId, Map<Long, Long> parents) {
        for (Long p = parents.get(organisationId); p != null; p = parents.get(p)) {
            if (p == rootId) {
                return true;
            }
        }
        return false;
    }

    private Map<Long, String> names(List<Concern> concerns) {
        return liaison
                .pointsById(concerns.stream().map(Concern::pointId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(ContactPoint::id, ContactPoint::name));
    }

    private static Concern.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Concern.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.field("status", "invalid-input", "problem.member.unknown-value", status);
        }
    }

    private static ConcernSummary view(Concern c, Map<Long, String> memberNames, Map<Long, String> pointNames) {
        return new ConcernSummary(
                c.id(),
                c.memberId(),
                memberNames.getOrDefault(c.memberId(), "#" + c.memberId()),
                c.pointId(),
                pointNames.getOrDefault(c.pointId(), "#" + c.pointId()),
                c.metOn(),
                c.what(),
                c.suggestion(),
                c.status().name(),
                c.handlingNote(),
                c.handledBy(),
                c.handledAt());
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
