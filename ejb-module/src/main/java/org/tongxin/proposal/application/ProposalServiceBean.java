package org.tongxin.proposal.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.inforeport.application.ProposalIntake;
import org.tongxin.platform.application.AccountDirectory;
import org.tongxin.platform.application.AccountSummary;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.DepartmentDirectory;
import org.tongxin.platform.application.DepartmentSummary;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.IntegrationEvent;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.proposal.domain.Actor;
import org.tongxin.proposal.domain.AnswerCategory;
import org.tongxin.proposal.domain.Conversion;
import org.tongxin.proposal.domain.Proposal;
import org.tongxin.proposal.domain.ProposalQuery;
import org.tongxin.proposal.domain.ProposalRepository;
import org.tongxin.proposal.domain.ProposalScope;
import org.tongxin.proposal.domain.ProposalState;
import org.tongxin.proposal.domain.ProposalStep;
import org.tongxin.proposal.domain.Rating;

/** Proposals (see {@link ProposalService}). */
@Stateless
public class ProposalServiceBean implements ProposalService {

    private static final Set<ProposalState> ANSWER_DELIVERED =
            Set.of(ProposalState.DELIVERED, ProposalState.REHANDLING, ProposalState.RATED, ProposalState.DONE);

    @Inject
    ProposalRepository proposals;

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
    ProposalDeadlines deadlines;

    @Inject
    ProposalCredits credits;

    @Inject
    AccountDirectory accounts;

    @jakarta.ejb.EJB
    ProposalIntake intake;

    @Inject
    ProposalSessions plenary;

    @Resource
    SessionContext session;

