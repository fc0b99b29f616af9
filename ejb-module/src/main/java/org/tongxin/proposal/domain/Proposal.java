package org.tongxin.proposal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * A proposal (提案): filed by a member alone, jointly with co-signers who confirm, or collectively in a body's name;
 * reviewed by the proposal committee's office (立案 or not), assigned to a lead handling unit and co-handling units with
 * a due date and a send-back window, answered by the lead unit, the answer reviewed by the office, rated by the
 * proposer (a first "not satisfied" sends it back for re-handling once), and closed. The steps and who takes them are
 * the table {@link ProposalStep}; who the caller is to the proposal (proposer, co-signer, office, lead unit) is decided
 * here.
 */
@Entity
@Table(name = "pp_proposal")
public class Proposal implements OrganisationOwned {

    public static final int MAX_TITLE = 100;
    public static final int MAX_REASON = 2000;
    public static final int MAX_TEXT = 8000;
    public static final int MAX_BODY = 64;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_CO_SIGNERS = 30;
    public static final int MAX_OPINION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pp_proposal_seq")
    @SequenceGenerator(name = "pp_proposal_seq", sequenceName = "pp_proposal_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "filing_year", nullable = false)
    private int year;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    /** 案由: what the proposal is about and why. */
    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(nullable = false, length = MAX_TEXT)
    private String analysis;

    @Column(nullable = false, length = MAX_TEXT)
    private String suggestions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ProposalKind kind;

    /** For a collective proposal: the special committee, sector or party group it is filed in the name of. */
    @Column(name = "collective_body", length = MAX_BODY)
    private String collectiveBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_session", nullable = false, length = 8)
    private ProposalSession session;

    @Column(name = "proposer_id", nullable = false, updatable = false)
    private Long proposerId;

    @ElementCollection
    @CollectionTable(name = "pp_co_signer", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "signer_order")
    private List<CoSigner> coSigners = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ProposalState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    /** Why it was not accepted (不予立案). */
    @Column(name = "refusal_reason", length = MAX_NOTE)
    private String refusalReason;

    @Column(name = "lead_department_id")
    private Long leadDepartmentId;

    @ElementCollection
    @CollectionTable(name = "pp_co_unit", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "department_id", nullable = false)
    private Set<Long> coDepartmentIds = new LinkedHashSet<>();

    @Column(name = "assigned_on")
    private LocalDate assignedOn;

    @Column(name = "assigned_by", length = 64)
    private String assignedBy;

    @Column(name = "due_on")
    private LocalDate due;

    /** The last day the lead unit may send the assignment back. */
    @Column(name = "send_back_until")
    private LocalDate sendBackUntil;

    /** The reason of the last send-back (kept for the office when it assigns again). */
    @Column(name = "send_back_reason", length = MAX_NOTE)
    private String sendBackReason;

    @Column(name = "sent_back_department_id")
    private Long sentBackDepartmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_category", length = 12)
    private AnswerCategory answerCategory;

    @Column(name = "answer_text", length = MAX_TEXT)
    private String answerText;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    /** Why the office sent the last answer back (答复审查). */
    @Column(name = "answer_return_reason", length = MAX_NOTE)
    private String answerReturnReason;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Rating rating;

    @Column(name = "rating_comment", length = MAX_NOTE)
    private String ratingComment;

    @Column(name = "rated_on")
    private LocalDate ratedOn;

    /** True once a "not satisfied" has sent it back for re-handling (it happens once). */
    @Column(nullable = false)
    private boolean rehandled;

    /** The first rating, kept when a re-handling follows it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "first_rating", length = 20)
    private Rating firstRating;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    // ---- issue 18, second slice: merge and convert, co-handling opinions, key proposals, instructions, interviews

    /** The main proposal this one was merged into (并案). */
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    /** The proposers and co-signers of proposals merged into this one, kept as its proposers. */
    @ElementCollection
    @CollectionTable(name = "pp_merged_proposer", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "proposer_order")
    private List<MergedProposer> mergedProposers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "conversion", length = 8)
    private Conversion conversion;

