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
import java.util.Map;
import java.util.Set;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * A grassroots consultation topic (基层协商议题) of a town's liaison group: collected (from the concern diary, a contact
 * point or by the office), then taken through the six steps of {@link GrassrootsStep}, each with its day and record; the
 * meeting with its five parties and result; at the close what the concern's author (or the people of the point) is told.
 */
@Entity
@Table(name = "cs_grassroots_topic")
public class GrassrootsTopic implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_grassroots_topic_seq")
    @SequenceGenerator(name = "cs_grassroots_topic_seq", sequenceName = "cs_grassroots_topic_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "town_id", nullable = false, updatable = false)
    private Long townId;

    @Column(name = "town_name", nullable = false, length = 100, updatable = false)
    private String townName;

    @Column(name = "group_id", updatable = false)
    private Long groupId;

    @Column(name = "group_name", length = 100, updatable = false)
    private String groupName;

    @Column(name = "point_id", updatable = false)
    private Long pointId;

    @Column(name = "point_name", length = 100, updatable = false)
    private String pointName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private GrassrootsSource source;

    @Column(name = "concern_id", updatable = false)
    private Long concernId;

    @Column(name = "author_member_id", updatable = false)
    private Long authorMemberId;

    @Column(name = "author_name", length = 64, updatable = false)
    private String authorName;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(length = 2000, updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private GrassrootsStep step;

    @Column(name = "collected_on", nullable = false, updatable = false)
    private LocalDate collectedOn;

    @Column(name = "topic_on")
    private LocalDate topicOn;

    @Column(name = "deliberated_on")
    private LocalDate deliberatedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private GrassrootsResult result;

    @Column(name = "result_reasons", length = 2000)
    private String reasons;

    @Column(length = 2000)
    private String feedback;

    @Column(name = "feedback_on")
    private LocalDate feedbackOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @OneToMany(mappedBy = "topic", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("on, id")
    private List<GrassrootsStepRecord> steps = new ArrayList<>();

    @OneToMany(mappedBy = "topic", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("party, position")
    private List<GrassrootsParticipant> parties = new ArrayList<>();

    protected GrassrootsTopic() {}

    /**
     * A topic collected (收集民意) by a caller with these roles: office staff, or a member (from their own concern: the
     * service checks whose it is). The collection is the first step's record.
     */
    public GrassrootsTopic(GrassrootsOrigin origin, Set<Role> roles, String by, Instant at, LocalDate today) {
        if (!GrassrootsStep.COLLECT.takenBy(roles)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "grassroots-step-role", "problem.grassroots.step-office");
        }
        GrassrootsOrigin o = origin.checked(today);
        this.organisationId = o.organisationId();
        this.townId = o.townId();
        this.townName = o.townName();
        this.groupId = o.groupId();
        this.groupName = o.groupName();
        this.pointId = o.pointId();
        this.pointName = o.pointName();
        this.source = o.source();
        this.concernId = o.concernId();
        this.authorMemberId = o.authorMemberId();
        this.authorName = o.authorName();
        this.title = o.title();
        this.description = o.description();
        this.collectedOn = o.collectedOn();
        this.step = GrassrootsStep.COLLECT;
        this.createdBy = by;
        this.createdAt = at;
        steps.add(new GrassrootsStepRecord(
                this,
                GrassrootsStep.COLLECT,
                collectedOn,
                o.description() == null ? o.title() : o.description(),
                by,
                at));
    }

    /** What a step records: its day (default today), its record, the meeting (DELIBERATE), the feedback (DONE). */
    public record StepInput(
            LocalDate on, String record, GrassrootsMeeting meeting, String feedback, LocalDate feedbackOn) {}

    /**
     * Takes a step for a caller with these roles. Refused for a role that does not take it (403), from a state it does
     * not leave (409), and with a record, day, meeting or feedback that breaks a rule (422). Returns the members present
     * when the step is the meeting (they are credited), else none.
     */
    public List<GrassrootsMeeting.Attendee> take(
            GrassrootsStep step, Set<Role> roles, StepInput input, String by, Instant at, LocalDate today) {
        if (step == null) {
            throw Problem.field("step", "required", "problem.required");
        }
        if (!step.takenBy(roles)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "grassroots-step-role", "problem.grassroots.step-office");
        }
        if (!step.leavesFrom(this.step)) {
            throw Problem.conflict("grassroots-state", step.refusal());
        }
        StepInput in = input == null ? new StepInput(null, null, null, null, null) : input;
        LocalDate on = in.on() == null ? today : in.on();
        if (on.isAfter(today)) {
            throw Problem.field("on", "invalid-input", "problem.grassroots.future-date");
        }
        LocalDate last = lastDay();
        if (on.isBefore(last)) {
            throw Problem.field("on", "invalid-input", "problem.grassroots.date-order", last);
        }
        String record = in.record() == null ? "" : in.record().strip();
        if (record.isEmpty()) {
            throw Problem.field("record", "required", "problem.grassroots.record");
        }
        if (record.length() > GrassrootsOrigin.MAX_TEXT) {
            throw Problem.field("record", "invalid-input", "problem.grassroots.text", GrassrootsOrigin.MAX_TEXT);
        }
        List<GrassrootsMeeting.Attendee> present = List.of();
        switch (step) {
            case TOPIC -> topicOn = on;
            case DELIBERATE -> {
                if (in.meeting() == null) {
                    throw Problem.field("members", "required", "problem.grassroots.members");
                }
                GrassrootsMeeting m = in.meeting();
                Map<FiveParty, List<String>> names = m.checkedNames();
                parties.clear();
                int position = 0;
                for (GrassrootsMeeting.Attendee a : m.members()) {
                    parties.add(new GrassrootsParticipant(this, FiveParty.MEMBER, a.memberId(), a.name(), position++));
                }
                for (Map.Entry<FiveParty, List<String>> e : names.entrySet()) {
                    int p = 0;
                    for (String n : e.getValue()) {
                        parties.add(new GrassrootsParticipant(this, e.getKey(), null, n, p++));
                    }
                }
                deliberatedOn = on;
                result = m.result();
                reasons = m.reasons() == null || m.reasons().isBlank()
                        ? null
                        : m.reasons().strip();
                present = List.copyOf(m.members());
            }
            case DONE -> {
                String f = in.feedback() == null ? "" : in.feedback().strip();
                if (f.isEmpty()) {
                    throw Problem.field("feedback", "required", "problem.grassroots.feedback");
                }
                if (f.length() > GrassrootsOrigin.MAX_TEXT) {
                    throw Problem.field(
                            "feedback", "invalid-input", "problem.grassroots.text", GrassrootsOrigin.MAX_TEXT);
                }
                LocalDate told = in.feedbackOn() == null ? on : in.feedbackOn();
                if (told.isAfter(today)) {
                    throw Problem.field("feedbackOn", "invalid-input", "problem.grassroots.future-date");
                }
                if (told.isBefore(deliberatedOn)) {
                    throw Problem.field("feedbackOn", "invalid-input", "problem.grassroots.date-order", deliberatedOn);
                }
                feedback = f;
                feedbackOn = told;
            }
            default -> {}
        }
        steps.add(new GrassrootsStepRecord(this, step, on, record, by, at));
        this.step = step;
        return present;
    }

    /** The day of the latest step taken. */
    private LocalDate lastDay() {
        LocalDate last = collectedOn;
        for (GrassrootsStepRecord r : steps) {
            if (r.on().isAfter(last)) {
                last = r.on();
            }
        }
        return last;
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

    public Long townId() {
        return townId;
    }

    public String townName() {
        return townName;
    }

    public Long groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    public Long pointId() {
        return pointId;
    }

    public String pointName() {
        return pointName;
    }

    public GrassrootsSource source() {
        return source;
    }

    public Long concernId() {
        return concernId;
    }

    public Long authorMemberId() {
        return authorMemberId;
    }

    public String authorName() {
        return authorName;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public GrassrootsStep step() {
        return step;
    }

    public LocalDate collectedOn() {
        return collectedOn;
    }

    public LocalDate topicOn() {
        return topicOn;
    }

    public LocalDate deliberatedOn() {
        return deliberatedOn;
    }

    public GrassrootsResult result() {
        return result;
    }

    public String reasons() {
        return reasons;
    }

    public String feedback() {
        return feedback;
    }

    public LocalDate feedbackOn() {
        return feedbackOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<GrassrootsStepRecord> steps() {
        return Collections.unmodifiableList(steps);
    }

    public List<GrassrootsParticipant> parties() {
        return Collections.unmodifiableList(parties);
    }
}
