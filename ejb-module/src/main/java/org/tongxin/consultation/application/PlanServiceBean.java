package org.tongxin.consultation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.committee.application.RosterService;
import org.tongxin.consultation.domain.AmendmentKind;
import org.tongxin.consultation.domain.ItemTerms;
import org.tongxin.consultation.domain.Plan;
import org.tongxin.consultation.domain.PlanItem;
import org.tongxin.consultation.domain.PlanRepository;
import org.tongxin.consultation.domain.PlanShape;
import org.tongxin.consultation.domain.PlanStep;
import org.tongxin.consultation.domain.PlanTask;
import org.tongxin.platform.application.AccountDirectory;
import org.tongxin.platform.application.AccountSummary;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/** Annual consultation plans (see {@link PlanService}). */
@Stateless
public class PlanServiceBean implements PlanService {

    @Inject
    PlanRepository plans;

    @Inject
    Callers callers;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Inject
    MemberDirectory directory;

    @Inject
    AccountDirectory accounts;

    @EJB
    RosterService roster;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public int thisYear() {
        return time.year(caller().visible().ownId());
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public List<PlanDetails> plans(int year) {
        Caller caller = caller();
        List<Plan> list = plans.plans(year, caller.visible().pathPattern());
        Map<Long, String> names = committeeNames(list);
        // the shapes of every organisation listed in one query, not one per plan
        Map<Long, PlanShape.Counts> shapes = new HashMap<>();
        plans.shapes(list.stream().map(Plan::organisationId).collect(java.util.stream.Collectors.toSet()))
                .forEach(s -> shapes.put(s.organisationId(), s.counts()));
        return list.stream()
                .map(p -> details(p, caller, names, shapes.getOrDefault(p.organisationId(), PlanShape.DEFAULT)))
                .toList();
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public PlanDetails plan(long id) {
        Caller caller = caller();
        Plan plan = visible(caller, id);
        return details(plan, caller, committeeNames(List.of(plan)));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public PlanDetails create(int year) {
        Caller caller = caller();
        long org = caller.visible().ownId();
        organisations.requireOpen(org);
        if (plans.exists(org, year)) {
            throw Problem.conflict("plan-exists", "problem.plan.exists", year);
        }
        Plan plan = new Plan(org, year, caller.username(), time.now());
        plans.add(plan);
        plans.flush();
        return details(plan, caller, Map.of());
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public PlanDetails addItem(long planId, int version, ItemTerms terms) {
        Caller caller = caller();
        Plan plan = own(caller, planId, version);
        plan.addItem(resolved(plan, terms));
        return stored(plan, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public PlanDetails changeItem(long planId, long itemId, int version, ItemTerms terms) {
        Caller caller = caller();
        Plan plan = own(caller, planId, version);
        plan.changeItem(itemId, resolved(plan, terms));
        return stored(plan, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public PlanDetails removeItem(long planId, long itemId, int version) {
        Caller caller = caller();
        Plan plan = own(caller, planId, version);
        plan.removeItem(itemId);
        return stored(plan, caller);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public PlanDetails take(long planId, int version, PlanStep step, LocalDate on, String body) {
        if (step == null) {
            throw Problem.field("step", "required", "problem.required");
        }
        Caller caller = caller();
        Plan plan = own(caller, planId, version);
        plan.take(
                step,
                caller.roles(),
                on,
                body,
                caller.username(),
                time.now(),
                time.today(plan.organisationId()),
                shapeOf(plan.organisationId()),
                namer(plan));
        return stored(plan, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public PlanDetails amend(
            long planId, int version, AmendmentKind kind, Long itemId, ItemTerms terms, String reason) {
        Caller caller = caller();
        Plan plan = own(caller, planId, version);
        plan.amend(
                kind,
                itemId,
                terms == null ? null : resolved(plan, terms),
                reason,
                caller.username(),
                time.now(),
                namer(plan));
        return stored(plan, caller);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public ShapeDetails shape() {
        long org = caller().visible().ownId();
        return shapeDetails(org, plans.shape(org).orElse(null));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ShapeDetails changeShape(PlanShape.Counts counts, Integer version) {
        Caller caller = caller();
        long org = caller.visible().ownId();
        if (counts == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        PlanShape shape = plans.shape(org).orElse(null);
        if (shape == null) {
            if (version != null) {
                throw Problem.conflict("stale", "problem.stale");
            }
            shape = new PlanShape(org, counts, caller.username(), time.now());
            plans.add(shape);
        } else {
            if (version == null || version != shape.version()) {
                throw Problem.conflict("stale", "problem.stale");
            }
            shape.change(counts, caller.username(), time.now());
        }
        plans.flush();
        return shapeDetails(org, shape);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public List<PlanDetails.Task> tasks(int year, Long committeeId) {
        Caller caller = caller();
        String pattern = caller.visible().pathPattern();
        Long committee = committeeId;
        if (!caller.hasAnyRole(Role.OFFICE_STAFF, Role.LEADER)) {
            // a member: the task lists of their own special committee, of their own organisation
            Long own = roster.ownMemberId()
                    .map(id -> roster.member(id).member().committeeId())
                    .orElse(null);
            if (own == null) {
                return List.of();
            }
            committee = own;
            pattern = caller.visible().ownPath();
        }
        List<PlanTask> list = plans.tasks(year, pattern, committee);
        Set<Long> ids = new HashSet<>();
        list.forEach(t -> {
            if (t.committeeId() != null) {
                ids.add(t.committeeId());
            }
        });
        Map<Long, String> names = ids.isEmpty() ? Map.of() : directory.committeeNames(ids);
        return list.stream().map(t -> task(t, names)).toList();
    }

    // ---- helpers

    private Plan visible(Caller caller, long id) {
        return plans.plan(id, caller.visible().pathPattern()).orElseThrow(() -> Problem.notFound("consultation-plan"));
    }

    /** A plan of the caller's own organisation, at the version the change was made on. */
    private Plan own(Caller caller, long id, int version) {
        Plan plan = visible(caller, id);
        if (plan.organisationId() != caller.visible().ownId()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "plan-not-own", "problem.plan.not-own");
        }
        if (plan.version() != version) {
            throw Problem.conflict("stale", "problem.stale");
        }
        return plan;
    }

    private PlanDetails stored(Plan plan, Caller caller) {
        plans.flush();
        return details(plan, caller, committeeNames(List.of(plan)));
    }

    /**
     * The terms with their references checked: the lead committee is one of the plan's organisation's special
     * committees; a lead leader's account is an enabled leader's of that organisation, whose name it takes when none is
     * written.
     */
    private ItemTerms resolved(Plan plan, ItemTerms terms) {
        if (terms == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        if (terms.leadCommitteeId() != null) {
            boolean known = roster.committees().stream()
                    .anyMatch(c -> c.id() == terms.leadCommitteeId() && c.organisationId() == plan.organisationId());
            if (!known) {
                throw Problem.field("leadCommitteeId", "invalid-input", "problem.plan.committee");
            }
        }
        String leader = terms.leadLeader();
        if (terms.leadLeaderAccountId() != null) {
            AccountSummary a = accounts.enabled(terms.leadLeaderAccountId())
                    .filter(s -> s.caller().hasRole(Role.LEADER))
                    .filter(s -> s.caller().visible().ownId() == plan.organisationId())
                    .orElseThrow(
                            () -> Problem.field("leadLeaderAccountId", "invalid-input", "problem.plan.leader-account"));
            if (leader == null || leader.isBlank()) {
                leader = a.displayName();
            }
        }
        return new ItemTerms(
                terms.form(),
                terms.topic(),
                terms.month(),
                leader,
                terms.leadLeaderAccountId(),
                terms.leadCommitteeId(),
                terms.departments());
    }

    private PlanShape.Counts shapeOf(long organisationId) {
        return plans.shape(organisationId).map(PlanShape::counts).orElse(PlanShape.DEFAULT);
    }

    private LongFunction<String> namer(Plan plan) {
        Map<Long, String> names = new HashMap<>();
        for (CommitteeSummary c : roster.committees()) {
            if (c.organisationId() == plan.organisationId()) {
                names.put(c.id(), c.name());
            }
        }
        return names::get;
    }

    private Map<Long, String> committeeNames(Collection<Plan> list) {
        Set<Long> ids = new HashSet<>();
        for (Plan p : list) {
            for (PlanItem i : p.items()) {
                if (i.leadCommitteeId() != null) {
                    ids.add(i.leadCommitteeId());
                }
            }
        }
        return ids.isEmpty() ? Map.of() : directory.committeeNames(ids);
    }

    private PlanDetails details(Plan p, Caller caller, Map<Long, String> names) {
        return details(p, caller, names, shapeOf(p.organisationId()));
    }

    private PlanDetails details(Plan p, Caller caller, Map<Long, String> names, PlanShape.Counts counts) {
        boolean own = p.organisationId() == caller.visible().ownId();
        List<PlanDetails.ShapeRow> shape = counts.check(p.forms()).stream()
                .map(l -> new PlanDetails.ShapeRow(l.form(), l.required(), l.planned(), l.missing(), l.extra()))
                .toList();
        List<PlanStep> steps = own
                ? Arrays.stream(PlanStep.values())
                        .filter(s -> s.leavesFrom(p.state()) && caller.hasRole(s.role()))
                        .toList()
                : List.of();
        List<PlanDetails.Item> items = p.items().stream()
                .map(i -> new PlanDetails.Item(
                        i.id(),
                        i.form(),
                        i.topic(),
                        i.month(),
                        i.leadLeader(),
                        i.leadLeaderAccountId(),
                        i.leadCommitteeId(),
                        i.leadCommitteeId() == null ? null : names.get(i.leadCommitteeId()),
                        i.departments()))
                .toList();
        List<PlanDetails.Amendment> amendments = p.amendments().stream()
                .map(a -> new PlanDetails.Amendment(
                        a.id(),
                        a.at(),
                        a.by(),
                        a.kind(),
                        a.itemId(),
                        a.topic(),
                        a.changes().stream()
                                .map(c -> new PlanDetails.Change(c.field(), c.before(), c.after()))
                                .toList(),
                        a.reason()))
                .toList();
        return new PlanDetails(
                p.id(),
                p.year(),
                p.organisationId(),
                organisations.name(p.organisationId()),
                p.state(),
                p.version(),
                items,
                shape,
                shape.stream().mapToInt(PlanDetails.ShapeRow::missing).sum(),
                own && caller.hasRole(Role.OFFICE_STAFF),
                steps,
                p.reviewedOn(),
                p.reviewedBy(),
                p.submittedAt(),
                p.submittedBy(),
                p.approvedOn(),
                p.approvingBody(),
                p.approvedBy(),
                p.publishedAt(),
                p.publishedBy(),
                new ArrayList<>(p.tasks().stream().map(t -> task(t, names)).toList()),
                amendments);
    }

    private static PlanDetails.Task task(PlanTask t, Map<Long, String> names) {
        PlanItem i = t.item();
        return new PlanDetails.Task(
                t.id(),
                t.plan().id(),
                t.plan().year(),
                t.organisationId(),
                i.id(),
                i.form(),
                i.topic(),
                t.kind(),
                t.responsible(),
                t.committeeId(),
                t.committeeId() == null ? null : names.get(t.committeeId()),
                t.due());
    }

    private static ShapeDetails shapeDetails(long org, PlanShape shape) {
        PlanShape.Counts c = shape == null ? PlanShape.DEFAULT : shape.counts();
        return new ShapeDetails(
                org,
                c.plenary(),
                c.standing(),
                c.monthly(),
                c.otherMin(),
                shape != null,
                shape == null ? null : shape.version());
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