    /** Other systems hear of an assignment and of a delivered answer once the change commits (docs/integration.md). */
    @Inject
    Event<IntegrationEvent> integration;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE, Role.HANDLING_UNIT_CODE})
    public Page<ProposalSummary> proposals(ProposalQuery query, Page.Request page) {
        Actor actor = actor();
        ProposalQuery q =
                query == null ? ProposalQuery.all() : new ProposalQuery(query.state(), query.year(), query.key(), null);
        return page(actor, q, page);
    }

    private Page<ProposalSummary> page(Actor actor, ProposalQuery q, Page.Request page) {
        ProposalScope scope = scope(actor);
        long total = proposals.count(q, scope);
        List<Proposal> list = total == 0 ? List.of() : proposals.proposals(q, scope, page.offset(), page.size());
        Set<Long> memberIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        list.forEach(p -> {
            memberIds.add(p.proposerId());
            if (p.leadDepartmentId() != null) {
                unitIds.add(p.leadDepartmentId());
            }
        });
        Map<Long, String> names = members.names(memberIds);
        Map<Long, DepartmentSummary> units = departments.all(unitIds);
        LocalDate today = time.today(actor.organisationId());
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
                        p.leadDepartmentId() == null || !units.containsKey(p.leadDepartmentId())
                                ? null
                                : units.get(p.leadDepartmentId()).name(),
                        p.due(),
                        p.overdue(today),
                        p.caseNumber(),
                        p.key()))
                .toList();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE, Role.HANDLING_UNIT_CODE})
    public ProposalDetails proposal(long id) {
        Actor actor = actor();
        return details(visible(actor, id), actor);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public Map<Long, String> coSignerChoices() {
        Actor actor = actor();
        Map<Long, String> names = new java.util.LinkedHashMap<>(members.activeNames(actor.organisationId()));
        if (actor.memberId() != null) {
            names.remove(actor.memberId());
        }
        return names;
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ProposalDetails file(NewProposal body) {
        Actor actor = actor();
        if (actor.memberId() == null) {
            throw Problem.rule("not-a-member", "problem.proposal.not-a-member");
        }
        NewProposal b = body == null ? new NewProposal(null, null, null, null, null, null, null) : body;
        organisations.requireOpen(actor.organisationId());
        checkCoSigners(b.coSigners(), actor.organisationId());
        Proposal p = new Proposal(
                actor.organisationId(),
                actor.memberId(),
                text(b),
                b.coSigners(),
                b.collectiveBody(),
                b.session(),
                actor.username(),
                time.now(),
                time.today(actor.organisationId()));
        p.fileFor(plenary.filedFor(
                actor.organisationId(), p.session(), b.sessionId(), null, time.today(actor.organisationId())));
        proposals.add(p);
        proposals.flush();
        return details(p, actor);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ProposalDetails edit(long id, Integer version, NewProposal body) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.check(ProposalStep.EDIT, actor);
        NewProposal b = body == null ? new NewProposal(null, null, null, null, null, null, null) : body;
        checkCoSigners(b.coSigners(), p.organisationId());
        p.edit(actor, text(b), b.coSigners(), b.collectiveBody(), b.session());
        p.fileFor(plenary.filedFor(
                p.organisationId(), p.session(), b.sessionId(), p.plenarySessionId(), time.today(p.organisationId())));
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ProposalDetails confirm(long id, Integer version) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.confirm(actor, time.now());
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ProposalDetails submit(long id, Integer version) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.submit(actor, time.now(), plenary.session(p.plenarySessionId()).orElse(null), time.today(p.organisationId()));
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ProposalDetails review(long id, Integer version, boolean accept, String reason) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        LocalDate today = time.today(p.organisationId());
        if (accept) {
            p.accept(actor, today);
            plenary.number(p);
            credits.accepted(p, today);
        } else {
            p.refuse(actor, reason, today);
        }
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ProposalDetails assign(long id, Integer version, Long leadUnitId, List<Long> coUnitIds, LocalDate due) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.check(ProposalStep.ASSIGN, actor);
        long org = p.organisationId();
        DepartmentSummary lead = departments.choosable(leadUnitId, org, "leadUnitId");
        List<Long> co = coUnitIds == null ? List.of() : coUnitIds;
        for (Long c : co) {
            departments.choosable(c, org, "coUnitIds");
        }
        LocalDate today = time.today(org);
        LocalDate d = due == null ? deadlines.defaultDue(org, today) : due;
        p.assign(actor, lead.id(), co, d, deadlines.sendBackUntil(org, today), today);
        publish(p, "assigned", actor);
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.HANDLING_UNIT_CODE)
    public ProposalDetails sendBack(long id, Integer version, String reason) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.sendBack(actor, reason, time.today(p.organisationId()));
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.HANDLING_UNIT_CODE)
    public ProposalDetails answer(long id, Integer version, AnswerCategory category, String text) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.answer(actor, category, text, time.today(p.organisationId()));
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ProposalDetails reviewAnswer(long id, Integer version, boolean approve, String reason) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        if (approve) {
            p.approveAnswer(actor, time.today(p.organisationId()));
            // the answer is the proposer's now: the office approved it (an answer it returns is not one)
            publish(p, "answered", actor);
        } else {
            p.returnAnswer(actor, reason);
        }
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ProposalDetails rate(long id, Integer version, Rating rating, String comment) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.rate(actor, rating, comment, time.today(p.organisationId()));
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ProposalDetails close(long id, Integer version) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.close(actor, time.today(p.organisationId()));
        return stored(p, actor);
    }

    // ---- issue 18, second slice: merge and convert, co-handling opinions, key proposals, instructions, interviews

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ProposalDetails merge(long id, Integer version, List<Long> proposalIds) {
        Actor actor = actor();
        Proposal main = at(actor, id, version);
        main.check(ProposalStep.MERGE, actor);
        Set<Long> ids = new java.util.LinkedHashSet<>(proposalIds == null ? List.of() : proposalIds);
        if (ids.isEmpty() || ids.contains(null) || ids.contains(id)) {
            throw Problem.field("proposalIds", "invalid-input", "problem.proposal.merge-main");
        }
        LocalDate today = time.today(main.organisationId());
        for (Long other : ids) {
            Proposal merged = proposals
                    .proposal(other, scope(actor))
                    .orElseThrow(() -> Problem.field("proposalIds", "invalid-input", "problem.proposal.merge-main"));
            merged.mergeInto(actor, main, today);
        }
        return stored(main, actor);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ProposalDetails convert(long id, Integer version, Conversion to, String reason, String topic) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.check(ProposalStep.CONVERT, actor);
        if (to == null) {
            throw Problem.field("to", "required", "problem.required");
        }
        Long report = null;
        if (to == Conversion.REPORT) {
            report = intake.draftFromProposal(new ProposalIntake.ConvertedProposal(
                    p.organisationId(),
                    p.proposers(),
                    p.title(),
                    p.reason() + "\n\n" + p.analysis(),
                    p.suggestions(),
                    topic));
        }
        p.convert(actor, to, reason, report, time.today(p.organisationId()));
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.HANDLING_UNIT_CODE)
    public ProposalDetails opinion(long id, Integer version, String text) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.giveOpinion(actor, text, time.today(p.organisationId()));
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ProposalDetails markKey(
            long id, Integer version, LocalDate decidedOn, String decision, Long supervisorAccountId) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.check(ProposalStep.MARK_KEY, actor);
        AccountSummary leader = supervisorAccountId == null
                ? null
                : accounts.enabled(supervisorAccountId)
                        .filter(a -> a.caller().hasRole(Role.LEADER))
                        .filter(a -> a.caller().visible().ownId() == p.organisationId())
                        .orElse(null);
        if (leader == null) {
            throw Problem.field("supervisorAccountId", "invalid-input", "problem.proposal.supervisor");
        }
        LocalDate today = time.today(p.organisationId());
        if (p.markKey(actor, decidedOn, decision, leader.caller().accountId(), leader.displayName(), today)) {
            credits.key(p, today);
        }
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.LEADER_CODE)
    public ProposalDetails instruct(long id, Integer version, LocalDate givenOn, String text) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.check(ProposalStep.INSTRUCT, actor);
        Caller caller = callers.caller(session.getCallerPrincipal());
        String name = accounts.enabled(caller.accountId())
                .map(AccountSummary::displayName)
                .orElse(caller.username());
        LocalDate today = time.today(p.organisationId());
        LocalDate on = givenOn == null ? today : givenOn;
        int n = p.instruct(actor, caller.accountId(), name, on, text, today);
        credits.instruction(p, n, on);
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ProposalDetails interview(long id, Integer version, LocalDate heldOn, String people, String said) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.recordInterview(actor, heldOn, people, said, time.today(p.organisationId()));
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public Map<Long, String> leaderChoices() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        accounts.enabledWithRole(actor().organisationId(), Role.LEADER)
                .forEach(a -> names.put(a.caller().accountId(), a.displayName()));
        return names;
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public Map<Long, String> mergeChoices(long id) {
        Actor actor = actor();
        Map<Long, String> choices = new java.util.LinkedHashMap<>();
        proposals.proposals(new ProposalQuery(ProposalState.SUBMITTED, null), scope(actor), 0, 200).stream()
                .filter(p -> p.id() != id)
                .forEach(p -> choices.put(p.id(), p.title()));
        return choices;
    }

    // ---- issue 18, third slice: key proposals in lists, withdrawing, undoing a merge

    @Override
    @RolesAllowed(Role.LEADER_CODE)
    public Page<ProposalSummary> supervisedByMe(ProposalQuery query, Page.Request page) {
        Actor actor = actor();
        long account = callers.caller(session.getCallerPrincipal()).accountId();
        ProposalQuery q = query == null ? ProposalQuery.all() : query;
        return page(actor, q.supervisedBy(account), page);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public void discard(long id, Integer version) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.discard(actor);
        proposals.remove(p);
        proposals.flush();
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ProposalDetails withdraw(long id, Integer version) {
        Actor actor = actor();
        Proposal p = at(actor, id, version);
        p.check(ProposalStep.WITHDRAW, actor);
        p.withdraw(actor, !proposals.mergedInto(id).isEmpty());
        return stored(p, actor);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ProposalDetails unmerge(long id, Integer version) {
        Actor actor = actor();
        Proposal merged = at(actor, id, version);
        merged.check(ProposalStep.UNMERGE, actor);
        Proposal main =
                proposals.proposal(merged.mergedIntoId(), scope(actor)).orElseThrow(() -> Problem.notFound("proposal"));
        merged.unmerge(actor, main, proposals.mergedInto(main.id()));
        proposals.flush();
        return details(merged, actor);
    }

    private ProposalExtras extras(Proposal p, Actor actor, Map<Long, String> names, boolean staffOrUnit) {
        Map<Long, DepartmentSummary> opinionUnits = departments.all(
                p.opinions().stream().map(o -> o.departmentId()).collect(java.util.stream.Collectors.toSet()));
        return new ProposalExtras(
                p.mergedIntoId(),
                p.mergedProposers().stream()
                        .map(m -> new ProposalExtras.MergedRow(
                                m.memberId(), names.getOrDefault(m.memberId(), ""), m.fromProposalId()))
                        .toList(),
                p.conversion(),
                p.conversionReason(),
                p.convertedReportId(),
                staffOrUnit
                        ? p.opinions().stream()
                                .map(o -> new ProposalExtras.OpinionRow(
                                        o.departmentId(),
                                        opinionUnits.containsKey(o.departmentId())
                                                ? opinionUnits
                                                        .get(o.departmentId())
                                                        .name()
                                                : "",
                                        o.text(),
                                        o.givenOn(),
                                        o.givenBy()))
                                .toList()
                        : List.of(),
                p.key(),
                p.keyDecidedOn(),
                p.keyDecision(),
                p.supervisorAccountId(),
                p.supervisorName(),
                p.instructions().stream()
                        .map(i -> new ProposalExtras.InstructionRow(
                                i.leaderAccountId(), i.leaderName(), i.givenOn(), i.text()))
                        .toList(),
                p.interviews().stream()
                        .map(i -> new ProposalExtras.InterviewRow(i.heldOn(), i.people(), i.said(), i.recordedBy()))
                        .toList());
    }

    // ---- helpers

    private void checkCoSigners(List<Long> ids, long organisationId) {
        if (ids == null) {
            return;
        }
        for (Long id : ids) {
            boolean ok = id != null
                    && members.member(id)
                            .filter(m -> m.organisationId() == organisationId)
                            .isPresent();
            if (!ok) {
                throw Problem.field("coSigners", "invalid-input", "problem.proposal.co-signer-other");
            }
        }
    }

    private static org.tongxin.proposal.domain.Proposal.Text text(NewProposal b) {
        return new Proposal.Text(b.title(), b.reason(), b.analysis(), b.suggestions());
    }

    /** What the caller's roles let them see: their organisation's, their own and co-signed, their department's. */
    private static ProposalScope scope(Actor a) {
        boolean office = a.roles().contains(Role.OFFICE_STAFF) || a.roles().contains(Role.LEADER);
        Long member = a.roles().contains(Role.MEMBER) ? a.memberId() : null;
        Long unit = a.roles().contains(Role.HANDLING_UNIT) ? a.departmentId() : null;
        return new ProposalScope(
                office ? a.organisationId() : null, member, unit, unit == null ? null : a.organisationId());
    }

    private Proposal visible(Actor actor, long id) {
        return proposals.proposal(id, scope(actor)).orElseThrow(() -> Problem.notFound("proposal"));
    }

    private Proposal at(Actor actor, long id, Integer version) {
        Proposal p = visible(actor, id);
        if (version != null && p.version() != version) {
            throw Problem.conflict("stale", "problem.stale");
        }
        return p;
    }

    /**
     * {@code cn.tongxin.proposal.<what>} for the proposal as it stands: the handling units and the due day when
     * assigned, the answer's category and day when answered (the answer's text stays in the platform).
     */
    private void publish(Proposal p, String what, Actor actor) {
        integration.fire(IntegrationEvent.of(
                "cn.tongxin.proposal." + what,
                "proposal",
                p.id(),
                p.organisationId(),
                IntegrationEvent.fields(
                        "proposalId", p.id(),
                        "year", p.year(),
                        "caseNumber", p.caseNumber(),
                        "title", p.title(),
                        "kind", p.kind() == null ? null : p.kind().name(),
                        "state", p.state().name(),
                        "proposerId", p.proposerId(),
                        "leadUnitId", p.leadDepartmentId(),
                        "coUnitIds", List.copyOf(p.coDepartmentIds()),
                        "assignedOn", day(p.assignedOn()),
                        "due", day(p.due()),
                        "answerCategory",
                                p.answerCategory() == null
                                        ? null
                                        : p.answerCategory().name(),
                        "answeredOn", day(p.answeredOn()),
                        "by", actor.username())));
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private ProposalDetails stored(Proposal p, Actor actor) {
        proposals.flush();
        return details(p, actor);
    }

    private ProposalDetails details(Proposal p, Actor actor) {
        Set<Long> memberIds = new HashSet<>();
        memberIds.add(p.proposerId());
        p.coSigners().forEach(c -> memberIds.add(c.memberId()));
        p.mergedProposers().forEach(m -> memberIds.add(m.memberId()));
        Map<Long, String> names = members.names(memberIds);
        Set<Long> unitIds = new HashSet<>(p.coDepartmentIds());
        if (p.leadDepartmentId() != null) {
            unitIds.add(p.leadDepartmentId());
        }
        Map<Long, DepartmentSummary> units = departments.all(unitIds);
        boolean staffOrUnit = actor.roles().contains(Role.OFFICE_STAFF)
                || actor.roles().contains(Role.LEADER)
                || actor.roles().contains(Role.HANDLING_UNIT);
        boolean answerShown = p.answerText() != null && (staffOrUnit || ANSWER_DELIVERED.contains(p.state()));
        java.util.Optional<org.tongxin.proposal.domain.PlenarySession> filedFor = plenary.session(p.plenarySessionId());
        List<ProposalStep> steps = Arrays.stream(ProposalStep.values())
                .filter(ProposalStep.OFFERED::contains)
                .filter(s -> p.may(s, actor))
                .toList();
        return new ProposalDetails(
                p.id(),
                p.version(),
                p.organisationId(),
                organisations.name(p.organisationId()),
                p.year(),
                p.title(),
                p.reason(),
                p.analysis(),
                p.suggestions(),
                p.kind(),
                p.collectiveBody(),
                p.session(),
                p.proposerId(),
                names.getOrDefault(p.proposerId(), ""),
                p.coSigners().stream()
                        .map(c -> new ProposalDetails.CoSignerRow(
                                c.memberId(), names.getOrDefault(c.memberId(), ""), c.confirmed(), c.confirmedAt()))
                        .toList(),
                p.state(),
                p.createdAt(),
                p.submittedAt(),
                p.reviewedOn(),
                p.refusalReason(),
                unit(units, p.leadDepartmentId()),
                p.coDepartmentIds().stream().map(u -> unit(units, u)).toList(),
                p.assignedOn(),
                p.due(),
                p.sendBackUntil(),
                staffOrUnit ? p.sendBackReason() : null,
                p.overdue(time.today(p.organisationId())),
                answerShown
                        ? new ProposalDetails.Answer(p.answerCategory(), p.answerText(), p.answeredOn(), p.answeredBy())
                        : null,
                staffOrUnit ? p.answerReturnReason() : null,
                p.deliveredOn(),
                p.rating(),
                p.firstRating(),
                p.ratingComment(),
                p.ratedOn(),
                p.rehandled(),
                p.doneOn(),
                steps,
                extras(p, actor, names, staffOrUnit),
                p.plenarySessionId(),
                filedFor.map(org.tongxin.proposal.domain.PlenarySession::name).orElse(null),
                filedFor.map(org.tongxin.proposal.domain.PlenarySession::deadline)
                        .orElse(null),
                p.caseNumber());
    }

    private static ProposalDetails.Unit unit(Map<Long, DepartmentSummary> units, Long id) {
        if (id == null) {
            return null;
        }
        DepartmentSummary d = units.get(id);
        return new ProposalDetails.Unit(id, d == null ? "" : d.name());
    }

    private Actor actor() {
        Caller caller = callers.caller(session.getCallerPrincipal());
        Long member = caller.hasRole(Role.MEMBER)
                ? members.ofAccount(caller.accountId())
                        .map(MemberDirectory.MemberRef::id)
                        .orElse(null)
                : null;
        Long department = caller.hasRole(Role.HANDLING_UNIT)
                ? departments
                        .ofAccount(caller.accountId())
                        .map(DepartmentSummary::id)
                        .orElse(null)
                : null;
        return new Actor(caller.roles(), caller.visible().ownId(), member, department, caller.username());
    }
}