    @Column(name = "conversion_reason", length = MAX_NOTE)
    private String conversionReason;

    /** The information report it became (inforeport; no foreign key across contexts). */
    @Column(name = "converted_report_id")
    private Long convertedReportId;

    @ElementCollection
    @CollectionTable(name = "pp_unit_opinion", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "opinion_order")
    private List<UnitOpinion> opinions = new ArrayList<>();

    /** A key proposal (重点提案), chosen by the chair council. */
    @Column(name = "key_proposal", nullable = false)
    private boolean key;

    /** The day of the chair council's decision. */
    @Column(name = "key_decided_on")
    private LocalDate keyDecidedOn;

    /** The decision as recorded (e.g. the meeting that chose it). */
    @Column(name = "key_decision", length = MAX_NOTE)
    private String keyDecision;

    /** The supervising leader's account (领导督办): a leader of the organisation. */
    @Column(name = "supervisor_account_id")
    private Long supervisorAccountId;

    @Column(name = "supervisor_name", length = 100)
    private String supervisorName;

    @ElementCollection
    @CollectionTable(name = "pp_instruction", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "instruction_order")
    private List<LeaderInstruction> instructions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pp_interview", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "interview_order")
    private List<Interview> interviews = new ArrayList<>();

    // ---- issue 18: plenary sessions and proposal numbers

    /** The plenary session a plenary proposal is filed for (null for an interim one). */
    @Column(name = "plenary_session_id")
    private Long plenarySessionId;

    /** The number (案号) given on acceptance, unique in the organisation. */
    @Column(name = "case_number", length = 24)
    private String caseNumber;

    protected Proposal() {}

    /**
     * A draft of a member (the proposer) of the organisation. Co-signers (members of the same organisation, checked by
     * the caller) make it joint; a collective body makes it collective (then without co-signers).
     */
    public Proposal(
            long organisationId,
            long proposerId,
            Text text,
            Collection<Long> coSignerIds,
            String collectiveBody,
            ProposalSession session,
            String by,
            Instant at,
            LocalDate today) {
        this.organisationId = organisationId;
        this.proposerId = proposerId;
        this.year = today.getYear();
        this.state = ProposalState.DRAFT;
        this.createdAt = at;
        this.createdBy = by;
        terms(text, coSignerIds, collectiveBody, session);
    }

    /** What the proposer writes. */
    public record Text(String title, String reason, String analysis, String suggestions) {}

    private void terms(Text text, Collection<Long> coSignerIds, String body, ProposalSession filed) {
        Text t = text == null ? new Text(null, null, null, null) : text;
        this.title = text("title", t.title(), MAX_TITLE);
        this.reason = text("reason", t.reason(), MAX_REASON);
        this.analysis = text("analysis", t.analysis(), MAX_TEXT);
        this.suggestions = text("suggestions", t.suggestions(), MAX_TEXT);
        this.session = filed == null ? ProposalSession.INTERIM : filed;
        Set<Long> ids = new LinkedHashSet<>(coSignerIds == null ? List.of() : coSignerIds);
        if (ids.contains(null) || ids.contains(proposerId)) {
            throw Problem.field("coSigners", "invalid-input", "problem.proposal.co-signer-self");
        }
        if (ids.size() > MAX_CO_SIGNERS) {
            throw Problem.field("coSigners", "invalid-input", "problem.proposal.co-signers-many", MAX_CO_SIGNERS);
        }
        String b = body == null || body.isBlank() ? null : body.strip();
        if (b != null && b.length() > MAX_BODY) {
            throw Problem.field("collectiveBody", "invalid-input", "problem.proposal.text", MAX_BODY);
        }
        if (b != null && !ids.isEmpty()) {
            throw Problem.field("coSigners", "invalid-input", "problem.proposal.collective-co-signers");
        }
        this.collectiveBody = b;
        this.kind = b != null ? ProposalKind.COLLECTIVE : ids.isEmpty() ? ProposalKind.INDIVIDUAL : ProposalKind.JOINT;
        // a co-signer who stays keeps their confirmation; new ones are invited
        List<CoSigner> kept = new ArrayList<>();
        for (Long m : ids) {
            kept.add(coSigners.stream()
                    .filter(c -> c.memberId() == m)
                    .findFirst()
                    .orElseGet(() -> new CoSigner(m)));
        }
        coSigners.clear();
        coSigners.addAll(kept);
    }

