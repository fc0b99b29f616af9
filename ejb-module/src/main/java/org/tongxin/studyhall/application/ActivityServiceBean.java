package org.tongxin.studyhall.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyEvent;
import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.DutyWithdrawn;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.CallerNames;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.NotificationService;
import org.tongxin.platform.kernel.IntegrationEvent;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.studyhall.domain.Activity;
import org.tongxin.studyhall.domain.ActivityKind;
import org.tongxin.studyhall.domain.Booking;
import org.tongxin.studyhall.domain.BookingStatus;
import org.tongxin.studyhall.domain.Registration;
import org.tongxin.studyhall.domain.RegistrationStatus;
import org.tongxin.studyhall.domain.Space;
import org.tongxin.studyhall.domain.StudyHallRepository;

/**
 * Activities. Sign-ups and withdrawals of one activity queue on its row lock, so seats are counted once
 * and the waiting list moves up strictly in order. Attendance reaches the duty ledger through
 * {@link DutyEvent} in the same transaction as the act that settles it.
 */
@Stateless
public class ActivityServiceBean implements ActivityService {

    /** Check-in opens this long before the activity starts. */
    static final Duration CHECK_IN_OPENS = Duration.ofHours(1);

    @Inject
    jakarta.enterprise.event.Event<IntegrationEvent> integration;

    @Inject
    StudyHallRepository hall;

    @Inject
    HallSupport support;

    @Inject
    Callers callers;

    @Inject
    CallerNames callerNames;

    @Inject
    Clock clock;

    @Inject
    Event<DutyEvent> duty;

    @Inject
    Event<DutyWithdrawn> dutyWithdrawn;

    @EJB
    DutyService dutyService;

