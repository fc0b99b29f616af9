package org.tongxin.consultation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * An organisation's consultation plan (年度协商计划) of one year. Its items change freely while it is a draft; it then
 * goes the path of {@link PlanStep}; once approved every item has its task list (责任清单), and items change only by
 * dated {@link PlanAmendment}s.
 */
@Entity
@Table(name = "cs_plan")
public class Plan implements OrganisationOwned {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_BODY = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_plan_seq")
    @SequenceGenerator(name = "cs_plan_seq", sequenceName = "cs_plan_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "approving_body", length = MAX_BODY)
    private String approvingBody;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("month, id")
    private List<PlanItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("due, id")
    private List<PlanTask> tasks = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<PlanAmendment> amendments = new ArrayList<>();

    protected Plan() {}

    /** A new draft, made by the office. */
    public Plan(long organisationId, int year, String by, Instant at) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Problem.field("year", "invalid-input", "problem.plan.year", FIRST_YEAR, LAST_YEAR);
        }
        this.organisationId = organisationId;
        this.year = year;
        this.state = PlanState.DRAFT;
        this.createdBy = by;
        this.createdAt = at;
    }

    // ---- the draft's items

    public PlanItem addItem(ItemTerms terms) {
        requireDraft();
        PlanItem item = new PlanItem(this, terms.checked());
        items.add(item);
        return item;
    }

    public PlanItem changeItem(long itemId, ItemTerms terms) {
        requireDraft();
        PlanItem item = item(itemId);
        item.apply(terms.checked());
        return item;
    }

    public void removeItem(long itemId) {
        requireDraft();
        items.remove(item(itemId));
    }

    private void requireDraft() {
        if (state != PlanState.DRAFT) {
            throw Problem.conflict(
                    "plan-not-draft", state.approved() ? "problem.plan.amend-instead" : "problem.plan.not-draft");
        }
    }

    public PlanItem item(long itemId) {
        return items.stream()
                .filter(i -> Objects.equals(i.id(), itemId))
                .findFirst()
                .orElseThrow(() -> Problem.notFound("plan-item"));
    }

    // ---- the path

    /**
     * Takes a step of the path for a caller with these roles. {@code on} is the day of the party group's review or
     * of the approval (not after {@code today}), {@code body} the approving body; {@code committeeName} names a
     * lead committee in the task lists made at approval.
     */
    public void take(
            PlanStep step,
            Set<Role> roles,
            LocalDate on,
            String body,
            String by,
            Instant at,
            LocalDate today,
            PlanShape.Counts shape,
            LongFunction<String> committeeName) {
        if (!roles.contains(step.role())) {
            throw new Problem(
                    Problem.Kind.FORBIDDEN,
                    "plan-step-role",
                    step.role() == Role.LEADER ? "problem.plan.step-leader" : "problem.plan.step-office");
        }
        if (!step.leavesFrom(state)) {
            throw Problem.conflict("plan-state", step.refusal());
        }
        if (step.checksShape() || step == PlanStep.APPROVE) {
            if (items.isEmpty()) {
                throw Problem.rule("plan-empty", "problem.plan.empty");
            }
            for (PlanItem i : items) {
                requireLead(i.terms());
            }
        }
        if (step.checksShape()) {
            int missing = shape.missing(forms());
            if (missing > 0) {
                throw Problem.rule("plan-short-of-shape", "problem.plan.short-of-shape", missing);
            }
        }
        switch (step) {
            case REVIEW -> {
                reviewedOn = day(on == null ? today : on, today);
                reviewedBy = by;
            }
            case RETURN -> {
                reviewedOn = null;
                reviewedBy = null;
                submittedAt = null;
                submittedBy = null;
            }
            case SUBMIT -> {
                submittedAt = at;
                submittedBy = by;
            }
            case APPROVE -> {
                if (on == null) {
                    throw Problem.field("on", "required", "problem.required");
                }
                String b = body == null ? "" : body.strip();
                if (b.isEmpty() || b.length() > MAX_BODY) {
                    throw Problem.field("body", "invalid-input", "problem.plan.body", MAX_BODY);
                }
                approvedOn = day(on, today);
                approvingBody = b;
                approvedBy = by;
                tasks.clear();
                for (PlanItem i : items) {
                    tasks.addAll(PlanTask.listFor(this, i, responsible(i, committeeName)));
                }
            }
            case PUBLISH -> {
                publishedAt = at;
                publishedBy = by;
            }
        }
        state = step.to();
    }

    private static LocalDate day(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw Problem.field("on", "invalid-input", "problem.plan.future-date");
        }
        return on;
    }

    private static void requireLead(ItemTerms t) {
        if (t.leadLeader() == null && t.leadCommitteeId() == null) {
            throw Problem.rule("item-without-lead", "problem.plan.no-lead", t.topic());
        }
    }

    /** Who answers for an item's tasks: its lead leader and its lead committee, as far as named. */
    static String responsible(PlanItem item, LongFunction<String> committeeName) {
        List<String> who = new ArrayList<>();
        if (item.leadLeader() != null) {
            who.add(item.leadLeader());
        }
        if (item.leadCommitteeId() != null) {
            String name = committeeName.apply(item.leadCommitteeId());
            who.add(name == null ? "#" + item.leadCommitteeId() : name);
        }
        return String.join(" · ", who);
    }

    // ---- amendments of an approved plan

    /**
     * A dated amendment of an approved (or published) plan: an item added, changed or removed, with the reason. The
     * item's task list is made again. Refused while the plan is not approved, and when it changes nothing.
     */
    public PlanAmendment amend(
            AmendmentKind kind,
            Long itemId,
            ItemTerms terms,
            String reason,
            String by,
            Instant at,
            LongFunction<String> committeeName) {
        if (!state.approved()) {
            throw Problem.conflict("plan-state", "problem.plan.not-approved");
        }
        if (kind == null) {
            throw Problem.field("kind", "required", "problem.required");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > PlanAmendment.MAX_REASON) {
            throw Problem.field("reason", "invalid-input", "problem.plan.reason", PlanAmendment.MAX_REASON);
        }
        PlanAmendment amendment;
        switch (kind) {
            case ADD -> {
                ItemTerms t = checkedWithLead(terms);
                PlanItem item = new PlanItem(this, t);
                items.add(item);
                tasks.addAll(PlanTask.listFor(this, item, responsible(item, committeeName)));
                amendment = new PlanAmendment(this, kind, null, t.topic(), diff(null, t, committeeName), why, by, at);
            }
            case CHANGE -> {
                PlanItem item = item(required(itemId));
                ItemTerms before = item.terms();
                ItemTerms t = checkedWithLead(terms);
                List<PlanAmendment.Change> changes = diff(before, t, committeeName);
                if (changes.isEmpty()) {
                    throw Problem.rule("amendment-empty", "problem.plan.amendment-empty");
                }
                item.apply(t);
                tasks.removeIf(task -> task.item() == item);
                tasks.addAll(PlanTask.listFor(this, item, responsible(item, committeeName)));
                amendment = new PlanAmendment(this, kind, item.id(), t.topic(), changes, why, by, at);
            }
            case REMOVE -> {
                PlanItem item = item(required(itemId));
                tasks.removeIf(task -> task.item() == item);
                items.remove(item);
                amendment = new PlanAmendment(
                        this, kind, item.id(), item.topic(), diff(item.terms(), null, committeeName), why, by, at);
            }
            default -> throw new IllegalStateException();
        }
        amendments.add(amendment);
        return amendment;
    }

    private static long required(Long itemId) {
        if (itemId == null) {
            throw Problem.field("itemId", "required", "problem.required");
        }
        return itemId;
    }

    private static ItemTerms checkedWithLead(ItemTerms terms) {
        if (terms == null) {
            throw Problem.field("item", "required", "problem.required");
        }
        ItemTerms t = terms.checked();
        requireLead(t);
        return t;
    }

    /** The fields of an item that differ between two terms (either may be null: an item added or removed). */
    static List<PlanAmendment.Change> diff(ItemTerms a, ItemTerms b, LongFunction<String> committeeName) {
        List<PlanAmendment.Change> changes = new ArrayList<>();
        change(
                changes,
                "form",
                a == null ? null : a.form().name(),
                b == null ? null : b.form().name());
        change(changes, "topic", a == null ? null : a.topic(), b == null ? null : b.topic());
        change(
                changes,
                "month",
                a == null ? null : String.valueOf(a.month()),
                b == null ? null : String.valueOf(b.month()));
        change(changes, "leadLeader", a == null ? null : a.leadLeader(), b == null ? null : b.leadLeader());
        change(changes, "leadCommittee", committee(a, committeeName), committee(b, committeeName));
        change(
                changes,
                "departments",
                a == null || a.departments().isEmpty() ? null : String.join("、", a.departments()),
                b == null || b.departments().isEmpty() ? null : String.join("、", b.departments()));
        return changes;
    }

    private static String committee(ItemTerms t, LongFunction<String> committeeName) {
        if (t == null || t.leadCommitteeId() == null) {
            return null;
        }
        String name = committeeName.apply(t.leadCommitteeId());
        return name == null ? "#" + t.leadCommitteeId() : name;
    }

    private static void change(List<PlanAmendment.Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new PlanAmendment.Change(field, before, after));
        }
    }

    public List<ConsultationForm> forms() {
        return items.stream().map(PlanItem::form).toList();
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public int year() {
        return year;
    }

    public PlanState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public String approvingBody() {
        return approvingBody;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public List<PlanItem> items() {
        return Collections.unmodifiableList(items);
    }

    public List<PlanTask> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    public List<PlanAmendment> amendments() {
        return Collections.unmodifiableList(amendments);
    }
}
