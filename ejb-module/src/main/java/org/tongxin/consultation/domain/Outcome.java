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
import java.util.Set;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * A consultation outcome (协商成果): one suggestion agreed at a consultation (an item of an approved plan), sent to a
 * responsible department (责任单位) with a due date, answered by it, tracked to done (跟踪落实) with dated progress
 * notes, published (公示公开), and carrying leaders' instructions (批示). Its steps and who takes them are the table
 * {@link OutcomeStep}; every step is taken only by staff of the outcome's own organisation.
 */
@Entity
@Table(name = "cs_outcome")
public class Outcome implements OrganisationOwned {

    public static final int MAX_SUGGESTION = 2000;
    public static final int MAX_ANSWER = 4000;
    public static final int MAX_NAME = 64;
    public static final int MAX_DOCUMENT = 200;
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_outcome_seq")
    @SequenceGenerator(name = "cs_outcome_seq", sequenceName = "cs_outcome_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    /** The consultation's topic and form when the outcome was recorded (the item may be amended away later). */
    @Column(nullable = false, length = ItemTerms.MAX_TOPIC)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsultationForm form;

    @Column(nullable = false, length = MAX_SUGGESTION)
    private String suggestion;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(name = "due_on", nullable = false)
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutcomeState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by", length = 64)
    private String sentBy;

    @Column(length = MAX_ANSWER)
    private String answer;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    /** Who answered for the department (a name). */
    @Column(name = "answered_by", length = MAX_NAME)
    private String answeredBy;

    /** The department's reply document (its number or title, e.g. 同发改函〔2026〕12号), optional. */
    @Column(name = "answer_document", length = MAX_DOCUMENT)
    private String answerDocument;

    @Column(name = "answer_recorded_at")
    private Instant answerRecordedAt;

    @Column(name = "answer_recorded_by", length = 64)
    private String answerRecordedBy;

    @Column(name = "tracking_at")
    private Instant trackingAt;

    @Column(name = "tracking_by", length = 64)
    private String trackingBy;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @OneToMany(mappedBy = "outcome", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("notedOn, id")
    private List<OutcomeNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "outcome", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("givenOn, id")
    private List<OutcomeInstruction> instructions = new ArrayList<>();

    protected Outcome() {}

    /**
     * An outcome agreed at a consultation of an approved plan, for a department (checked by the caller: one of the
     * organisation's, not retired), due not before today.
     */
    public Outcome(
            Plan plan,
            PlanItem item,
            String suggestion,
            long departmentId,
            LocalDate due,
            String by,
            Instant at,
            LocalDate today) {
        if (!plan.state().approved()) {
            throw Problem.conflict("plan-state", "problem.outcome.plan-not-approved");
        }
        this.organisationId = plan.organisationId();
        this.planId = plan.id();
        this.itemId = item.id();
        this.year = plan.year();
        this.topic = item.topic();
        this.form = item.form();
        this.state = OutcomeState.AGREED;
        this.createdBy = by;
        this.createdAt = at;
        terms(suggestion, departmentId, due, today);
    }

    private void terms(String suggestion, long departmentId, LocalDate due, LocalDate today) {
        this.suggestion = text("suggestion", suggestion, MAX_SUGGESTION, "problem.outcome.suggestion");
        if (due == null) {
            throw Problem.field("due", "required", "problem.required");
        }
        if (due.isBefore(today)) {
            throw Problem.field("due", "invalid-input", "problem.outcome.due-past");
        }
        this.departmentId = departmentId;
        this.due = due;
    }

    /**
     * Refuses a step the caller may not take now: another organisation's outcome ({@code 403 outcome-not-own}), the
     * other role ({@code 403 outcome-step-role}), a state the step is not taken from ({@code 409 outcome-state}).
     */
    public void check(OutcomeStep step, Set<Role> roles, long callerOrganisationId) {
        check(step, roles, callerOrganisationId, null);
    }

    /**
     * As {@link #check(OutcomeStep, Set, long)} for a caller acting for a department ({@code callerDepartmentId}: a
     * handling unit's login, else null): the unit of the outcome's own department takes the answer; a unit of another
     * department gets {@code 403 outcome-step-role}.
     */
    public void check(OutcomeStep step, Set<Role> roles, long callerOrganisationId, Long callerDepartmentId) {
        if (organisationId != callerOrganisationId) {
            throw new Problem(Problem.Kind.FORBIDDEN, "outcome-not-own", "problem.outcome.not-own");
        }
        if (!step.takenBy(roles, ownDepartment(callerDepartmentId))) {
            throw new Problem(
                    Problem.Kind.FORBIDDEN,
                    "outcome-step-role",
                    step.role() == Role.LEADER
                            ? "problem.outcome.step-leader"
                            : step.byUnit() ? "problem.outcome.step-answer" : "problem.outcome.step-office");
        }
        if (!step.allowedFrom(state, published)) {
            throw Problem.conflict("outcome-state", step.refusal());
        }
    }

    /** Whether the caller could take the step now (for the buttons a page shows). */
    public boolean may(OutcomeStep step, Set<Role> roles, long callerOrganisationId) {
        return may(step, roles, callerOrganisationId, null);
    }

    /** As {@link #may(OutcomeStep, Set, long)} for a caller acting for a department (a handling unit), else null. */
    public boolean may(OutcomeStep step, Set<Role> roles, long callerOrganisationId, Long callerDepartmentId) {
        return organisationId == callerOrganisationId
                && step.takenBy(roles, ownDepartment(callerDepartmentId))
                && step.allowedFrom(state, published);
    }

    private boolean ownDepartment(Long callerDepartmentId) {
        return callerDepartmentId != null && callerDepartmentId.equals(departmentId);
    }

    /** Changes what was agreed, its department or its due date, while it has not been sent. */
    public void change(
            Set<Role> roles, long callerOrg, String suggestion, long departmentId, LocalDate due, LocalDate today) {
        check(OutcomeStep.CHANGE, roles, callerOrg);
        terms(suggestion, departmentId, due, today);
    }

    /** Sent to its department (the caller has checked that the department is still open). */
    public void send(Set<Role> roles, long callerOrg, String by, Instant at) {
        check(OutcomeStep.SEND, roles, callerOrg);
        sentAt = at;
        sentBy = by;
        state = OutcomeState.SENT;
    }

    /**
     * The department's answer, recorded by the office on its behalf: the text, the day (default today, never later),
     * who answered for the department, and optionally its reply document.
     */
    public void answer(
            Set<Role> roles,
            long callerOrg,
            String text,
            LocalDate on,
            String answeredByName,
            String document,
            String by,
            Instant at,
            LocalDate today) {
        answer(roles, callerOrg, null, text, on, answeredByName, document, by, at, today);
    }

    /**
     * The department's answer, by the office on its behalf or by the department itself (a handling unit's login acting
     * for {@code callerDepartmentId}, the outcome's department); {@code by} (the login) is kept as who recorded it.
     */
    public void answer(
            Set<Role> roles,
            long callerOrg,
            Long callerDepartmentId,
            String text,
            LocalDate on,
            String answeredByName,
            String document,
            String by,
            Instant at,
            LocalDate today) {
        check(OutcomeStep.ANSWER, roles, callerOrg, callerDepartmentId);
        String a = text("answer", text, MAX_ANSWER, "problem.outcome.answer");
        String who = text("answeredBy", answeredByName, MAX_NAME, "problem.outcome.answered-by");
        String doc = document == null || document.isBlank() ? null : document.strip();
        if (doc != null && doc.length() > MAX_DOCUMENT) {
            throw Problem.field("document", "invalid-input", "problem.outcome.document", MAX_DOCUMENT);
        }
        answer = a;
        answeredOn = day(on, today);
        answeredBy = who;
        answerDocument = doc;
        answerRecordedAt = at;
        answerRecordedBy = by;
        state = OutcomeState.ANSWERED;
    }

    public void track(Set<Role> roles, long callerOrg, String by, Instant at) {
        check(OutcomeStep.TRACK, roles, callerOrg);
        trackingAt = at;
        trackingBy = by;
        state = OutcomeState.TRACKING;
    }

    /** Done (落实): on the day given (default today, never later). */
    public void complete(Set<Role> roles, long callerOrg, LocalDate on, String by, LocalDate today) {
        check(OutcomeStep.COMPLETE, roles, callerOrg);
        doneOn = day(on, today);
        doneBy = by;
        state = OutcomeState.DONE;
    }

    public void publish(Set<Role> roles, long callerOrg, String by, Instant at) {
        check(OutcomeStep.PUBLISH, roles, callerOrg);
        published = true;
        publishedAt = at;
        publishedBy = by;
    }

    public void unpublish(Set<Role> roles, long callerOrg) {
        check(OutcomeStep.UNPUBLISH, roles, callerOrg);
        published = false;
        publishedAt = null;
        publishedBy = null;
    }

    /** A dated progress note of the follow-up (跟踪落实). */
    public OutcomeNote note(
            Set<Role> roles, long callerOrg, LocalDate on, String text, String by, Instant at, LocalDate today) {
        check(OutcomeStep.NOTE, roles, callerOrg);
        OutcomeNote n =
                new OutcomeNote(this, day(on, today), text("text", text, MAX_TEXT, "problem.outcome.note"), by, at);
        notes.add(n);
        return n;
    }

    /** A leader's instruction (批示): who gave it, at which level, on which day, what it says. */
    public OutcomeInstruction instruct(
            Set<Role> roles,
            long callerOrg,
            String leader,
            LeaderLevel level,
            LocalDate on,
            String text,
            String by,
            Instant at,
            LocalDate today) {
        check(OutcomeStep.INSTRUCT, roles, callerOrg);
        String who = text("leader", leader, MAX_NAME, "problem.outcome.leader");
        if (level == null) {
            throw Problem.field("level", "required", "problem.required");
        }
        if (on == null) {
            throw Problem.field("on", "required", "problem.required");
        }
        OutcomeInstruction i = new OutcomeInstruction(
                this, who, level, day(on, today), text("text", text, MAX_TEXT, "problem.outcome.instruction"), by, at);
        instructions.add(i);
        return i;
    }

    /** Sent, not yet answered, and past its due date. */
    public boolean overdue(LocalDate today) {
        return state == OutcomeState.SENT && due.isBefore(today);
    }

    private static LocalDate day(LocalDate on, LocalDate today) {
        LocalDate d = on == null ? today : on;
        if (d.isAfter(today)) {
            throw Problem.field("on", "invalid-input", "problem.plan.future-date");
        }
        return d;
    }

    private static String text(String field, String value, int max, String key) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty() || t.length() > max) {
            throw Problem.field(field, "invalid-input", key, max);
        }
        return t;
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

    public Long planId() {
        return planId;
    }

    public Long itemId() {
        return itemId;
    }

    public int year() {
        return year;
    }

    public String topic() {
        return topic;
    }

    public ConsultationForm form() {
        return form;
    }

    public String suggestion() {
        return suggestion;
    }

    public Long departmentId() {
        return departmentId;
    }

    public LocalDate due() {
        return due;
    }

    public OutcomeState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String sentBy() {
        return sentBy;
    }

    public String answer() {
        return answer;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String answerDocument() {
        return answerDocument;
    }

    public Instant answerRecordedAt() {
        return answerRecordedAt;
    }

    public String answerRecordedBy() {
        return answerRecordedBy;
    }

    public Instant trackingAt() {
        return trackingAt;
    }

    public String trackingBy() {
        return trackingBy;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String doneBy() {
        return doneBy;
    }

    public boolean published() {
        return published;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public List<OutcomeNote> notes() {
        return Collections.unmodifiableList(notes);
    }

    public List<OutcomeInstruction> instructions() {
        return Collections.unmodifiableList(instructions);
    }
}
