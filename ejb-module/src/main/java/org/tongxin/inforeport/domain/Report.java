package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/**
 * A report and where it stands: the organisation it was written in, the organisation that holds it now
 * (its own, or one above it was forwarded to), its state there, and its current text. Every move goes
 * through {@link #move}, which checks it against {@link ReportAction} and answers the transition to record.
 */
@Entity
@Table(name = "ir_report")
public class Report implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ir_report_seq")
    @SequenceGenerator(name = "ir_report_seq", sequenceName = "ir_report_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "current_organisation_id", nullable = false)
    private Long currentOrganisationId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20_000)
    private String body;

    @Column(nullable = false, length = 10_000)
    private String proposals;

    @Column(nullable = false, length = 30)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportState state;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private boolean combined;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The contact point (联系点) the report comes from, if any: an id of the committee context. */
    @Column(name = "source_point_id", updatable = false)
    private Long sourcePointId;

    /** The source as written when the report was (town · point), or as another deployment sent it. */
    @Column(name = "source_label", length = 160, updatable = false)
    private String sourceLabel;

    protected Report() {}

    public Report(long organisationId, long createdBy, Draft draft, Instant now) {
        this.organisationId = organisationId;
        this.currentOrganisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.state = ReportState.DRAFT;
        write(draft, now);
    }

    /** A combined report (综合稿) an editor writes from several reports: it starts being edited at their level. */
    public static Report combined(long organisationId, long createdBy, Draft draft, Instant now) {
        Report r = new Report(organisationId, createdBy, draft, now);
        r.combined = true;
        r.state = ReportState.EDITING;
        r.submittedAt = now;
        return r;
    }

    /**
     * A report another deployment forwarded to {@code organisationId} (written in {@code originId} when
     * this deployment knows that organisation, else the same): submitted, for this level's editors.
     */
    public static Report received(long originId, long organisationId, long receivedBy, Draft draft, Instant now) {
        Report r = new Report(originId, receivedBy, draft, now);
        r.currentOrganisationId = organisationId;
        r.state = ReportState.SUBMITTED;
        r.submittedAt = now;
        return r;
    }

    /**
     * Names the contact point the report comes from; only while it is being written, before it is saved.
     * A report received from another deployment keeps the label it came with, without an id.
     */
    public void comesFrom(Long pointId, String label) {
        if (id != null) {
            throw new IllegalStateException("the source is given when the report is written");
        }
        this.sourcePointId = pointId;
        this.sourceLabel = label == null || label.isBlank() ? null : label.strip();
    }

    public Long sourcePointId() {
        return sourcePointId;
    }

    public String sourceLabel() {
        return sourceLabel;
    }

    public boolean isCombined() {
        return combined;
    }

    /**
     * Checks a move that depends on nothing around the report against the state machine and the level,
     * and makes it. Answers the state before.
     */
    public ReportState move(ReportAction action, Instant now) {
        return move(action, MoveFacts.NONE, now);
    }

    /** Checks a move against {@link #refusal} and makes it. Answers the state before. */
    public ReportState move(ReportAction action, MoveFacts facts, Instant now) {
        check(action, facts);
        ReportState before = state;
        state = action.to(state);
        if (action == ReportAction.SUBMIT) {
            submittedAt = now;
        }
        updatedAt = now;
        return before;
    }

    /** Throws why the move may not be made now, if it may not. */
    public void check(ReportAction action, MoveFacts facts) {
        Refusal r = refusal(action, facts);
        if (r != null) {
            throw r.problem();
        }
    }

    /**
     * The one place that says whether a move is open on this report now, whoever asks: the move itself
     * ({@link #move}) and the moves a reader is offered ({@link #openMoves}). Answers why it is
     * refused (a conflict), or null. Who may make it (author or editor) is the caller's part, checked apart.
     */
    public Refusal refusal(ReportAction action, MoveFacts facts) {
        switch (action) {
            case RETURN -> {
                if (combined) {
                    // a combined report has no author to return it to: its sources' authors wrote other texts
                    return new Refusal("wrong-state", "problem.report.combined-no-return");
                }
                if (!action.allowedFrom(state)) {
                    return new Refusal("wrong-state", "problem.report.wrong-state");
                }
                if (!atOrigin()) {
                    return new Refusal("wrong-state", "problem.report.return-at-origin");
                }
                return null;
            }
            case INSTRUCT -> {
                // a leader instructs on what a level published
                return action.allowedFrom(state) && facts.adopted()
                        ? null
                        : new Refusal("not-adopted", "problem.report.not-adopted");
            }
            case VOID_ADOPTION -> {
                return action.allowedFrom(state) && facts.adoptedHere()
                        ? null
                        : new Refusal("not-adopted", "problem.report.not-adopted");
            }
            case FORWARD -> {
                if (!facts.routed() && !facts.hasParent()) {
                    return new Refusal("top-of-tree", "problem.report.top-of-tree");
                }
                if (!action.allowedFrom(state)) {
                    return new Refusal("wrong-state", "problem.report.wrong-state");
                }
                if (facts.delivering()) {
                    return new Refusal("already-forwarded", "problem.report.already-forwarded");
                }
                return null;
            }
            default -> {
                return action.allowedFrom(state) ? null : new Refusal("wrong-state", "problem.report.wrong-state");
            }
        }
    }

    /** Why a move is refused now: a conflict (409) with its code and message key. */
    public record Refusal(String code, String messageKey) {

        public Problem problem() {
            return Problem.conflict(code, messageKey);
        }
    }

    /**
     * The moves a caller playing {@code part} may make on the report now, in the order of {@link ReportAction}:
     * those {@link #refusal} lets through, of the caller's part. Moves that make or take a report as a whole
     * (create, combine, merge into a combined report, receive) are never offered on a report.
     */
    public List<ReportAction> openMoves(MoveFacts.Part part, MoveFacts facts) {
        List<ReportAction> open = new ArrayList<>();
        for (ReportAction a : ReportAction.values()) {
            if (!NOT_OFFERED.contains(a) && plays(part, a) && refusal(a, facts) == null) {
                open.add(a);
            }
        }
        return open;
    }

    private static final Set<ReportAction> NOT_OFFERED =
            EnumSet.of(ReportAction.CREATE, ReportAction.COMBINE, ReportAction.MERGE, ReportAction.RECEIVE);

    /** Voiding an adoption is for an editor of the level that adopted, wherever the report is now; other editor moves for the holder's. */
    private static boolean plays(MoveFacts.Part part, ReportAction a) {
        if (a == ReportAction.VOID_ADOPTION) {
            return part.editor();
        }
        return a.actor() == ReportAction.Actor.AUTHOR ? part.firstAuthor() : part.editorHere();
    }

    /** The author's text (a draft or a returned report) or the editor's (while editing). */
    public void write(Draft draft, Instant now) {
        this.title = draft.title();
        this.body = draft.body();
        this.proposals = draft.joinedProposals();
        this.topic = draft.topic();
        this.updatedAt = now;
    }

    /** Something recorded about the report changed (an adoption voided): it counts as modified. */
    public void touch(Instant now) {
        updatedAt = now;
    }

    /** Forwarded to the organisation above, where it waits as submitted for that level's editors. */
    public void forwardTo(long parentOrganisationId, MoveFacts facts, Instant now) {
        move(ReportAction.FORWARD, facts, now);
        currentOrganisationId = parentOrganisationId;
    }

    /**
     * Forwarded to a parent hosted by another deployment: the report stays adopted here and a delivery
     * carries it there. Answers the state before (and after).
     */
    public ReportState forwardByRoute(MoveFacts facts, Instant now) {
        check(ReportAction.FORWARD, facts);
        touch(now);
        return state;
    }

    public Draft draft() {
        return new Draft(title, body, Draft.split(proposals), topic);
    }

    public boolean atOrigin() {
        return currentOrganisationId.equals(organisationId);
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Long currentOrganisationId() {
        return currentOrganisationId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public List<String> proposals() {
        return Draft.split(proposals);
    }

    public String topic() {
        return topic;
    }

    public ReportState state() {
        return state;
    }

    public Long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
