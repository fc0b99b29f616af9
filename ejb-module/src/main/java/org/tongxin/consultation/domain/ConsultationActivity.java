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
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tongxin.platform.kernel.FileKind;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * A consultation activity (协商活动): a consultation being held, on a topic and in a form, perhaps the holding of an
 * item of the organisation's annual plan. Its venue is a study-hall booking (made through the hall's booking engine,
 * kept here by id) or a place outside the hall. It goes the path of {@link ActivityStep}; its participants, research
 * trips (议前调研) and speeches (发言材料) change through it, so that its rules hold in one place: the cap on members,
 * sign-up while open and before the start, check-in from an hour before the start to its end, speeches delivered
 * only when selected and once the consultation began.
 */
@Entity
@Table(name = "cs_activity")
public class ConsultationActivity implements OrganisationOwned {

    public static final int MAX_TOPIC = 200;
    public static final int MAX_VENUE = 200;
    public static final int MAX_CAPACITY = 1000;
    public static final int MAX_REASON = 500;
    /** Check-in opens this long before the start (as the study hall's activities). */
    public static final Duration CHECK_IN_OPENS = Duration.ofHours(1);

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_activity_seq")
    @SequenceGenerator(name = "cs_activity_seq", sequenceName = "cs_activity_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "plan_item_id")
    private Long planItemId;

    @Column(nullable = false, length = MAX_TOPIC)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsultationForm form;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** The year of the start in the organisation's calendar, for the list by year. */
    @Column(name = "activity_year", nullable = false)
    private int year;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "space_id")
    private Long spaceId;

    /** The study hall's reading group linked as the activity's topic group (专题读书群), by id: the hall owns it. */
    @Column(name = "reading_group_id")
    private Long readingGroupId;