    // ---- who the caller is to the proposal

    /** The parties the actor is to this proposal (empty: a stranger, who may at most read it). */
    public Set<ProposalStep.Party> parties(Actor a) {
        Set<ProposalStep.Party> p = EnumSet.noneOf(ProposalStep.Party.class);
        if (a.roles().contains(Role.MEMBER) && a.memberId() != null) {
            if (a.memberId().equals(proposerId)) {
                p.add(ProposalStep.Party.PROPOSER);
            }
            if (isCoSigner(a.memberId())) {
                p.add(ProposalStep.Party.CO_SIGNER);
            }
        }
        if (a.roles().contains(Role.OFFICE_STAFF) && a.organisationId() == organisationId) {
            p.add(ProposalStep.Party.OFFICE);
        }
        if (a.roles().contains(Role.HANDLING_UNIT)
                && a.organisationId() == organisationId
                && a.departmentId() != null
                && a.departmentId().equals(leadDepartmentId)) {
            p.add(ProposalStep.Party.LEAD_UNIT);
        }
        if (a.roles().contains(Role.HANDLING_UNIT)
                && a.organisationId() == organisationId
                && a.departmentId() != null
                && coDepartmentIds.contains(a.departmentId())) {
            p.add(ProposalStep.Party.CO_UNIT);
        }
        if (a.roles().contains(Role.LEADER) && a.organisationId() == organisationId) {
            p.add(ProposalStep.Party.LEADER);
        }
        return p;
    }

    /** Whether the actor may read it: a party, or a co-handling unit of an assigned proposal. */
    public boolean visibleTo(Actor a) {
        if (!parties(a).isEmpty()) {
            return true;
        }
        return a.roles().contains(Role.HANDLING_UNIT)
                && a.organisationId() == organisationId
                && a.departmentId() != null
                && coDepartmentIds.contains(a.departmentId());
    }

    /**
     * Refuses a step the actor may not take now: not their party ({@code 403 proposal-step-role}), a state the step is
     * not taken from ({@code 409 proposal-state}).
     */
    public void check(ProposalStep step, Actor a) {
        if (!parties(a).contains(step.party())) {
            throw new Problem(Problem.Kind.FORBIDDEN, "proposal-step-role", "problem.proposal.step-role");
        }
        if (!step.allowedFrom(state)) {
            throw Problem.conflict("proposal-state", "problem.proposal.state");
        }
    }

    /** Whether the actor could take the step now (the buttons a page shows, the API's {@code steps}). */
    public boolean may(ProposalStep step, Actor a) {
        if (!parties(a).contains(step.party()) || !step.allowedFrom(state)) {
            return false;
        }
        return switch (step) {
            case CONFIRM -> !coSigner(a.memberId()).confirmed();
            case SUBMIT -> allConfirmed();
            default -> true;
        };
    }

    // ---- filing

    public void edit(Actor a, Text text, Collection<Long> coSignerIds, String body, ProposalSession filed) {
        check(ProposalStep.EDIT, a);
        terms(text, coSignerIds, body, filed);
    }

    public void confirm(Actor a, Instant at) {
        check(ProposalStep.CONFIRM, a);
        coSigner(a.memberId()).confirm(at);
    }

