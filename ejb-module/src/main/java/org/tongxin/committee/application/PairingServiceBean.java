package org.tongxin.committee.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongxin.committee.domain.CommitteeRepository;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.committee.domain.Pairing;
import org.tongxin.committee.domain.PairingRepository;
import org.tongxin.committee.domain.SpecialCommittee;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * Pairings. Two office staff pairing the same CPC member at once queue on that member's row; the
 * database's unique keys refuse what would still slip through (a third partner, a second CPC partner).
 */
@Stateless
public class PairingServiceBean implements PairingService {

    @Inject
    PairingRepository pairings;

    @Inject
    MemberRepository members;

    @Inject
    CommitteeRepository committees;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

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
    public CommitteePairings ofCommittee(long committeeId) {
        Caller caller = caller();
        SpecialCommittee committee = committees
                .committee(committeeId)
                .filter(c -> callers.organisationVisible(caller, c.organisationId()))
                .orElseThrow(() -> Problem.notFound("committee"));
        Map<Long, String> committeeNames = committees
                .committees(caller.visible().pathPattern())
                .stream()
                .collect(Collectors.toMap(SpecialCommittee::id, SpecialCommittee::name));
        List<Member> inCommittee = members.search(
                caller.visible().pathPattern(),
                new MemberQuery(committeeId, null, null, null, null, MemberStatus.ACTIVE, null),
                0,
                10_000);
        List<Pairing> all = pairings.ofOrganisation(committee.organisationId());
        Map<Long, Member> people = new HashMap<>();
        inCommittee.forEach(m -> people.put(m.id(), m));
        for (Pairing p : all) {
            for (Long id : List.of(p.cpcMemberId(), p.partnerId())) {
                people.computeIfAbsent(id, k -> members.byId(k).orElseThrow());
            }
        }
        java.util.function.Function<Long, CommitteePairings.Person> person = id -> {
            Member m = people.get(id);
            return new CommitteePairings.Person(
                    m.id(),
                    m.name(),
                    m.party().name(),
                    m.committeeId() == null ? null : committeeNames.get(m.committeeId()));
        };
        java.util.function.Function<Pairing, CommitteePairings.PairingView> view =
                p -> new CommitteePairings.PairingView(
                        p.id(), person.apply(p.cpcMemberId()), person.apply(p.partnerId()), p.startedOn(), p.endedOn());
        Set<Long> ids = inCommittee.stream().map(Member::id).collect(Collectors.toSet());
        List<CommitteePairings.CpcMember> cpc = new ArrayList<>();
        List<CommitteePairings.Person> unpairedCpc = new ArrayList<>();
        List<CommitteePairings.Person> unpairedOthers = new ArrayList<>();
        for (Member m : inCommittee) {
            List<CommitteePairings.PairingView> current = all.stream()
                    .filter(p -> p.current()
                            && (p.cpcMemberId().equals(m.id()) || p.partnerId().equals(m.id())))
                    .map(view)
                    .toList();
            if (m.party() == Party.CPC) {
                cpc.add(new CommitteePairings.CpcMember(person.apply(m.id()), current));
                if (current.isEmpty()) {
                    unpairedCpc.add(person.apply(m.id()));
                }
            } else if (current.isEmpty()) {
                unpairedOthers.add(person.apply(m.id()));
            }
        }
        List<CommitteePairings.PairingView> ended = all.stream()
                .filter(p -> !p.current())
                .filter(p -> ids.contains(p.cpcMemberId()) || ids.contains(p.partnerId()))
                .map(view)
                .toList();
        return new CommitteePairings(committee.id(), committee.name(), cpc, unpairedCpc, unpairedOthers, ended);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public CommitteePairings.PairingView pair(long cpcMemberId, long partnerId, LocalDate startedOn) {
        Caller caller = caller();
        Member cpc = visibleMember(caller, cpcMemberId, "cpcMemberId");
        Member partner = visibleMember(caller, partnerId, "partnerId");
        pairings.lock(cpc);
        List<Pairing> cpcCurrent = pairings.current(cpc.id()).stream()
                .filter(p -> p.cpcMemberId().equals(cpc.id()))
                .toList();
        boolean partnerTaken = pairings.current(partner.id()).stream()
                .anyMatch(p -> p.partnerId().equals(partner.id()));
        Pairing p = Pairing.pair(cpc, partner, cpcCurrent, partnerTaken, startedOn, caller.username(), clock.instant());
        pairings.add(p);
        return simpleView(p, cpc, partner);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public CommitteePairings.PairingView end(long pairingId, LocalDate endedOn) {
        Caller caller = caller();
        Pairing p = pairings.byId(pairingId)
                .filter(x -> callers.organisationVisible(caller, x.organisationId()))
                .orElseThrow(() -> Problem.notFound("pairing"));
        p.end(endedOn);
        return simpleView(
                p,
                members.byId(p.cpcMemberId()).orElseThrow(),
                members.byId(p.partnerId()).orElseThrow());
    }

    private static CommitteePairings.PairingView simpleView(Pairing p, Member cpc, Member partner) {
        return new CommitteePairings.PairingView(
                p.id(),
                new CommitteePairings.Person(cpc.id(), cpc.name(), cpc.party().name(), null),
                new CommitteePairings.Person(
                        partner.id(), partner.name(), partner.party().name(), null),
                p.startedOn(),
                p.endedOn());
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }

    private Member visibleMember(Caller caller, long id, String field) {
        return members.byId(id)
                .filter(m -> callers.organisationVisible(caller, m.organisationId()))
                .orElseThrow(() -> Problem.field(field, "not-found", "problem.not-found", "entity.member"));
    }
}
