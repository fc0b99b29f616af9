package org.tongxin.studyhall.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of the study hall. Lists are bounded by the caller (a period, a space, an organisation path). */
public interface StudyHallRepository {

    /** Counts of one activity kind over a period. */
    record KindCount(ActivityKind kind, long activities, long attendances, long noShows) {}

    List<Space> spaces(String pathPattern);

    Optional<Space> space(long id);

    /** Names of the spaces given, in one query. */
    Map<Long, String> spaceNames(Collection<Long> ids);

    /** The space, its row locked until the transaction ends: bookings of one space queue here. */
    Space lockSpace(long id);

    void add(Space space);

    List<CalendarDay> calendarDays(long organisationId, LocalDate from, LocalDate to);

    Optional<CalendarDay> calendarDay(long organisationId, LocalDate day);

    void add(CalendarDay day);

    void remove(CalendarDay day);

    List<Closure> closures(long spaceId, Instant from, Instant to);

    Optional<Closure> closure(long id);

    void add(Closure closure);

    void remove(Closure closure);

    /** Bookings of the space that hold their slot and overlap the range, other than {@code except}. */
    List<Booking> overlapping(long spaceId, Instant from, Instant to, Long except);

    /** Bookings touching the range, of one space or of every space of the visible organisations. */
    List<Booking> bookings(Long spaceId, String pathPattern, Instant from, Instant to);

    List<Booking> bookingsOf(long bookerAccountId, Instant from, Instant to);

    Optional<Booking> booking(long id);

    List<Booking> pending(String pathPattern);

    /** The home page (issue 20): the first pending bookings of the visible organisations, soonest first. */
    List<Booking> pending(String pathPattern, int limit);

    long countPending(String pathPattern);

    /**
     * The home page: the account's bookings (pending or confirmed) in the visible organisations not yet over at
     * {@code now}, soonest first; and how many there are.
     */
    List<Booking> upcomingOf(long bookerAccountId, String pathPattern, Instant now, int limit);

    long countUpcomingOf(long bookerAccountId, String pathPattern, Instant now);

    /**
     * The home page: activities of confirmed bookings not yet over where the account holds a seat or a place on the
     * waiting list, soonest first; and how many there are.
     */
    List<Activity> signedUp(long accountId, String pathPattern, Instant now, int limit);

    long countSignedUp(long accountId, String pathPattern, Instant now);

    /**
     * The home page: activities of the visible organisations whose (confirmed or completed) booking starts within
     * the range, soonest first; and how many there are.
     */
    List<Activity> activitiesStarting(String pathPattern, Instant from, Instant to, int limit);

    long countActivitiesStarting(String pathPattern, Instant from, Instant to);

    List<Booking> ofSeries(long seriesId, Instant from);

    void add(Booking booking);

    void add(Series series);

    Optional<Series> series(long id);

    /** Marks confirmed bookings that have ended as completed; answers how many. */
    int completeEnded(Instant now);

    Optional<Activity> activity(long id);

    Activity lockActivity(long id);

    Optional<Activity> activityOfBooking(long bookingId);

    /**
     * The activities of these bookings, by booking id, each with its seats taken and its places on the waiting list:
     * one statement for a list (issue 22: the activities and their counts were two).
     */
    Map<Long, Seated> activitiesOfBookings(Collection<Long> bookingIds);

    /** An activity with its seats taken and places on the waiting list. */
    record Seated(Activity activity, long seats, long waiting) {}

    Optional<Activity> activityByCode(String code);

    void add(Activity activity);

    /** Upcoming activities open for sign-up in the visible organisations, soonest first. */
    List<Activity> upcomingActivities(String pathPattern, Instant now, int limit);

    List<Registration> registrations(long activityId);

    long seatsTaken(long activityId);

    long registrationsEver(long activityId);

    Optional<Registration> liveRegistration(long activityId, long memberId);

    Optional<Registration> registration(long id);

    List<Registration> registrationsOf(long accountId);

    void add(Registration registration);

    List<KindCount> counts(String pathPattern, Instant from, Instant to);

    Optional<FeedToken> feedToken(long accountId);

    Optional<FeedToken> feedTokenByHash(String hash);

    void add(FeedToken token);
}