    @EJB
    NotificationService notifications;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public ActivityDetails open(long bookingId, ActivityKind kind, int capacity, Instant signupDeadline) {
        Caller caller = caller();
        Booking booking = support.visibleBooking(caller, bookingId);
        if (!caller.hasRole(Role.HALL_KEEPER) && booking.bookerAccountId() != caller.accountId()) {
            throw Problem.forbidden();
        }
        if (booking.status() != BookingStatus.PENDING && booking.status() != BookingStatus.CONFIRMED) {
            throw Problem.conflict("wrong-status", "problem.booking.wrong-status");
        }
        if (hall.activityOfBooking(bookingId).isPresent()) {
            throw Problem.conflict("already-open", "problem.activity.already-open");
        }
        Space space = hall.space(booking.spaceId()).orElseThrow();
        Activity activity = new Activity(
                booking,
                space.capacity(),
                kind,
                capacity,
                signupDeadline == null ? booking.startsAt() : signupDeadline);
        hall.add(activity);
        em.flush();
        return view(activity, booking, caller);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public ActivityDetails activity(long id) {
        Caller caller = caller();
        Activity activity = hall.activity(id).orElseThrow(() -> Problem.notFound("activity"));
        return view(activity, support.visibleBooking(caller, activity.bookingId()), caller);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public List<ActivityDetails> upcoming() {
        Caller caller = caller();
        List<ActivityDetails> views = new ArrayList<>();
        for (Activity a : hall.upcomingActivities(caller.visible().pathPattern(), clock.instant(), 100)) {
            views.add(view(a, hall.booking(a.bookingId()).orElseThrow(), caller));
        }
        return views;
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public RegistrationRow register(long activityId) {
        Caller caller = caller();
        long memberId = ownMemberId();
        Activity found = hall.activity(activityId).orElseThrow(() -> Problem.notFound("activity"));
        Booking booking = support.visibleBooking(caller, found.bookingId());
        Activity activity = hall.lockActivity(activityId);
        if (hall.liveRegistration(activityId, memberId).isPresent()) {
            throw Problem.conflict("already-registered", "problem.registration.already");
        }
        Instant now = clock.instant();
        RegistrationStatus status = activity.admit(hall.seatsTaken(activityId), booking, now);
        Registration r = new Registration(
                activity,
                memberId,
                caller.accountId(),
                callerNames.displayName(session.getCallerPrincipal()),
                status,
                hall.registrationsEver(activityId) + 1,
                now);
        hall.add(r);
        em.flush();
        return registrationView(r, hall.registrations(activityId));
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ActivityDetails withdraw(long activityId) {
        Caller caller = caller();
        long memberId = ownMemberId();
        Activity found = hall.activity(activityId).orElseThrow(() -> Problem.notFound("activity"));
        Booking booking = support.visibleBooking(caller, found.bookingId());
        Activity activity = hall.lockActivity(activityId);
        Registration mine = hall.liveRegistration(activityId, memberId)
                .orElseThrow(() -> Problem.conflict("not-registered", "problem.registration.not-registered"));
        Instant now = clock.instant();
        mine.withdraw(booking, now);
        em.flush();
        List<Registration> waiting = hall.registrations(activityId).stream()
                .filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .toList();
        for (Registration promoted : activity.promote(waiting, hall.seatsTaken(activityId), booking, now)) {
            if (promoted.accountId() == null) {
                continue;
            }
            notifications.notify(
                    promoted.accountId(),
                    "notice.activity.promoted",
                    List.of(booking.title(), support.display(booking.startsAt(), booking.organisationId())),
                    "/studyhall/booking.xhtml?id=" + booking.id());
        }
        return view(activity, booking, caller);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public RegistrationRow checkIn(String code) {
        Caller caller = caller();
        long memberId = ownMemberId();
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Activity activity = hall.activityByCode(normalised)
                .orElseThrow(() -> Problem.field("code", "bad-code", "problem.activity.bad-code"));
        Booking booking = support.visibleBooking(caller, activity.bookingId());
        Instant now = clock.instant();
        if (now.isBefore(booking.startsAt().minus(CHECK_IN_OPENS))
                || now.isAfter(booking.endsAt())
                || !booking.status().holdsSlot()
                || booking.status() == BookingStatus.PENDING) {
            throw Problem.conflict("check-in-closed", "problem.activity.check-in-closed");
        }
        Registration r = hall.liveRegistration(activity.id(), memberId)
                .orElseThrow(() -> Problem.conflict("not-registered", "problem.registration.not-registered"));
        boolean before = r.attended();
        r.checkIn(caller.username(), now);
        if (!before && activity.completed()) {
            credit(r, booking);
        }
        return registrationView(r, List.of(r));
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public RegistrationRow markAttendance(long registrationId, boolean attended) {
        Caller caller = caller();
        Registration r = hall.registration(registrationId).orElseThrow(() -> Problem.notFound("registration"));
        Activity activity = hall.activity(r.activityId()).orElseThrow();
        Booking booking = support.visibleBooking(caller, activity.bookingId());
        if (clock.instant().isBefore(booking.startsAt().minus(CHECK_IN_OPENS))) {
            throw Problem.conflict("check-in-closed", "problem.activity.check-in-closed");
        }
        boolean before = r.attended();
        if (attended) {
            r.checkIn(caller.username(), clock.instant());
        } else {
            r.undoCheckIn();
        }
        if (activity.completed() && before != r.attended()) {
            if (r.attended()) {
                credit(r, booking);
            } else {
                dutyWithdrawn.fire(new DutyWithdrawn(source(r), "attendance corrected by " + caller.username()));
            }
        }
        return registrationView(r, hall.registrations(r.activityId()));
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public ActivityDetails complete(long activityId) {
        Caller caller = caller();
        Activity found = hall.activity(activityId).orElseThrow(() -> Problem.notFound("activity"));
        Booking booking = support.visibleBooking(caller, found.bookingId());
        Activity activity = hall.lockActivity(activityId);
        if (booking.status() != BookingStatus.CONFIRMED && booking.status() != BookingStatus.COMPLETED) {
            throw Problem.conflict("wrong-status", "problem.booking.wrong-status");
        }
        activity.complete(booking, clock.instant());
        int attended = 0;
        for (Registration r : hall.registrations(activityId)) {
            if (r.status() == RegistrationStatus.REGISTERED && r.attended()) {
                credit(r, booking);
                attended++;
            }
        }
        integration.fire(IntegrationEvent.of(
                "cn.tongxin.activity.completed",
                "activity",
                activity.id(),
                booking.organisationId(),
                IntegrationEvent.fields(
                        "activityId", activity.id(),
                        "bookingId", booking.id(),
                        "title", booking.title(),
                        "start", booking.startsAt().toString(),
                        "end", booking.endsAt().toString(),
                        "attended", attended)));
        return view(activity, booking, caller);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public org.tongxin.platform.kernel.Page<ActivityDetails> mySignups(int limit) {
        Caller caller = caller();
        int size = Math.max(1, Math.min(limit, 20));
        String path = caller.visible().pathPattern();
        Instant now = clock.instant();
        long total = hall.countSignedUp(caller.accountId(), path, now);
        List<ActivityDetails> items = new ArrayList<>();
        if (total > 0) {
            for (Activity a : hall.signedUp(caller.accountId(), path, now, size)) {
                items.add(view(a, hall.booking(a.bookingId()).orElseThrow(), caller));
            }
        }
        return new org.tongxin.platform.kernel.Page<>(items, 0, size, total);
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public org.tongxin.platform.kernel.Page<ActivityDetails> today(int limit) {
        Caller caller = caller();
        int size = Math.max(1, Math.min(limit, 20));
        String path = caller.visible().pathPattern();
        ZoneId zone = support.zone(caller.visible().ownId());
        LocalDate day = clock.instant().atZone(zone).toLocalDate();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        long total = hall.countActivitiesStarting(path, from, to);
        List<ActivityDetails> items = new ArrayList<>();
        if (total > 0) {
            for (Activity a : hall.activitiesStarting(path, from, to, size)) {
                items.add(view(a, hall.booking(a.bookingId()).orElseThrow(), caller));
            }
        }
        return new org.tongxin.platform.kernel.Page<>(items, 0, size, total);
    }

    @Override
    @RolesAllowed({Role.HALL_KEEPER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public ActivityCounts counts(LocalDate from, LocalDate to) {
        Caller caller = caller();
        if (from == null || to == null) {
            throw Problem.field(from == null ? "from" : "to", "required", "problem.required");
        }
        if (to.isBefore(from)) {
            throw Problem.field("to", "end-before-start", "problem.booking.end-before-start");
        }
        ZoneId zone = support.zone(caller.visible().ownId());
        List<StudyHallRepository.KindCount> counts = hall.counts(
                caller.visible().pathPattern(),
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        List<ActivityCounts.Row> rows = new ArrayList<>();
        long activities = 0;
        long attendances = 0;
        long noShows = 0;
        for (ActivityKind kind : ActivityKind.values()) {
            StudyHallRepository.KindCount c = counts.stream()
                    .filter(k -> k.kind() == kind)
                    .findFirst()
                    .orElse(new StudyHallRepository.KindCount(kind, 0, 0, 0));
            rows.add(new ActivityCounts.Row(kind.name(), c.activities(), c.attendances(), c.noShows()));
            activities += c.activities();
            attendances += c.attendances();
            noShows += c.noShows();
        }
        return new ActivityCounts(from, to, rows, activities, attendances, noShows);
    }

    private void credit(Registration r, Booking booking) {
        LocalDate on = booking.startsAt()
                .atZone(support.zone(booking.organisationId()))
                .toLocalDate();
        duty.fire(DutyEvent.sole(r.memberId(), on, DutyCategory.STUDY, source(r), booking.title()));
    }

    private static SourceRef source(Registration r) {
        return SourceRef.of("studyhall", "attendance", r.id());
    }

    private ActivityDetails view(Activity a, Booking b, Caller caller) {
        List<Registration> all = hall.registrations(a.id());
        boolean insider = caller.hasRole(Role.HALL_KEEPER) || b.bookerAccountId() == caller.accountId();
        Registration mine = all.stream()
                .filter(r -> r.heldBy(caller.accountId()) && r.status() != RegistrationStatus.WITHDRAWN)
                .findFirst()
                .orElse(null);
        Map<Long, Integer> positions = positions(all);
        long registered = all.stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .count();
        long waitlisted = all.stream()
                .filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .count();
        String spaceName = hall.space(b.spaceId()).map(Space::name).orElse("");
        return new ActivityDetails(
                a.id(),
                b.id(),
                b.title(),
                a.kind().name(),
                spaceName,
                support.local(b.startsAt(), b.organisationId()),
                support.local(b.endsAt(), b.organisationId()),
                a.capacity(),
                a.signupDeadline(),
                registered,
                waitlisted,
                mine == null ? null : mine.status().name(),
                mine == null ? null : positions.get(mine.id()),
                mine != null && mine.attended(),
                a.completed(),
                b.status() == BookingStatus.CONFIRMED,
                insider ? a.checkinCode() : null,
                insider
                        ? all.stream()
                                .filter(r -> r.status() != RegistrationStatus.WITHDRAWN)
                                .map(r -> toView(r, positions))
                                .toList()
                        : List.of());
    }

    private RegistrationRow registrationView(Registration r, List<Registration> all) {
        return toView(r, positions(all));
    }

    private static RegistrationRow toView(Registration r, Map<Long, Integer> positions) {
        return new RegistrationRow(
                r.id(),
                r.activityId(),
                r.memberId(),
                r.memberName(),
                r.status().name(),
                positions.get(r.id()),
                r.attended());
    }

    /** Places on the waiting list, from 1, in queue order. */
    private static Map<Long, Integer> positions(List<Registration> all) {
        Map<Long, Integer> positions = new java.util.HashMap<>();
        int place = 0;
        for (Registration r : all.stream()
                .sorted(java.util.Comparator.comparingLong(Registration::queueOrder))
                .toList()) {
            if (r.status() == RegistrationStatus.WAITLISTED) {
                positions.put(r.id(), ++place);
            }
        }
        return positions;
    }

    private long ownMemberId() {
        return dutyService
                .ownMemberId()
                .orElseThrow(
                        () -> new Problem(Problem.Kind.FORBIDDEN, "not-a-member", "problem.activity.not-a-member"));
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