    /** Submitted to the proposal committee; a joint proposal only when every co-signer has confirmed. */
    public void submit(Actor a, Instant at) {
        check(ProposalStep.SUBMIT, a);
        if (!allConfirmed()) {
            throw Problem.conflict("co-signers-pending", "problem.proposal.co-signers-pending");
        }
        submittedAt = at;
        state = ProposalState.SUBMITTED;
    }

    /**
     * Binds a plenary proposal to the session it is filed for (the caller checked that the session is open); an
     * interim proposal has none.
     */
    public void fileFor(Long sessionId) {
        this.plenarySessionId = session == ProposalSession.PLENARY ? sessionId : null;
    }

    /**
     * Submitted, a plenary proposal only until its session's deadline ({@code 409 plenary-deadline-passed} after).
     */
    public void submit(Actor a, Instant at, PlenarySession filedFor, LocalDate today) {
        check(ProposalStep.SUBMIT, a);
        if (session == ProposalSession.PLENARY && filedFor != null && filedFor.deadlinePassed(today)) {
            throw Problem.conflict(
                    "plenary-deadline-passed",
                    "problem.proposal.plenary-deadline-passed",
                    filedFor.name(),
                    filedFor.deadline());
        }
        submit(a, at);
    }

    /** Gives the accepted proposal its number (once). */
    public void number(String number) {
        if (state != ProposalState.ACCEPTED || caseNumber != null) {
            throw Problem.conflict("proposal-state", "problem.proposal.state");
        }
        caseNumber = number;
    }

