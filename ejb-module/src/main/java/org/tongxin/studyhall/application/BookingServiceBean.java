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
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.CallerNames;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.NotificationService;
import org.tongxin.platform.kernel.IntegrationEvent;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.studyhall.domain.Booking;
import org.tongxin.studyhall.domain.BookingStatus;
import org.tongxin.studyhall.domain.Recurrence;
import org.tongxin.studyhall.domain.Registration;
import org.tongxin.studyhall.domain.RegistrationStatus;
import org.tongxin.studyhall.domain.Series;
import org.tongxin.studyhall.domain.SlotRules;
import org.tongxin.studyhall.domain.Space;
import org.tongxin.studyhall.domain.StudyHallRepository;

/**
 * Bookings. Every booking of a space first takes that space's row lock, then checks the slot's rules and
 * the bookings already there, then inserts: two people after the same slot queue on the lock and the
 * second one sees the first one's booking. On PostgreSQL an exclusion constraint backs this up; if it ever
 * fires, the answer is the same "already booked".
 */
@Stateless
public class BookingServiceBean implements BookingService {

    /** The longest period a calendar query may span. */
    static final Duration MAX_RANGE = Duration.ofDays(100);

    @Inject
    Event<IntegrationEvent> integration;

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

    @EJB
    NotificationService notifications;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public BookingDetails book(NewBooking asked) {
        Caller caller = caller();
        Booking.Request request = request(asked);
        Space space = lockBookable(caller, asked.space());
        Instant now = clock.instant();
        support.rules(space, asked.start(), asked.end()).check(asked.start(), asked.end(), request.attendees(), now);
        requireFree(space, asked.start(), asked.end(), null);
        Booking booking = new Booking(
                space,
                null,
                asked.start(),
                asked.end(),
                request,
                caller.accountId(),
                displayName(),
                space.bookingNeedsApprovalFrom(caller.roles()),
                now);
        hall.add(booking);
        flush();
        told(booking);
        return support.newViews(List.of(booking), caller).get(0);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public SeriesPlan planSeries(NewBooking first, Recurrence rule) {
        Caller caller = caller();
        Booking.Request request = request(first);
        Space space = bookable(caller, support.visibleSpace(caller, first.space()));
        return new SeriesPlan(null, plan(space, first, rule, request), List.of());
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public SeriesPlan bookSeries(NewBooking first, Recurrence rule, boolean onlyFree) {
        Caller caller = caller();
        Booking.Request request = request(first);
        Space space = lockBookable(caller, first.space());
        List<SeriesPlan.Occurrence> occurrences = plan(space, first, rule, request);
        long conflicts = occurrences.stream().filter(o -> !o.free()).count();
        if (conflicts == occurrences.size()) {
            throw Problem.conflict("series-none-free", "problem.series.none-free");
        }
        if (conflicts > 0 && !onlyFree) {
            throw Problem.conflict("series-conflicts", "problem.series.conflicts", conflicts, occurrences.size());
        }
        Instant now = clock.instant();
        Series series = new Series(space, rule, first.start(), caller.username(), now);
        hall.add(series);
        flush();
        List<Booking> booked = new ArrayList<>();
        for (SeriesPlan.Occurrence o : occurrences) {
            if (o.free()) {
                Booking b = new Booking(
                        space,
                        series.id(),
                        o.start().toInstant(),
                        o.end().toInstant(),
                        request,
                        caller.accountId(),
                        displayName(),
                        space.bookingNeedsApprovalFrom(caller.roles()),
                        now);
                hall.add(b);
                booked.add(b);
            }
        }
        flush();
        booked.forEach(this::told);
        return new SeriesPlan(series.id(), occurrences, support.newViews(booked, caller));
    }

    private List<SeriesPlan.Occurrence> plan(Space space, NewBooking first, Recurrence rule, Booking.Request request) {
        if (first.start() == null || first.end() == null) {
            throw Problem.field(first.start() == null ? "start" : "end", "required", "problem.required");
        }
        if (!first.end().isAfter(first.start())) {
            throw Problem.field("end", "end-before-start", "problem.booking.end-before-start");
        }
        ZoneId zone = support.zone(space.organisationId());
        Duration length = Duration.between(first.start(), first.end());
        List<ZonedDateTime> starts = rule.starts(first.start().atZone(zone));
        SlotRules rules = support.rules(
                space,
                starts.get(0).toInstant(),
                starts.get(starts.size() - 1).toInstant().plus(length));
        Instant now = clock.instant();
        List<SeriesPlan.Occurrence> occurrences = new ArrayList<>();
        for (ZonedDateTime start : starts) {
            ZonedDateTime end = start.plus(length);
            Problem refusal = null;
            try {
                rules.check(start.toInstant(), end.toInstant(), request.attendees(), now);
                if (!hall.overlapping(space.id(), start.toInstant(), end.toInstant(), null)
                        .isEmpty()) {
                    refusal = slotTaken();
                }
            } catch (Problem p) {
                refusal = p;
            }
            occurrences.add(new SeriesPlan.Occurrence(
                    start.toOffsetDateTime(),
                    end.toOffsetDateTime(),
                    refusal == null,
                    refusal == null ? null : refusal.code(),
                    refusal == null ? null : refusal.messageKey(),
                    refusal == null
                            ? List.of()
                            : Arrays.stream(refusal.args()).map(String::valueOf).toList()));
        }
        return occurrences;
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public BookingDetails booking(long id) {
        Caller caller = caller();
        return support.view(support.visibleBooking(caller, id), caller);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public List<BookingDetails> calendar(Long space, Instant from, Instant to) {
        Caller caller = caller();
        checkRange(from, to);
        if (space != null) {
            support.visibleSpace(caller, space);
        }
        return support.views(hall.bookings(space, caller.visible().pathPattern(), from, to), caller);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public List<BookingDetails> mine(Instant from, Instant to) {
        Caller caller = caller();
        checkRange(from, to);
        return support.views(hall.bookingsOf(caller.accountId(), from, to), caller);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public org.tongxin.platform.kernel.Page<BookingDetails> myUpcoming(int limit) {
        Caller caller = caller();
        int size = Math.max(1, Math.min(limit, 20));
        String path = caller.visible().pathPattern();
        Instant now = clock.instant();
        long total = hall.countUpcomingOf(caller.accountId(), path, now);
        List<BookingDetails> items =
                total == 0 ? List.of() : support.views(hall.upcomingOf(caller.accountId(), path, now, size), caller);
        return new org.tongxin.platform.kernel.Page<>(items, 0, size, total);
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public org.tongxin.platform.kernel.Page<BookingDetails> pendingFirst(int limit) {
        Caller caller = caller();
        int size = Math.max(1, Math.min(limit, 20));
        String path = caller.visible().pathPattern();
        long total = hall.countPending(path);
        List<BookingDetails> items = total == 0 ? List.of() : support.views(hall.pending(path, size), caller);
        return new org.tongxin.platform.kernel.Page<>(items, 0, size, total);
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public List<BookingDetails> pending() {
        Caller caller = caller();
        return support.views(hall.pending(caller.visible().pathPattern()), caller);
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public BookingDetails approve(long id) {
        Caller caller = caller();
        Booking b = support.visibleBooking(caller, id);
        b.approve(caller.username(), clock.instant());
        told(b);
        tell(b.bookerAccountId(), "notice.booking.approved", b);
        return support.view(b, caller);
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public BookingDetails reject(long id, String reason) {
        Caller caller = caller();
        Booking b = support.visibleBooking(caller, id);
        b.reject(caller.username(), reason, clock.instant());
        tell(b.bookerAccountId(), "notice.booking.rejected", b, b.decisionReason());
        return support.view(b, caller);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public BookingDetails cancel(long id, String reason) {
        Caller caller = caller();
        Booking b = support.visibleBooking(caller, id);
        cancel(caller, b, reason, false);
        return support.view(b, caller);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public void holdFor(long id, String heldFor) {
        Caller caller = caller();
        Booking b = support.visibleBooking(caller, id);
        if (b.bookerAccountId() != caller.accountId()) {
            throw Problem.forbidden();
        }
        b.holdFor(heldFor);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public BookingDetails cancelHeld(long id, String heldFor, String reason) {
        Caller caller = caller();
        Booking b = support.visibleBooking(caller, id);
        cancel(caller, b, reason, officeOfHolder(caller, b, heldFor));
        return support.view(b, caller);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public BookingDetails moveHeld(long id, String heldFor, Instant start, Instant end) {
        Caller caller = caller();
        Booking b = support.visibleBooking(caller, id);
        return move(caller, b, start, end, officeOfHolder(caller, b, heldFor));
    }

    /** Office staff of the booking's own organisation acting for the record the booking is held for. */
    private static boolean officeOfHolder(Caller caller, Booking b, String heldFor) {
        return heldFor != null
                && b.heldFor(heldFor)
                && caller.hasRole(Role.OFFICE_STAFF)
                && b.organisationId() == caller.visible().ownId();
    }

    /** Tells other systems that a booking is confirmed or cancelled (docs/integration.md); other states are not told. */
    private void told(Booking b) {
        String what = switch (b.status()) {
            case CONFIRMED -> "confirmed";
            case CANCELLED -> "cancelled";
            default -> null;
        };
        if (what != null) {
            integration.fire(IntegrationEvent.of(
                    "cn.tongxin.booking." + what,
                    "booking",
                    b.id(),
                    b.organisationId(),
                    IntegrationEvent.fields(
                            "bookingId", b.id(),
                            "spaceId", b.spaceId(),
                            "seriesId", b.seriesId(),
                            "start", b.startsAt().toString(),
                            "end", b.endsAt().toString(),
                            "title", b.title(),
                            "attendees", b.attendees(),
                            "bookerName", b.bookerName(),
                            "status", b.status().name(),
                            "reason", b.decisionReason())));
        }
    }

    /** {@code forHolder}: the caller acts for the record the booking is held for, as its booker would. */
    private void cancel(Caller caller, Booking b, String reason, boolean forHolder) {
        boolean keeper = caller.hasRole(Role.HALL_KEEPER);
        if (!keeper && !forHolder && b.bookerAccountId() != caller.accountId()) {
            throw Problem.forbidden();
        }
        Space space = hall.space(b.spaceId()).orElseThrow();
        b.cancel(caller.username(), keeper, reason, Duration.ofHours(space.cancelNoticeHours()), clock.instant());
        told(b);
        if (b.bookerAccountId() != caller.accountId()) {
            tell(b.bookerAccountId(), "notice.booking.cancelled", b, b.decisionReason());
        }
        hall.activityOfBooking(b.id()).ifPresent(a -> {
            for (Registration r : hall.registrations(a.id())) {
                if (r.status() != RegistrationStatus.WITHDRAWN
                        && r.accountId() != null
                        && !r.heldBy(caller.accountId())) {
                    tell(r.accountId(), "notice.activity.cancelled", b);
                }
            }
        });
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public int cancelSeriesFrom(long seriesId, LocalDate from, String reason) {
        Caller caller = caller();
        Series series = hall.series(seriesId)
                .filter(s -> callers.organisationVisible(caller, s.organisationId()))
                .orElseThrow(() -> Problem.notFound("series"));
        if (from == null) {
            throw Problem.field("from", "required", "problem.required");
        }
        Instant since = from.atStartOfDay(support.zone(series.organisationId())).toInstant();
        int cancelled = 0;
        for (Booking b : hall.ofSeries(seriesId, since)) {
            if (b.status() == BookingStatus.PENDING || b.status() == BookingStatus.CONFIRMED) {
                cancel(caller, b, reason, false);
                cancelled++;
            }
        }
        return cancelled;
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public BookingDetails move(long id, Instant start, Instant end) {
        Caller caller = caller();
        return move(caller, support.visibleBooking(caller, id), start, end, false);
    }

    private BookingDetails move(Caller caller, Booking b, Instant start, Instant end, boolean forHolder) {
        boolean keeper = caller.hasRole(Role.HALL_KEEPER);
        if (!keeper && !forHolder && b.bookerAccountId() != caller.accountId()) {
            throw Problem.forbidden();
        }
        Space space = hall.lockSpace(b.spaceId());
        Instant now = clock.instant();
        support.rules(space, start, end).check(start, end, b.attendees(), now);
        requireFree(space, start, end, b.id());
        b.move(start, end, space.bookingNeedsApprovalFrom(caller.roles()), now);
        hall.activityOfBooking(b.id()).ifPresent(a -> a.followBooking(b));
        flush();
        return support.view(b, caller);
    }

    private void requireFree(Space space, Instant start, Instant end, Long except) {
        if (!hall.overlapping(space.id(), start, end, except).isEmpty()) {
            throw slotTaken();
        }
    }

    private static Problem slotTaken() {
        return Problem.conflict("slot-taken", "problem.booking.slot-taken");
    }

    /** Writes now, so that PostgreSQL's exclusion constraint answers inside this call, as "already booked". */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                    throw slotTaken();
                }
            }
            throw e;
        }
    }

    private Space lockBookable(Caller caller, Long spaceId) {
        if (spaceId == null) {
            throw Problem.field("space", "required", "problem.required");
        }
        support.visibleSpace(caller, spaceId);
        return bookable(caller, hall.lockSpace(spaceId));
    }

    private static Space bookable(Caller caller, Space space) {
        space.requireBookableBy(caller.roles());
        return space;
    }

    private static Booking.Request request(NewBooking asked) {
        if (asked == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return new Booking.Request(asked.title(), asked.purpose(), asked.attendees() == null ? 1 : asked.attendees());
    }

    private static void checkRange(Instant from, Instant to) {
        if (from == null || to == null) {
            throw Problem.field(from == null ? "from" : "to", "required", "problem.required");
        }
        if (!to.isAfter(from)) {
            throw Problem.field("to", "end-before-start", "problem.booking.end-before-start");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw Problem.field("to", "range-too-long", "problem.booking.range-too-long", MAX_RANGE.toDays());
        }
    }

    private void tell(long accountId, String key, Booking b, String... more) {
        List<String> args = new ArrayList<>(List.of(
                b.title(),
                hall.space(b.spaceId()).map(Space::name).orElse(""),
                support.display(b.startsAt(), b.organisationId())));
        args.addAll(Arrays.asList(more));
        notifications.notify(accountId, key, args, "/studyhall/booking.xhtml?id=" + b.id());
    }

    private String displayName() {
        return callerNames.displayName(session.getCallerPrincipal());
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
