package org.tongxin.consultation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.consultation.domain.ActivityParticipant;
import org.tongxin.consultation.domain.ActivityRepository;
import org.tongxin.consultation.domain.ActivityState;
import org.tongxin.consultation.domain.ActivityStep;
import org.tongxin.consultation.domain.ConsultationActivity;
import org.tongxin.consultation.domain.ParticipantKind;
import org.tongxin.consultation.domain.PlanItem;
import org.tongxin.consultation.domain.ResearchFile;
import org.tongxin.consultation.domain.ResearchTrip;
import org.tongxin.consultation.domain.Speech;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyEvent;
import org.tongxin.duty.application.DutyWithdrawn;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.FileStore;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.application.Uploads;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.studyhall.application.BookingDetails;
import org.tongxin.studyhall.application.BookingService;
import org.tongxin.studyhall.application.NewBooking;
import org.tongxin.studyhall.application.ReadingGroupDirectory;

/** Consultation activities (see {@link ConsultationActivityService}). */
@Stateless
public class ConsultationActivityServiceBean implements ConsultationActivityService {

    private static final String MODULE = "consultation";

    @Inject
    ActivityRepository activities;

    @Inject
    Callers callers;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Inject
    MemberDirectory directory;

    @EJB
    BookingService bookings;

    @Inject
    ReadingGroupDirectory readingGroups;

    @Inject
    FileStore files;

    @Inject
    Uploads uploads;

    @Inject
    Event<DutyEvent> duty;