    public Long plenarySessionId() {
        return plenarySessionId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    // ---- review

    /** Accepted (立案). The caller credits the duty ledger in the same transaction. */
    public void accept(Actor a, LocalDate today) {
        check(ProposalStep.ACCEPT, a);
        reviewedOn = today;
        reviewedBy = a.username();
        state = ProposalState.ACCEPTED;
    }

    /** Not accepted (不予立案), with the reason the proposer reads. */
    public void refuse(Actor a, String why, LocalDate today) {
        check(ProposalStep.NOT_ACCEPT, a);
        refusalReason = text("reason", why, MAX_NOTE);
        reviewedOn = today;
        reviewedBy = a.username();
        state = ProposalState.NOT_ACCEPTED;
    }

    // ---- assignment and answers

    /**
     * Assigned (交办) to a lead unit and co-handling units (departments of the organisation, open, checked by the
     * caller), due on {@code due} (not before today), to be sent back by {@code sendBackUntil} at the latest.
     */
    public void assign(
            Actor a, long lead, Collection<Long> coUnits, LocalDate due, LocalDate sendBackUntil, LocalDate today) {
        check(ProposalStep.ASSIGN, a);
        if (due == null) {
            throw Problem.field("due", "required", "problem.required");
        }
        if (due.isBefore(today)) {
            throw Problem.field("due", "invalid-input", "problem.proposal.due-past");
        }
        Set<Long> co = new LinkedHashSet<>(coUnits == null ? List.of() : coUnits);
        if (co.contains(null) || co.contains(lead)) {
            throw Problem.field("coUnits", "invalid-input", "problem.proposal.co-unit-lead");
        }
        leadDepartmentId = lead;
        coDepartmentIds.clear();
        coDepartmentIds.addAll(co);
        this.due = due;
        this.sendBackUntil = sendBackUntil.isAfter(due) ? due : sendBackUntil;
        assignedOn = today;
        assignedBy = a.username();
        state = ProposalState.ASSIGNED;
    }

    /**
     * The lead unit sends the assignment back with a reason, within its window ({@code 409 send-back-closed} after
     * it); the proposal waits for the office to assign it again.
     */
    public void sendBack(Actor a, String why, LocalDate today) {
        check(ProposalStep.SEND_BACK, a);
        if (today.isAfter(sendBackUntil)) {
            throw Problem.conflict("send-back-closed", "problem.proposal.send-back-closed", sendBackUntil);
        }
        sendBackReason = text("reason", why, MAX_NOTE);
        sentBackDepartmentId = leadDepartmentId;
        leadDepartmentId = null;
        coDepartmentIds.clear();
        due = null;
        sendBackUntil = null;
        state = ProposalState.ACCEPTED;
    }

    /** The lead unit's answer: a category and a text. */
    public void answer(Actor a, AnswerCategory category, String text, LocalDate today) {
        check(ProposalStep.ANSWER, a);
        if (category == null) {
            throw Problem.field("category", "required", "problem.required");
        }
        answerCategory = category;
        answerText = text("text", text, MAX_TEXT);
        answeredOn = today;
        answeredBy = a.username();
        state = ProposalState.ANSWERED;
    }

    /** The office's review of the answer (答复审查): delivered to the proposer. */
    public void approveAnswer(Actor a, LocalDate today) {
        check(ProposalStep.APPROVE_ANSWER, a);
        answerReturnReason = null;
        deliveredOn = today;
        state = ProposalState.DELIVERED;
    }

    /** The office's review sends the answer back to the lead unit with a reason. */
    public void returnAnswer(Actor a, String why) {
        check(ProposalStep.RETURN_ANSWER, a);
        answerReturnReason = text("reason", why, MAX_NOTE);
        state = rehandled ? ProposalState.REHANDLING : ProposalState.ASSIGNED;
    }

    /**
     * The proposer rates the answer; a first "not satisfied" sends it back to the lead unit for re-handling, a second
     * one stands as the rating.
     */
    public void rate(Actor a, Rating given, String comment, LocalDate today) {
        check(ProposalStep.RATE, a);
        if (given == null) {
            throw Problem.field("rating", "required", "problem.required");
        }
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        if (c != null && c.length() > MAX_NOTE) {
            throw Problem.field("comment", "invalid-input", "problem.proposal.text", MAX_NOTE);
        }
        if (given == Rating.NOT_SATISFIED && !rehandled) {
            rehandled = true;
            firstRating = given;
            ratingComment = c;
            ratedOn = today;
            state = ProposalState.REHANDLING;
            return;
        }
        rating = given;
        ratingComment = c;
        ratedOn = today;
        state = ProposalState.RATED;
    }

    /** Closed (办结) by the office once rated. */
    public void close(Actor a, LocalDate today) {
        check(ProposalStep.CLOSE, a);
        doneOn = today;
        doneBy = a.username();
        state = ProposalState.DONE;
    }

    // ---- merge and convert (并案, 转社情民意信息 / 转来信)

    /**
     * Merged into the main proposal (并案): this one closes as MERGED pointing to it; its proposer, its co-signers and
     * the proposers it had itself absorbed become proposers of the main one. The main one is another submitted
     * proposal of the same organisation ({@code 422 invalid-input} field {@code proposalIds} otherwise).
     */
    public void mergeInto(Actor a, Proposal main, LocalDate today) {
        check(ProposalStep.MERGE, a);
        if (main == this
                || (id != null && id.equals(main.id()))
                || main.organisationId.longValue() != organisationId.longValue()
                || main.state != ProposalState.SUBMITTED) {
            throw Problem.field("proposalIds", "invalid-input", "problem.proposal.merge-main");
        }
        main.absorb(this);
        mergedIntoId = main.id();
        reviewedOn = today;
        reviewedBy = a.username();
        state = ProposalState.MERGED;
    }

    private void absorb(Proposal other) {
        addMerged(other.proposerId, other.id());
        other.coSigners.forEach(c -> addMerged(c.memberId(), other.id()));
        other.mergedProposers.forEach(m -> addMerged(m.memberId(), m.fromProposalId()));
    }

    private void addMerged(long memberId, Long from) {
        if (memberId == proposerId
                || isCoSigner(memberId)
                || mergedProposers.stream().anyMatch(m -> m.memberId() == memberId)) {
            return;
        }
        mergedProposers.add(new MergedProposer(memberId, from));
    }

    /**
     * Converted (转): into a social-condition report (the report's id; the reason optional) or to a letter (a reason
     * required); closed.
     */
    public void convert(Actor a, Conversion to, String why, Long reportId, LocalDate today) {
        check(ProposalStep.CONVERT, a);
        if (to == null) {
            throw Problem.field("to", "required", "problem.required");
        }
        conversionReason =
                to == Conversion.LETTER || (why != null && !why.isBlank()) ? text("reason", why, MAX_NOTE) : null;
        conversion = to;
        convertedReportId = to == Conversion.REPORT ? reportId : null;
        reviewedOn = today;
        reviewedBy = a.username();
        state = ProposalState.CONVERTED;
    }

    /**
     * Everyone the proposal's credit goes to, each once: the proposer first, then the co-signers, then the proposers of
     * the proposals merged into it.
     */
    public List<Long> proposers() {
        Set<Long> all = new LinkedHashSet<>();
        all.add(proposerId);
        coSigners.forEach(c -> all.add(c.memberId()));
        mergedProposers.forEach(m -> all.add(m.memberId()));
        return List.copyOf(all);
    }

    // ---- co-handling opinions (会办意见)

    /** A co-handling unit's opinion to the lead unit before it answers; a unit's later opinion replaces its earlier. */
    public void giveOpinion(Actor a, String opinion, LocalDate today) {
        check(ProposalStep.OPINION, a);
        String t = text("opinion", opinion, MAX_OPINION);
        opinions.removeIf(o -> o.departmentId() == a.departmentId());
        opinions.add(new UnitOpinion(a.departmentId(), t, today, a.username()));
    }

    // ---- key proposals, instructions, interviews

    /**
     * Marked key (重点提案) by the office as the chair council decided (the day, not after today, and the decision),
     * supervised by a leader of the organisation (account checked by the caller). Marking again changes the decision or
     * the leader. Answers true when it became key now (the caller credits the proposers then).
     */
    public boolean markKey(
            Actor a, LocalDate decidedOn, String decision, long leaderAccountId, String leaderName, LocalDate today) {
        check(ProposalStep.MARK_KEY, a);
        if (decidedOn == null) {
            throw Problem.field("decidedOn", "required", "problem.required");
        }
        if (decidedOn.isAfter(today)) {
            throw Problem.field("decidedOn", "invalid-input", "problem.proposal.date-future");
        }
        keyDecision = text("decision", decision, MAX_NOTE);
        keyDecidedOn = decidedOn;
        supervisorAccountId = leaderAccountId;
        supervisorName = leaderName;
        boolean first = !key;
        key = true;
        return first;
    }

    /** A leader's instruction (批示) on the proposal, given on a day not after today; answers its number (from 1). */
    public int instruct(
            Actor a, long leaderAccountId, String leaderName, LocalDate givenOn, String text, LocalDate today) {
        check(ProposalStep.INSTRUCT, a);
        if (givenOn == null) {
            throw Problem.field("givenOn", "required", "problem.required");
        }
        if (givenOn.isAfter(today)) {
            throw Problem.field("givenOn", "invalid-input", "problem.proposal.date-future");
        }
        instructions.add(new LeaderInstruction(leaderAccountId, leaderName, givenOn, text("text", text, MAX_OPINION)));
        return instructions.size();
    }

    /** A member interview on the handling (委员访谈), recorded by the office. */
    public void recordInterview(Actor a, LocalDate heldOn, String people, String said, LocalDate today) {
        check(ProposalStep.INTERVIEW, a);
        if (heldOn == null) {
            throw Problem.field("heldOn", "required", "problem.required");
        }
        if (heldOn.isAfter(today)) {
            throw Problem.field("heldOn", "invalid-input", "problem.proposal.date-future");
        }
        interviews.add(
                new Interview(heldOn, text("people", people, MAX_NOTE), text("said", said, MAX_OPINION), a.username()));
    }

    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public List<MergedProposer> mergedProposers() {
        return Collections.unmodifiableList(mergedProposers);
    }

    public Conversion conversion() {
        return conversion;
    }

    public String conversionReason() {
        return conversionReason;
    }

    public Long convertedReportId() {
        return convertedReportId;
    }

    public List<UnitOpinion> opinions() {
        return Collections.unmodifiableList(opinions);
    }

    public boolean key() {
        return key;
    }

    public LocalDate keyDecidedOn() {
        return keyDecidedOn;
    }

    public String keyDecision() {
        return keyDecision;
    }

    public Long supervisorAccountId() {
        return supervisorAccountId;
    }

    public String supervisorName() {
        return supervisorName;
    }

    public List<LeaderInstruction> instructions() {
        return Collections.unmodifiableList(instructions);
    }

    public List<Interview> interviews() {
        return Collections.unmodifiableList(interviews);
    }

    /** Assigned or being re-handled, not answered, and past its due date. */
    public boolean overdue(LocalDate today) {
        return (state == ProposalState.ASSIGNED || state == ProposalState.REHANDLING)
                && due != null
                && due.isBefore(today);
    }

    /**
     * The reminder the lead unit should have today, if any: overdue once the due date has passed, due soon from
     * {@code daysBefore} days before it; none once answered (or not assigned). Issue 18, deadlines.
     */
    public java.util.Optional<Reminder> reminder(LocalDate today, int daysBefore) {
        if (!(state == ProposalState.ASSIGNED || state == ProposalState.REHANDLING) || due == null) {
            return java.util.Optional.empty();
        }
        if (due.isBefore(today)) {
            return java.util.Optional.of(Reminder.OVERDUE);
        }
        return today.isBefore(due.minusDays(daysBefore))
                ? java.util.Optional.empty()
                : java.util.Optional.of(Reminder.DUE_SOON);
    }

    private boolean allConfirmed() {
        return coSigners.stream().allMatch(CoSigner::confirmed);
    }

    private boolean isCoSigner(long memberId) {
        return coSigners.stream().anyMatch(c -> c.memberId() == memberId);
    }

    private CoSigner coSigner(Long memberId) {
        return coSigners.stream()
                .filter(c -> memberId != null && c.memberId() == memberId)
                .findFirst()
                .orElseThrow(Problem::forbidden);
    }

    private static String text(String field, String value, int max) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            throw Problem.field(field, "required", "problem.required");
        }
        if (t.length() > max) {
            throw Problem.field(field, "invalid-input", "problem.proposal.text", max);
        }
        return t;
    }

    // ---- reading

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

    public String title() {
        return title;
    }

    public String reason() {
        return reason;
    }

    public String analysis() {
        return analysis;
    }

    public String suggestions() {
        return suggestions;
    }

    public ProposalKind kind() {
        return kind;
    }

    public String collectiveBody() {
        return collectiveBody;
    }

    public ProposalSession session() {
        return session;
    }

    public long proposerId() {
        return proposerId;
    }

    public List<CoSigner> coSigners() {
        return Collections.unmodifiableList(coSigners);
    }

    public ProposalState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public Long leadDepartmentId() {
        return leadDepartmentId;
    }

    public Set<Long> coDepartmentIds() {
        return Collections.unmodifiableSet(coDepartmentIds);
    }

    public LocalDate assignedOn() {
        return assignedOn;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public LocalDate due() {
        return due;
    }

    public LocalDate sendBackUntil() {
        return sendBackUntil;
    }

    public String sendBackReason() {
        return sendBackReason;
    }

    public Long sentBackDepartmentId() {
        return sentBackDepartmentId;
    }

    public AnswerCategory answerCategory() {
        return answerCategory;
    }

    public String answerText() {
        return answerText;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String answerReturnReason() {
        return answerReturnReason;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public Rating rating() {
        return rating;
    }

    public Rating firstRating() {
        return firstRating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    public LocalDate ratedOn() {
        return ratedOn;
    }

    public boolean rehandled() {
        return rehandled;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String doneBy() {
        return doneBy;
    }
}