    /** The space's name for a booking, else the place. */
    @Column(nullable = false, length = MAX_VENUE)
    private String venue;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "checkin_code", nullable = false, length = 12, updatable = false)
    private String checkinCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivityState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "opened_by", length = 64)
    private String openedBy;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "held_by", length = 64)
    private String heldBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;

    @Column(name = "cancel_reason", length = MAX_REASON)
    private String cancelReason;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ActivityParticipant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("tripOn, id")
    private List<ResearchTrip> research = new ArrayList<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Speech> speeches = new ArrayList<>();

    protected ConsultationActivity() {}

    /** What an activity is about and where: the venue is set apart ({@link #venue(Venue, int)}). */
    public record Terms(String topic, ConsultationForm form, Long planItemId, int capacity) {
        public Terms checked() {
            String t = topic == null ? "" : topic.strip();
            if (t.isEmpty() || t.length() > MAX_TOPIC) {
                throw Problem.field("topic", "invalid-input", "problem.plan.topic", MAX_TOPIC);
            }
            if (form == null) {
                throw Problem.field("form", "required", "problem.required");
            }
            if (capacity < 1 || capacity > MAX_CAPACITY) {
                throw Problem.field("capacity", "invalid-input", "problem.cs-activity.capacity", MAX_CAPACITY);
            }
            return new Terms(t, form, planItemId, capacity);
        }
    }

    /** The slot and where: a study-hall booking (its id, space and the space's name) or a place outside the hall. */
    public record Venue(Instant start, Instant end, Long bookingId, Long spaceId, String name) {
        public Venue {
            if (start == null) {
                throw Problem.field("start", "required", "problem.required");
            }
            if (end == null) {
                throw Problem.field("end", "required", "problem.required");
            }
            if (!end.isAfter(start)) {
                throw Problem.field("end", "end-before-start", "problem.booking.end-before-start");
            }
            String n = name == null ? "" : name.strip();
            if (n.isEmpty() || n.length() > MAX_VENUE) {
                throw Problem.field("place", "invalid-input", "problem.cs-activity.place", MAX_VENUE);
            }
            name = n;
        }
    }

    /** A new activity, planned by the office of the organisation; {@code year} of its start in the local calendar. */
    public ConsultationActivity(long organisationId, Terms terms, Venue venue, int year, String by, Instant at) {
        this.organisationId = organisationId;
        this.state = ActivityState.PLANNED;
        this.checkinCode = newCode();
        this.createdBy = by;
        this.createdAt = at;
        apply(terms.checked());
        venue(venue, year);
    }

    static String newCode() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** Changes topic, form, plan item and cap while planned or open; the cap never below the members taking part. */
    public void change(Terms terms) {
        requireLive();
        Terms t = terms.checked();
        if (t.capacity() < members().size()) {
            throw Problem.field(
                    "capacity",
                    "invalid-input",
                    "problem.cs-activity.capacity-below",
                    members().size());
        }
        apply(t);
    }

    private void apply(Terms t) {
        this.topic = t.topic();
        this.form = t.form();
        this.planItemId = t.planItemId();
        this.capacity = t.capacity();
    }

    /** The slot and venue (the booking engine has made or moved the booking first). */
    public void venue(Venue v, int year) {
        if (id != null) {
            requireLive();
        }
        this.startsAt = v.start();
        this.endsAt = v.end();
        this.bookingId = v.bookingId();
        this.spaceId = v.spaceId();
        this.venue = v.name();
        this.year = year;
    }

    private void requireLive() {
        if (!state.live()) {
            throw Problem.conflict("activity-state", "problem.cs-activity.not-live");
        }
    }

    // ---- the path

    /** Takes a step for a caller with these roles. Holding needs the start to have come. */
    public void take(ActivityStep step, Set<Role> roles, String reason, String by, Instant now) {
        if (!roles.contains(step.role())) {
            throw new Problem(Problem.Kind.FORBIDDEN, "activity-step-role", "problem.cs-activity.step-office");
        }
        if (!step.leavesFrom(state)) {
            throw Problem.conflict("activity-state", step.refusal());
        }
        switch (step) {
            case OPEN -> {
                if (!now.isBefore(startsAt)) {
                    throw Problem.conflict("activity-started", "problem.cs-activity.started");
                }
                openedAt = now;
                openedBy = by;
            }
            case HOLD -> {
                if (now.isBefore(startsAt)) {
                    throw Problem.conflict("activity-not-started", "problem.cs-activity.not-started");
                }
                heldAt = now;
                heldBy = by;
            }
            case CANCEL -> {
                String why = reason == null ? "" : reason.strip();
                if (why.length() > MAX_REASON) {
                    throw Problem.field("reason", "invalid-input", "problem.plan.reason", MAX_REASON);
                }
                cancelledAt = now;
                cancelledBy = by;
                cancelReason = why.isEmpty() ? null : why;
            }
        }
        state = step.to();
    }

    // ---- participants

    /** The office invites a member of the organisation; the cap counts every member taking part. */
    public ActivityParticipant invite(long memberId, Long accountId, String name, Instant now) {
        requireLive();
        return addMember(memberId, accountId, name, JoinedBy.INVITED, now);
    }

    /** A member signs up: only while open and before the start, within the cap. */
    public ActivityParticipant signUp(long memberId, long accountId, String name, Instant now) {
        if (state != ActivityState.OPEN || !now.isBefore(startsAt)) {
            throw Problem.conflict("signup-closed", "problem.cs-activity.signup-closed");
        }
        return addMember(memberId, accountId, name, JoinedBy.SIGNED_UP, now);
    }

    private ActivityParticipant addMember(long memberId, Long accountId, String name, JoinedBy how, Instant now) {
        if (member(memberId).isPresent()) {
            throw Problem.conflict("already-participant", "problem.cs-activity.already-participant", name);
        }
        if (members().size() >= capacity) {
            throw Problem.conflict("activity-full", "problem.cs-activity.full", capacity);
        }
        ActivityParticipant p =
                new ActivityParticipant(this, ParticipantKind.MEMBER, memberId, accountId, name, null, how, now);
        participants.add(p);
        return p;
    }

    /** A member withdraws their own sign-up (or invitation) while open and before the start. */
    public void withdraw(long memberId, Instant now) {
        if (state != ActivityState.OPEN || !now.isBefore(startsAt)) {
            throw Problem.conflict("signup-closed", "problem.cs-activity.signup-closed");
        }
        ActivityParticipant p = member(memberId)
                .orElseThrow(() -> Problem.conflict("not-participant", "problem.cs-activity.not-participant"));
        participants.remove(p);
    }

    /** A department, an expert or a citizens' representative taking part. */
    public ActivityParticipant addGuest(ParticipantKind kind, String name, String unit, Instant now) {
        requireLive();
        if (kind == null || kind == ParticipantKind.MEMBER) {
            throw Problem.field("kind", "invalid-input", "problem.cs-activity.guest-kind");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > ActivityParticipant.MAX_NAME) {
            throw Problem.field("name", "invalid-input", "problem.cs-activity.name", ActivityParticipant.MAX_NAME);
        }
        String u = unit == null || unit.isBlank() ? null : unit.strip();
        if (u != null && u.length() > ActivityParticipant.MAX_UNIT) {
            throw Problem.field("unit", "invalid-input", "problem.cs-activity.unit", ActivityParticipant.MAX_UNIT);
        }
        ActivityParticipant p = new ActivityParticipant(this, kind, null, null, n, u, JoinedBy.INVITED, now);
        participants.add(p);
        return p;
    }

    /** The office removes a participant while the activity is planned or open. */
    public void removeParticipant(long participantId) {
        requireLive();
        participants.remove(participant(participantId));
    }

    /**
     * A member checks in with the code (from the QR code or typed): while open, from an hour before the start to the
     * end. Answers the participant; checking in twice changes nothing.
     */
    public ActivityParticipant checkIn(long memberId, String by, Instant now) {
        if (state != ActivityState.OPEN || now.isBefore(startsAt.minus(CHECK_IN_OPENS)) || now.isAfter(endsAt)) {
            throw Problem.conflict("check-in-closed", "problem.cs-activity.check-in-closed");
        }
        ActivityParticipant p = member(memberId)
                .orElseThrow(() -> Problem.conflict("not-participant", "problem.cs-activity.not-participant"));
        p.checkIn(by, now);
        return p;
    }

    /**
     * The office ticks or unticks a participant: while open from an hour before the start, and after it was held (a
     * correction). Answers whether the attendance changed.
     */
    public boolean mark(long participantId, boolean present, String by, Instant now) {
        boolean open = state == ActivityState.OPEN && !now.isBefore(startsAt.minus(CHECK_IN_OPENS));
        if (!open && state != ActivityState.HELD) {
            throw Problem.conflict("check-in-closed", "problem.cs-activity.mark-closed");
        }
        ActivityParticipant p = participant(participantId);
        boolean before = p.present();
        if (present) {
            p.checkIn(by, now);
        } else {
            p.undoCheckIn();
        }
        return before != p.present();
    }

    // ---- research before the consultation (议前调研)

    public ResearchTrip addResearch(ResearchTrip.Terms terms, String by, Instant now) {
        if (state == ActivityState.CANCELLED) {
            throw Problem.conflict("activity-state", "problem.cs-activity.cancelled");
        }
        ResearchTrip trip = new ResearchTrip(this, terms.checked(), by, now);
        research.add(trip);
        return trip;
    }

    public ResearchTrip changeResearch(long tripId, ResearchTrip.Terms terms) {
        if (state == ActivityState.CANCELLED) {
            throw Problem.conflict("activity-state", "problem.cs-activity.cancelled");
        }
        ResearchTrip trip = trip(tripId);
        trip.change(terms.checked());
        return trip;
    }

    /** The trip took place: recorded as done (not before its day); each member taking part is then credited. */
    public ResearchTrip researchDone(long tripId, LocalDate today, String by, Instant now) {
        if (state == ActivityState.CANCELLED) {
            throw Problem.conflict("activity-state", "problem.cs-activity.cancelled");
        }
        ResearchTrip trip = trip(tripId);
        trip.done(today, by, now);
        return trip;
    }

    /** A document of a trip uploaded as a file, while the activity is not cancelled. */
    public ResearchFile attachResearchFile(
            long tripId, String fileName, FileKind kind, long size, String sha256, String by, Instant now) {
        if (state == ActivityState.CANCELLED) {
            throw Problem.conflict("activity-state", "problem.cs-activity.cancelled");
        }
        return trip(tripId).attach(fileName, kind, size, sha256, by, now);
    }

    public void removeResearchFile(long tripId, long fileId) {
        if (state == ActivityState.CANCELLED) {
            throw Problem.conflict("activity-state", "problem.cs-activity.cancelled");
        }
        trip(tripId).detach(fileId);
    }

    public ResearchTrip trip(long tripId) {
        return research.stream()
                .filter(t -> Objects.equals(t.id(), tripId))
                .findFirst()
                .orElseThrow(() -> Problem.notFound("research-trip"));
    }

    // ---- speeches (发言材料)

    /** A member submits a speech while the activity is planned or open; one speech a member. */
    public Speech submitSpeech(long memberId, String memberName, String title, String text, Instant now) {
        if (!state.live()) {
            throw Problem.conflict("activity-state", "problem.cs-activity.not-live");
        }
        if (speeches.stream().anyMatch(s -> s.memberId() == memberId)) {
            throw Problem.conflict("speech-exists", "problem.cs-activity.speech-exists");
        }
        Speech s = new Speech(this, memberId, memberName, title, text, now);
        speeches.add(s);
        return s;
    }

    /** The office selects who speaks (or takes a selection back) before the speech is delivered. */
    public Speech select(long speechId, boolean selected) {
        if (state == ActivityState.CANCELLED) {
            throw Problem.conflict("activity-state", "problem.cs-activity.cancelled");
        }
        Speech s = speech(speechId);
        s.select(selected);
        return s;
    }

    /**
     * The office marks a selected speech delivered (once the consultation began) or takes the mark back. Answers
     * whether the mark changed.
     */
    public boolean deliver(long speechId, boolean delivered, String by, Instant now) {
        if (state == ActivityState.CANCELLED) {
            throw Problem.conflict("activity-state", "problem.cs-activity.cancelled");
        }
        if (now.isBefore(startsAt)) {
            throw Problem.conflict("activity-not-started", "problem.cs-activity.not-started");
        }
        return speech(speechId).deliver(delivered, by, now);
    }

    public Speech speech(long speechId) {
        return speeches.stream()
                .filter(s -> Objects.equals(s.id(), speechId))
                .findFirst()
                .orElseThrow(() -> Problem.notFound("speech"));
    }

    // ---- reading

    public ActivityParticipant participant(long participantId) {
        return participants.stream()
                .filter(p -> Objects.equals(p.id(), participantId))
                .findFirst()
                .orElseThrow(() -> Problem.notFound("participant"));
    }

    public Optional<ActivityParticipant> member(long memberId) {
        return participants.stream()
                .filter(p -> p.memberId() != null && p.memberId() == memberId)
                .findFirst();
    }

    public List<ActivityParticipant> members() {
        return participants.stream()
                .filter(p -> p.kind() == ParticipantKind.MEMBER)
                .toList();
    }

    /** The members present, who earn the attendance when the activity is held. */
    public List<ActivityParticipant> presentMembers() {
        return members().stream().filter(ActivityParticipant::present).toList();
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    /** Links a reading group of the organisation as the topic group, or unlinks it ({@code null}). */
    public void readingGroup(Long groupId) {
        this.readingGroupId = groupId;
    }

    public Long readingGroupId() {
        return readingGroupId;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Long planItemId() {
        return planItemId;
    }

    public String topic() {
        return topic;
    }

    public ConsultationForm form() {
        return form;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int year() {
        return year;
    }

    public Long bookingId() {
        return bookingId;
    }

    public Long spaceId() {
        return spaceId;
    }

    public String venue() {
        return venue;
    }

    public int capacity() {
        return capacity;
    }

    public String checkinCode() {
        return checkinCode;
    }

    public ActivityState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public String heldBy() {
        return heldBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public List<ActivityParticipant> participants() {
        return Collections.unmodifiableList(participants);
    }

    public List<ResearchTrip> research() {
        return Collections.unmodifiableList(research);
    }

    public List<Speech> speeches() {
        return Collections.unmodifiableList(speeches);
    }
}
