package org.tongxin.studyhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.studyhall.domain.Activity;
import org.tongxin.studyhall.domain.Booking;
import org.tongxin.studyhall.domain.SlotRules;
import org.tongxin.studyhall.domain.Space;
import org.tongxin.studyhall.domain.StudyHallRepository;
import org.tongxin.studyhall.domain.WorkingCalendar;

/** What the study hall's services share: zones, the rules of a slot, visibility, and views of bookings. */
@ApplicationScoped
public class HallSupport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    StudyHallRepository hall;

    @Inject
    OrganisationTime time;

    @Inject
    Callers callers;

    /** The organisation's zone (organisations are in the second-level cache, so this is cheap). */
    public ZoneId zone(long organisationId) {
        return time.zone(organisationId);
    }

    public OffsetDateTime local(Instant instant, long organisationId) {
        return instant == null ? null : instant.atZone(zone(organisationId)).toOffsetDateTime();
    }

    public String display(Instant instant, long organisationId) {
        return instant.atZone(zone(organisationId)).format(WHEN);
    }

    /** The rules of slots in a space over a period: its hours, the calendar's exceptions, its closures. */
    public SlotRules rules(Space space, Instant from, Instant to) {
        ZoneId zone = zone(space.organisationId());
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
        return new SlotRules(
                space,
                new WorkingCalendar(hall.calendarDays(space.organisationId(), first, last)),
                zone,
                hall.closures(space.id(), from.minus(Duration.ofDays(1)), to.plus(Duration.ofDays(1))));
    }

    public Space visibleSpace(Caller caller, long spaceId) {
        return hall.space(spaceId)
                .filter(s -> callers.organisationVisible(caller, s.organisationId()))
                .orElseThrow(() -> Problem.notFound("space"));
    }

    public Booking visibleBooking(Caller caller, long bookingId) {
        return hall.booking(bookingId)
                .filter(b -> callers.organisationVisible(caller, b.organisationId()))
                .orElseThrow(() -> Problem.notFound("booking"));
    }

    public List<BookingDetails> views(Collection<Booking> bookings, Caller caller) {
        return views(bookings, caller, true);
    }

    /**
     * Bookings just made, as their caller sees them: no activity is held in a booking made in this transaction, so
     * none is looked for (one statement less per booking written; issue 22).
     */
    public List<BookingDetails> newViews(Collection<Booking> bookings, Caller caller) {
        return views(bookings, caller, false);
    }

    private List<BookingDetails> views(Collection<Booking> bookings, Caller caller, boolean withActivities) {
        Map<Long, String> spaceNames =
                hall.spaceNames(bookings.stream().map(Booking::spaceId).collect(Collectors.toSet()));
        Map<Long, StudyHallRepository.Seated> activities = withActivities
                ? hall.activitiesOfBookings(bookings.stream().map(Booking::id).toList())
                : Map.of();
        return bookings.stream()
                .map(b -> {
                    StudyHallRepository.Seated seated = activities.get(b.id());
                    BookingDetails.ActivityBrief brief = null;
                    if (seated != null) {
                        Activity a = seated.activity();
                        brief = new BookingDetails.ActivityBrief(
                                a.id(), a.kind().name(), a.capacity(), seated.seats(), seated.waiting());
                    }
                    return new BookingDetails(
                            b.id(),
                            b.spaceId(),
                            spaceNames.get(b.spaceId()),
                            local(b.startsAt(), b.organisationId()),
                            local(b.endsAt(), b.organisationId()),
                            b.title(),
                            b.purpose(),
                            b.attendees(),
                            b.bookerName(),
                            b.status().name(),
                            b.seriesId(),
                            b.decisionReason(),
                            brief,
                            caller != null && b.bookerAccountId() == caller.accountId());
                })
                .toList();
    }

    public BookingDetails view(Booking booking, Caller caller) {
        return views(List.of(booking), caller).get(0);
    }
}