    @Inject
    Event<DutyWithdrawn> dutyWithdrawn;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public int thisYear() {
        return time.year(caller().visible().ownId());
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public Page<ActivitySummary> activities(int year, ActivityState state, Page.Request request) {
        Caller caller = caller();
        String pattern = caller.visible().pathPattern();
        long total = activities.count(year, state, pattern);
        List<ActivitySummary> rows =
                activities.activities(year, state, pattern, request.offset(), request.size()).stream()
                        .map(this::summary)
                        .toList();
        return new Page<>(rows, request.page(), request.size(), total);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public java.util.Map<String, Long> countsByState(int year) {
        String pattern = caller().visible().pathPattern();
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (ActivityState s : ActivityState.values()) {
            counts.put(s.name(), activities.count(year, s, pattern));
        }
        return counts;
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public ConsultationActivityDetails activity(long id) {
        Caller caller = caller();
        return details(visible(caller, id), caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails create(NewActivity asked) {
        Caller caller = caller();
        long org = caller.visible().ownId();
        organisations.requireOpen(org);
        NewActivity n = withItem(required(asked), org);
        ConsultationActivity.Terms terms = terms(n).checked();
        ConsultationActivity.Venue venue = book(n, null, null, null);
        ConsultationActivity a = new ConsultationActivity(
                org, terms, venue, time.at(venue.start(), org).getYear(), caller.username(), time.now());
        activities.add(a);
        if (a.bookingId() != null) {
            bookings.holdFor(a.bookingId(), holder(a));
        }
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails update(long id, int version, NewActivity asked) {
        Caller caller = caller();
        ConsultationActivity a = own(caller, id, version);
        NewActivity n = withItem(required(asked), a.organisationId());
        a.change(terms(n));
        if (!Objects.equals(n.start(), a.startsAt())
                || !Objects.equals(n.end(), a.endsAt())
                || !Objects.equals(n.spaceId(), a.spaceId())
                || (n.spaceId() == null && !Objects.equals(strip(n.place()), a.venue()))) {
            if (!a.state().live()) {
                throw Problem.conflict("activity-state", "problem.cs-activity.not-live");
            }
            ConsultationActivity.Venue venue = book(n, a.bookingId(), a.spaceId(), holder(a));
            Long old = a.bookingId();
            a.venue(venue, time.at(venue.start(), a.organisationId()).getYear());
            if (old != null && !old.equals(venue.bookingId())) {
                release(a, old, "协商活动改换场地");
            }
            if (venue.bookingId() != null && !venue.bookingId().equals(old)) {
                bookings.holdFor(venue.bookingId(), holder(a));
            }
        }
        return stored(a, caller);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public ConsultationActivityDetails take(long id, int version, ActivityStep step, String reason) {
        if (step == null) {
            throw Problem.field("step", "required", "problem.required");
        }
        Caller caller = caller();
        ConsultationActivity a = own(caller, id, version);
        a.take(step, caller.roles(), reason, caller.username(), time.now());
        switch (step) {
            case HOLD -> a.presentMembers().forEach(p -> creditAttendance(a, p));
            case CANCEL -> {
                if (a.bookingId() != null) {
                    release(a, a.bookingId(), a.cancelReason() == null ? "协商活动取消" : a.cancelReason());
                }
            }
            default -> {}
        }
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails invite(long id, long memberId) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        String name = activeMember(a, memberId, "memberId");
        Long account = directory
                .member(memberId)
                .map(MemberDirectory.MemberRef::accountId)
                .orElse(null);
        a.invite(memberId, account, name, time.now());
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails addGuest(long id, ParticipantKind kind, String name, String unit) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        a.addGuest(kind, name, unit, time.now());
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails removeParticipant(long id, long participantId) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        a.removeParticipant(participantId);
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ConsultationActivityDetails signUp(long id) {
        Caller caller = caller();
        MemberDirectory.MemberRef me = ownMember(caller);
        visible(caller, id);
        ConsultationActivity a =
                activities.lock(id, caller.visible().pathPattern()).orElseThrow(() -> notFound());
        requireOwnOrganisation(a, me);
        a.signUp(me.id(), caller.accountId(), me.name(), time.now());
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ConsultationActivityDetails withdraw(long id) {
        Caller caller = caller();
        MemberDirectory.MemberRef me = ownMember(caller);
        visible(caller, id);
        ConsultationActivity a =
                activities.lock(id, caller.visible().pathPattern()).orElseThrow(() -> notFound());
        a.withdraw(me.id(), time.now());
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ConsultationActivityDetails checkIn(String code) {
        Caller caller = caller();
        MemberDirectory.MemberRef me = ownMember(caller);
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        ConsultationActivity a = activities
                .byCode(normalised)
                .filter(found -> callers.organisationVisible(caller, found.organisationId()))
                .orElseThrow(() -> Problem.field("code", "bad-code", "problem.activity.bad-code"));
        a.checkIn(me.id(), caller.username(), time.now());
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails mark(long id, long participantId, boolean present) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        boolean changed = a.mark(participantId, present, caller.username(), time.now());
        ActivityParticipant p = a.participant(participantId);
        if (changed && a.state() == ActivityState.HELD && p.memberId() != null) {
            if (p.present()) {
                creditAttendance(a, p);
            } else {
                dutyWithdrawn.fire(new DutyWithdrawn(attendance(p), "attendance corrected by " + caller.username()));
            }
        }
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails addResearch(long id, ResearchInput trip) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        a.addResearch(researchTerms(a, trip), caller.username(), time.now());
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails changeResearch(long id, long tripId, ResearchInput trip) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        a.changeResearch(tripId, researchTerms(a, trip));
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails researchDone(long id, long tripId) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        ResearchTrip trip = a.researchDone(tripId, time.today(a.organisationId()), caller.username(), time.now());
        for (ResearchTrip.TripMember m : trip.members()) {
            duty.fire(DutyEvent.sole(
                    m.memberId(),
                    trip.on(),
                    DutyCategory.CONSULTATION_RESEARCH,
                    SourceRef.of(MODULE, "research", trip.id()),
                    describe("议前调研：", a.topic())));
        }
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ResearchFileSummary attachResearchFile(long id, long tripId, String fileName, byte[] content) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        a.trip(tripId);
        Uploads.Checked file = uploads.check(fileName, content);
        String sha = files.put(content);
        ResearchFile f = a.attachResearchFile(
                tripId, file.name(), file.kind(), content.length, sha, caller.username(), time.now());
        activities.flush();
        return fileSummary(tripId, f);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public List<ResearchFileSummary> researchFiles(long id, long tripId) {
        ConsultationActivity a = visible(caller(), id);
        return a.trip(tripId).files().stream().map(f -> fileSummary(tripId, f)).toList();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public ResearchFileDetails researchFile(long id, long tripId, long fileId) {
        ConsultationActivity a = visible(caller(), id);
        ResearchFile f = a.trip(tripId).file(fileId);
        return new ResearchFileDetails(f.fileName(), f.contentType(), files.get(f.sha256()));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails removeResearchFile(long id, long tripId, long fileId) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        a.removeResearchFile(tripId, fileId);
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails linkReadingGroup(long id, Long groupId) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        if (groupId != null) {
            readingGroups
                    .group(groupId)
                    .filter(g -> g.organisationId() == a.organisationId())
                    .orElseThrow(() ->
                            Problem.field("readingGroupId", "invalid-input", "problem.cs-activity.reading-group"));
        }
        a.readingGroup(groupId);
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public List<ReadingGroupDirectory.GroupRef> readingGroupChoices(long id) {
        Caller caller = caller();
        ConsultationActivity a = visible(caller, id);
        requireOwn(caller, a);
        return readingGroups.ofOrganisation(a.organisationId());
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ConsultationActivityDetails submitSpeech(long id, String title, String text) {
        Caller caller = caller();
        MemberDirectory.MemberRef me = ownMember(caller);
        ConsultationActivity a = visible(caller, id);
        requireOwnOrganisation(a, me);
        a.submitSpeech(me.id(), me.name(), title, text, time.now());
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails selectSpeech(long id, long speechId, boolean selected) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        a.select(speechId, selected);
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ConsultationActivityDetails deliverSpeech(long id, long speechId, boolean delivered) {
        Caller caller = caller();
        ConsultationActivity a = ownLocked(caller, id);
        if (a.deliver(speechId, delivered, caller.username(), time.now())) {
            Speech s = a.speech(speechId);
            SourceRef source = SourceRef.of(MODULE, "speech", s.id());
            if (s.delivered()) {
                duty.fire(DutyEvent.sole(
                        s.memberId(),
                        time.day(a.startsAt(), a.organisationId()),
                        DutyCategory.CONSULTATION_SPEECH,
                        source,
                        describe("协商发言：", s.title())));
            } else {
                dutyWithdrawn.fire(new DutyWithdrawn(source, "speech unmarked by " + caller.username()));
            }
        }
        return stored(a, caller);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public Map<Long, String> memberChoices(long id) {
        Caller caller = caller();
        ConsultationActivity a = visible(caller, id);
        return new LinkedHashMap<>(directory.activeNames(a.organisationId()));
    }

    // ---- helpers

    private static NewActivity required(NewActivity asked) {
        if (asked == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return asked;
    }

    /** The plan item must be one of the organisation's; its topic and form fill what the request left empty. */
    private NewActivity withItem(NewActivity n, long org) {
        if (n.planItemId() == null) {
            return n;
        }
        PlanItem item = activities
                .planItem(n.planItemId(), org)
                .orElseThrow(() -> Problem.field("planItemId", "invalid-input", "problem.cs-activity.plan-item"));
        return new NewActivity(
                n.topic() == null || n.topic().isBlank() ? item.topic() : n.topic(),
                n.form() == null ? item.form() : n.form(),
                n.planItemId(),
                n.start(),
                n.end(),
                n.spaceId(),
                n.place(),
                n.capacity());
    }

    private static ConsultationActivity.Terms terms(NewActivity n) {
        if (n.capacity() == null) {
            throw Problem.field("capacity", "required", "problem.required");
        }
        return new ConsultationActivity.Terms(n.topic(), n.form(), n.planItemId(), n.capacity());
    }

    /**
     * The venue: a study-hall space is booked (or the booking moved) through the hall's booking engine, whose
     * refusals are the answer; a place outside the hall is taken as written.
     */
    private ConsultationActivity.Venue book(NewActivity n, Long currentBooking, Long currentSpace, String holder) {
        if (n.start() == null) {
            throw Problem.field("start", "required", "problem.required");
        }
        if (n.end() == null) {
            throw Problem.field("end", "required", "problem.required");
        }
        if (n.spaceId() == null) {
            if (n.place() == null || n.place().isBlank()) {
                throw Problem.field("place", "required", "problem.cs-activity.venue-required");
            }
            return new ConsultationActivity.Venue(n.start(), n.end(), null, null, n.place());
        }
        BookingDetails b;
        if (currentBooking != null && n.spaceId().equals(currentSpace)) {
            b = bookings.moveHeld(currentBooking, holder, n.start(), n.end());
        } else {
            b = bookings.book(new NewBooking(
                    n.spaceId(),
                    n.start(),
                    n.end(),
                    n.topic(),
                    "协商活动",
                    Math.min(Math.max(n.capacity(), 1), ConsultationActivity.MAX_CAPACITY)));
        }
        return new ConsultationActivity.Venue(
                b.start().toInstant(), b.end().toInstant(), b.id(), b.space(), b.spaceName());
    }

    /**
     * Releases a booking through the engine, unless it no longer holds its slot (cancelled or rejected meanwhile). The
     * booking is held for the activity, so any office clerk of its organisation releases it, not only the one who
     * booked it; the engine's notice still applies.
     */
    private void release(ConsultationActivity a, long bookingId, String reason) {
        BookingDetails b = bookings.booking(bookingId);
        if ("PENDING".equals(b.status()) || "CONFIRMED".equals(b.status())) {
            bookings.cancelHeld(bookingId, holder(a), reason);
        }
    }

    /** What the activity's booking is held for in the study hall. */
    private static String holder(ConsultationActivity a) {
        return "consultation:activity:" + a.id();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static ResearchFileSummary fileSummary(long tripId, ResearchFile f) {
        return new ResearchFileSummary(
                f.id(), tripId, f.fileName(), f.contentType(), f.size(), f.sha256(), f.uploadedAt());
    }

    private ResearchTrip.Terms researchTerms(ConsultationActivity a, ResearchInput in) {
        if (in == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        Map<Long, String> members = new LinkedHashMap<>();
        if (in.memberIds() != null && !in.memberIds().isEmpty()) {
            Map<Long, String> names = directory.activeNames(a.organisationId());
            for (Long m : in.memberIds()) {
                String name = m == null ? null : names.get(m);
                if (name == null) {
                    throw Problem.field("memberIds", "invalid-input", "problem.cs-activity.member");
                }
                members.put(m, name);
            }
        }
        String documents = in.documents() == null
                ? null
                : String.join(
                        "\n",
                        in.documents().stream()
                                .filter(d -> d != null && !d.isBlank())
                                .map(String::strip)
                                .toList());
        return new ResearchTrip.Terms(in.on(), in.place(), members, in.findings(), documents);
    }

    private String activeMember(ConsultationActivity a, long memberId, String field) {
        String name = directory.activeNames(a.organisationId()).get(memberId);
        if (name == null) {
            throw Problem.field(field, "invalid-input", "problem.cs-activity.member");
        }
        return name;
    }

    private void creditAttendance(ConsultationActivity a, ActivityParticipant p) {
        duty.fire(DutyEvent.sole(
                p.memberId(),
                time.day(a.startsAt(), a.organisationId()),
                DutyCategory.CONSULTATION,
                attendance(p),
                describe("协商活动：", a.topic())));
    }

    private static SourceRef attendance(ActivityParticipant p) {
        return SourceRef.of(MODULE, "attendance", p.id());
    }

    private static String describe(String prefix, String what) {
        String d = prefix + what;
        return d.length() <= 200 ? d : d.substring(0, 199) + "…";
    }

    private MemberDirectory.MemberRef ownMember(Caller caller) {
        return directory
                .ofAccount(caller.accountId())
                .orElseThrow(
                        () -> new Problem(Problem.Kind.FORBIDDEN, "not-a-member", "problem.activity.not-a-member"));
    }

    private static void requireOwnOrganisation(ConsultationActivity a, MemberDirectory.MemberRef me) {
        if (a.organisationId() != me.organisationId()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "activity-not-own", "problem.cs-activity.not-own-member");
        }
    }

    private static Problem notFound() {
        return Problem.notFound("consultation-activity");
    }

    private ConsultationActivity visible(Caller caller, long id) {
        return activities.activity(id, caller.visible().pathPattern()).orElseThrow(() -> notFound());
    }

    /** An activity of the caller's own organisation, at the version the change was made on. */
    private ConsultationActivity own(Caller caller, long id, int version) {
        ConsultationActivity a = visible(caller, id);
        requireOwn(caller, a);
        if (a.version() != version) {
            throw Problem.conflict("stale", "problem.stale");
        }
        return a;
    }

    /** An activity of the caller's own organisation, its row locked (participants and cap counted once). */
    private ConsultationActivity ownLocked(Caller caller, long id) {
        requireOwn(caller, visible(caller, id));
        return activities.lock(id, caller.visible().pathPattern()).orElseThrow(() -> notFound());
    }

    private static void requireOwn(Caller caller, ConsultationActivity a) {
        if (a.organisationId() != caller.visible().ownId()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "activity-not-own", "problem.cs-activity.not-own");
        }
    }

    private ConsultationActivityDetails stored(ConsultationActivity a, Caller caller) {
        activities.flush();
        return details(a, caller);
    }

    private OffsetDateTime local(Instant at, long org) {
        return time.at(at, org).toOffsetDateTime();
    }

    private ActivitySummary summary(ConsultationActivity a) {
        return new ActivitySummary(
                a.id(),
                a.organisationId(),
                organisations.name(a.organisationId()),
                a.planItemId(),
                a.topic(),
                a.form(),
                a.state(),
                local(a.startsAt(), a.organisationId()),
                local(a.endsAt(), a.organisationId()),
                a.bookingId(),
                a.venue(),
                a.capacity(),
                a.members().size(),
                a.presentMembers().size());
    }

    private ConsultationActivityDetails details(ConsultationActivity a, Caller caller) {
        boolean own = a.organisationId() == caller.visible().ownId();
        boolean office = own && caller.hasRole(Role.OFFICE_STAFF);
        boolean insider = caller.hasAnyRole(Role.OFFICE_STAFF, Role.LEADER);
        List<ActivityStep> steps = own
                ? Arrays.stream(ActivityStep.values())
                        .filter(s -> s.leavesFrom(a.state()) && caller.hasRole(s.role()))
                        .toList()
                : List.of();
        MemberDirectory.MemberRef me = caller.hasRole(Role.MEMBER)
                ? directory.ofAccount(caller.accountId()).orElse(null)
                : null;
        ConsultationActivityDetails.Mine mine = null;
        if (me != null) {
            ActivityParticipant p = a.member(me.id()).orElse(null);
            Long speech = a.speeches().stream()
                    .filter(s -> s.memberId() == me.id())
                    .map(Speech::id)
                    .findFirst()
                    .orElse(null);
            boolean open = a.state() == ActivityState.OPEN && time.now().isBefore(a.startsAt());
            mine = new ConsultationActivityDetails.Mine(
                    me.id(),
                    p == null ? null : p.id(),
                    p == null ? null : p.joined().name(),
                    p != null && p.present(),
                    p == null && open && a.members().size() < a.capacity() && me.organisationId() == a.organisationId(),
                    speech);
        }
        String itemTopic = a.planItemId() == null
                ? null
                : activities
                        .planItem(a.planItemId(), a.organisationId())
                        .map(PlanItem::topic)
                        .orElse(null);
        long myMemberId = me == null ? -1 : me.id();
        return new ConsultationActivityDetails(
                a.id(),
                a.version(),
                a.organisationId(),
                organisations.name(a.organisationId()),
                a.planItemId(),
                itemTopic,
                a.topic(),
                a.form(),
                a.state(),
                local(a.startsAt(), a.organisationId()),
                local(a.endsAt(), a.organisationId()),
                a.bookingId(),
                a.spaceId(),
                a.venue(),
                a.capacity(),
                a.members().size(),
                a.presentMembers().size(),
                office ? a.checkinCode() : null,
                office,
                steps,
                mine,
                a.participants().stream()
                        .map(p -> new ConsultationActivityDetails.Participant(
                                p.id(),
                                p.kind().name(),
                                p.memberId(),
                                p.name(),
                                p.unit(),
                                p.joined().name(),
                                p.present(),
                                p.checkedInAt(),
                                p.checkedInBy()))
                        .toList(),
                a.research().stream()
                        .map(t -> new ConsultationActivityDetails.Research(
                                t.id(),
                                t.on(),
                                t.place(),
                                t.members().stream()
                                        .map(m -> new ConsultationActivityDetails.TripMember(
                                                m.memberId(), m.memberName()))
                                        .toList(),
                                t.findings(),
                                t.documents(),
                                t.files().stream()
                                        .map(f -> fileSummary(t.id(), f))
                                        .toList(),
                                t.done(),
                                t.doneAt(),
                                t.doneBy()))
                        .toList(),
                a.speeches().stream()
                        .filter(s -> insider || s.memberId() == myMemberId)
                        .map(s -> new ConsultationActivityDetails.SpeechRow(
                                s.id(),
                                s.memberId(),
                                s.memberName(),
                                s.title(),
                                s.text(),
                                s.submittedAt(),
                                s.selected(),
                                s.delivered(),
                                s.deliveredAt()))
                        .toList(),
                a.createdAt(),
                a.createdBy(),
                a.openedAt(),
                a.openedBy(),
                a.heldAt(),
                a.heldBy(),
                a.cancelledAt(),
                a.cancelledBy(),
                a.cancelReason(),
                a.readingGroupId() == null
                        ? null
                        : readingGroups
                                .group(a.readingGroupId())
                                .map(g -> new ConsultationActivityDetails.ReadingGroup(g.id(), g.name(), g.topic()))
                                .orElse(null));
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
