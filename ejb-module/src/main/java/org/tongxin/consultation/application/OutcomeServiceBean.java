package org.tongxin.consultation.application;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.consultation.domain.LeaderLevel;
import org.tongxin.consultation.domain.Outcome;
import org.tongxin.consultation.domain.OutcomeQuery;
import org.tongxin.consultation.domain.OutcomeRepository;
import org.tongxin.consultation.domain.OutcomeState;
import org.tongxin.consultation.domain.OutcomeStep;
import org.tongxin.consultation.domain.Plan;
import org.tongxin.consultation.domain.PlanItem;
import org.tongxin.consultation.domain.PlanRepository;
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

/** Consultation outcomes (see {@link OutcomeService}). */
@Stateless
public class OutcomeServiceBean implements OutcomeService {

    @Inject
    OutcomeRepository outcomes;

    @Inject
    PlanRepository plans;

    @Inject
    DepartmentDirectory departments;

    @Inject
    Callers callers;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Inject
    MemberDirectory directory;

    @Inject
    ConsensusReportPrinter printer;

    @Resource
    SessionContext session;

    /** Other systems hear of an outcome agreed, sent, answered and completed once the change commits. */
    @Inject
    Event<IntegrationEvent> integration;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE, Role.HANDLING_UNIT_CODE})
    public Page<OutcomeSummary> outcomes(OutcomeQuery query, Page.Request page) {
        Caller caller = caller();
        OutcomeQuery q = query == null ? new OutcomeQuery(null, null, null, null, null) : query;
        if (isUnit(caller)) {
            // a handling unit: the outcomes sent to its own department only (none while its login has no department)
            Long unit = unit(caller);
            if (unit == null || (q.departmentId() != null && !q.departmentId().equals(unit))) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
            q = new OutcomeQuery(q.state(), q.year(), unit, q.itemId(), q.published(), true);
        } else if (publishedOnly(caller)) {
            q = new OutcomeQuery(q.state(), q.year(), q.departmentId(), q.itemId(), Boolean.TRUE);
        }
        String pattern = caller.visible().pathPattern();
        long total = outcomes.count(q, pattern);
        List<Outcome> list = total == 0 ? List.of() : outcomes.outcomes(q, pattern, page.offset(), page.size());
        Map<Long, DepartmentSummary> names =
                departments.all(list.stream().map(Outcome::departmentId).collect(Collectors.toSet()));
        Map<Long, PlanItem> items = items(list);
        LocalDate today = time.today(caller.visible().ownId());
        List<OutcomeSummary> rows = list.stream()
                .map(o -> {
                    PlanItem i = items.get(o.itemId());
                    DepartmentSummary d = names.get(o.departmentId());
                    return new OutcomeSummary(
                            o.id(),
                            o.organisationId(),
                            o.itemId(),
                            o.year(),
                            i == null ? o.topic() : i.topic(),
                            i == null ? o.form() : i.form(),
                            o.suggestion(),
                            o.departmentId(),
                            d == null ? "" : d.name(),
                            o.due(),
                            o.state(),
                            o.published(),
                            o.overdue(today));
                })
                .toList();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE, Role.HANDLING_UNIT_CODE})
    public OutcomeDetails outcome(long id) {
        Caller caller = caller();
        return details(visible(caller, id), caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public List<ConsultationChoice> consultations(int year) {
        Caller caller = caller();
        long org = caller.visible().ownId();
        return plans.plans(year, caller.visible().ownPath()).stream()
                .filter(p -> p.organisationId() == org && p.state().approved())
                .flatMap(p -> p.items().stream()
                        .map(i -> new ConsultationChoice(i.id(), p.year(), i.form(), i.topic(), i.month())))
                .toList();
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public OutcomeDetails create(long itemId, String suggestion, Long departmentId, LocalDate due) {
        Caller caller = caller();
        Plan plan = outcomes.planOfItem(itemId, caller.visible().pathPattern())
                .orElseThrow(() -> Problem.notFound("plan-item"));
        if (plan.organisationId() != caller.visible().ownId()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "outcome-not-own", "problem.outcome.not-own");
        }
        organisations.requireOpen(plan.organisationId());
        PlanItem item = plan.item(itemId);
        DepartmentSummary d = departments.choosable(departmentId, plan.organisationId(), "departmentId");
        Outcome o = new Outcome(
                plan, item, suggestion, d.id(), due, caller.username(), time.now(), time.today(plan.organisationId()));
        outcomes.add(o);
        outcomes.flush();
        publish(o, "agreed", caller);
        return details(o, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public OutcomeDetails change(long id, int version, String suggestion, Long departmentId, LocalDate due) {
        Caller caller = caller();
        Outcome o = at(caller, id, version);
        o.check(OutcomeStep.CHANGE, caller.roles(), caller.visible().ownId());
        DepartmentSummary d = departments.choosable(departmentId, o.organisationId(), "departmentId");
        o.change(caller.roles(), caller.visible().ownId(), suggestion, d.id(), due, time.today(o.organisationId()));
        return stored(o, caller);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE, Role.HANDLING_UNIT_CODE})
    public OutcomeDetails take(long id, int version, OutcomeStep step, LocalDate on, Answer answer) {
        if (step == null || !OutcomeStep.TRANSITIONS.contains(step)) {
            throw Problem.field("step", "invalid-input", "problem.invalid-input");
        }
        Caller caller = caller();
        Outcome o = at(caller, id, version);
        Set<Role> roles = caller.roles();
        long org = caller.visible().ownId();
        String by = caller.username();
        LocalDate today = time.today(o.organisationId());
        switch (step) {
            case SEND -> {
                o.check(step, roles, org);
                // a department retired since the outcome was agreed is not sent to
                departments.choosable(o.departmentId(), o.organisationId(), "departmentId");
                o.send(roles, org, by, time.now());
            }
            case ANSWER -> {
                Answer a = answer == null ? new Answer(null, null, null) : answer;
                o.answer(roles, org, unit(caller), a.text(), on, a.answeredBy(), a.document(), by, time.now(), today);
            }
            case TRACK -> o.track(roles, org, by, time.now());
            case COMPLETE -> o.complete(roles, org, on, by, today);
            case PUBLISH -> o.publish(roles, org, by, time.now());
            case UNPUBLISH -> o.unpublish(roles, org);
            default -> throw new IllegalStateException(step.name());
        }
        switch (step) {
            case SEND -> publish(o, "sent", caller);
            case ANSWER -> publish(o, "answered", caller);
            case COMPLETE -> publish(o, "completed", caller);
            default -> {
                // tracking and publication stay inside the platform
            }
        }
        return stored(o, caller);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public OutcomeDetails note(long id, int version, LocalDate on, String text) {
        Caller caller = caller();
        Outcome o = at(caller, id, version);
        o.note(
                caller.roles(),
                caller.visible().ownId(),
                on,
                text,
                caller.username(),
                time.now(),
                time.today(o.organisationId()));
        return stored(o, caller);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public OutcomeDetails instruct(long id, int version, String leader, LeaderLevel level, LocalDate on, String text) {
        Caller caller = caller();
        Outcome o = at(caller, id, version);
        o.instruct(
                caller.roles(),
                caller.visible().ownId(),
                leader,
                level,
                on,
                text,
                caller.username(),
                time.now(),
                time.today(o.organisationId()));
        return stored(o, caller);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public byte[] reportPdf(long itemId) {
        return printer.pdf(report(itemId));
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public byte[] reportDocx(long itemId) {
        return printer.docx(report(itemId));
    }

    // ---- helpers

    private ConsensusReport report(long itemId) {
        Caller caller = caller();
        Plan plan = outcomes.planOfItem(itemId, caller.visible().pathPattern())
                .orElseThrow(() -> Problem.notFound("plan-item"));
        PlanItem item = plan.item(itemId);
        List<Outcome> list = outcomes.ofItem(itemId);
        Map<Long, DepartmentSummary> names =
                departments.all(list.stream().map(Outcome::departmentId).collect(Collectors.toSet()));
        String committee = item.leadCommitteeId() == null
                ? null
                : directory.committeeNames(Set.of(item.leadCommitteeId())).get(item.leadCommitteeId());
        List<ConsensusReport.Line> lines = list.stream()
                .map(o -> new ConsensusReport.Line(
                        o.suggestion(),
                        names.containsKey(o.departmentId())
                                ? names.get(o.departmentId()).name()
                                : "",
                        o.due(),
                        o.state(),
                        o.published(),
                        o.answer(),
                        o.answeredOn(),
                        o.answeredBy(),
                        o.answerDocument(),
                        o.doneOn(),
                        o.instructions().stream()
                                .map(i -> new ConsensusReport.Instruction(i.leader(), i.level(), i.on(), i.text()))
                                .toList()))
                .toList();
        return new ConsensusReport(
                organisations.name(plan.organisationId()),
                plan.year(),
                item.id(),
                item.topic(),
                item.form(),
                item.month(),
                item.leadLeader(),
                committee,
                item.departments(),
                time.today(plan.organisationId()),
                lines);
    }

    /** Members read published outcomes only; office staff and leaders all they see (units: see {@link #unit}). */
    private static boolean publishedOnly(Caller caller) {
        return !caller.hasAnyRole(Role.OFFICE_STAFF, Role.LEADER) && !isUnit(caller);
    }

    /** A handling unit's login only (office staff and leaders read as themselves even if also a unit). */
    private static boolean isUnit(Caller caller) {
        return caller.hasRole(Role.HANDLING_UNIT) && !caller.hasAnyRole(Role.OFFICE_STAFF, Role.LEADER, Role.MEMBER);
    }

    /** The department a handling unit's login acts for (issue 18), else null. */
    private Long unit(Caller caller) {
        if (!caller.hasRole(Role.HANDLING_UNIT)) {
            return null;
        }
        return departments
                .ofAccount(caller.accountId())
                .map(DepartmentSummary::id)
                .orElse(null);
    }

    /**
     * An outcome the caller sees: office staff and leaders those of their organisation and below, members the published
     * ones, a handling unit those sent (sent or later) to its own department; any other is not found.
     */
    private Outcome visible(Caller caller, long id) {
        Outcome o = outcomes.outcome(id, caller.visible().pathPattern(), publishedOnly(caller))
                .orElseThrow(() -> Problem.notFound("outcome"));
        if (isUnit(caller)) {
            Long unit = unit(caller);
            if (unit == null || !unit.equals(o.departmentId()) || o.state() == OutcomeState.AGREED) {
                throw Problem.notFound("outcome");
            }
        }
        return o;
    }

    /** A visible outcome at the version the change was made on (whose it is, the aggregate checks). */
    private Outcome at(Caller caller, long id, int version) {
        Outcome o = visible(caller, id);
        if (o.version() != version) {
            throw Problem.conflict("stale", "problem.stale");
        }
        return o;
    }

    /**
     * {@code cn.tongxin.consultation.outcome.<what>} for the outcome as it stands (docs/integration.md): the
     * consultation it came from, the suggestion, the responsible department and the days; the department's answer
     * itself stays in the platform.
     */
    private void publish(Outcome o, String what, Caller caller) {
        integration.fire(IntegrationEvent.of(
                "cn.tongxin.consultation.outcome." + what,
                "consultation-outcome",
                o.id(),
                o.organisationId(),
                IntegrationEvent.fields(
                        "outcomeId", o.id(),
                        "planId", o.planId(),
                        "itemId", o.itemId(),
                        "year", o.year(),
                        "topic", o.topic(),
                        "form", o.form() == null ? null : o.form().name(),
                        "suggestion", o.suggestion(),
                        "departmentId", o.departmentId(),
                        "due", day(o.due()),
                        "state", o.state().name(),
                        "answeredOn", day(o.answeredOn()),
                        "doneOn", day(o.doneOn()),
                        "by", caller.username())));
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private OutcomeDetails stored(Outcome o, Caller caller) {
        outcomes.flush();
        return details(o, caller);
    }

    private Map<Long, PlanItem> items(List<Outcome> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(o -> ids.add(o.itemId()));
        return outcomes.items(ids).stream().collect(Collectors.toMap(PlanItem::id, Function.identity()));
    }

    private OutcomeDetails details(Outcome o, Caller caller) {
        PlanItem item = items(List.of(o)).get(o.itemId());
        DepartmentSummary d = departments.find(o.departmentId()).orElse(null);
        long org = caller.visible().ownId();
        Long unit = unit(caller);
        List<OutcomeStep> steps = Arrays.stream(OutcomeStep.values())
                .filter(s -> o.may(s, caller.roles(), org, unit))
                .toList();
        return new OutcomeDetails(
                o.id(),
                o.version(),
                o.organisationId(),
                organisations.name(o.organisationId()),
                o.planId(),
                o.itemId(),
                o.year(),
                item == null ? o.topic() : item.topic(),
                item == null ? o.form() : item.form(),
                o.suggestion(),
                o.departmentId(),
                d == null ? "" : d.name(),
                d != null && d.retired(),
                o.due(),
                o.overdue(time.today(o.organisationId())),
                o.state(),
                o.createdAt(),
                o.createdBy(),
                o.sentAt(),
                o.sentBy(),
                o.answer(),
                o.answeredOn(),
                o.answeredBy(),
                o.answerDocument(),
                o.answerRecordedAt(),
                o.answerRecordedBy(),
                o.trackingAt(),
                o.trackingBy(),
                o.doneOn(),
                o.doneBy(),
                o.published(),
                o.publishedAt(),
                o.publishedBy(),
                o.notes().stream()
                        .map(n -> new OutcomeDetails.Note(n.id(), n.on(), n.text(), n.at(), n.by()))
                        .toList(),
                o.instructions().stream()
                        .map(i -> new OutcomeDetails.Instruction(
                                i.id(), i.leader(), i.level(), i.on(), i.text(), i.at(), i.by()))
                        .toList(),
                steps);
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
