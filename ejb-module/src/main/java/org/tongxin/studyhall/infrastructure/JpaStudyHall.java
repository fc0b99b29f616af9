package org.tongxin.studyhall.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongxin.platform.kernel.Chunks;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.studyhall.domain.Activity;
import org.tongxin.studyhall.domain.ActivityKind;
import org.tongxin.studyhall.domain.Booking;
import org.tongxin.studyhall.domain.BookingStatus;
import org.tongxin.studyhall.domain.CalendarDay;
import org.tongxin.studyhall.domain.Closure;
import org.tongxin.studyhall.domain.FeedToken;
import org.tongxin.studyhall.domain.Registration;
import org.tongxin.studyhall.domain.RegistrationStatus;
import org.tongxin.studyhall.domain.Series;
import org.tongxin.studyhall.domain.Space;
import org.tongxin.studyhall.domain.StudyHallRepository;

@ApplicationScoped
public class JpaStudyHall implements StudyHallRepository {

    private static final String VISIBLE = " in (select o.id from Organisation o where o.path like :path)";

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public List<Space> spaces(String pathPattern) {
        return em.createQuery(
                        "select s from Space s where s.organisationId" + VISIBLE + " order by s.organisationId, s.id",
                        Space.class)
                .setParameter("path", pathPattern)
                .getResultList();
    }

    @Override
    public Optional<Space> space(long id) {
        return Optional.ofNullable(em.find(Space.class, id));
    }

    @Override
    public Map<Long, String> spaceNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        // by id through the second-level cache (issue 22: a week of bookings named its spaces with a query on every
        // request); Hibernate's multi-load reads that cache only when told a cache mode. Those not cached yet are
        // read in one statement (batched by Hibernate's multi-load).
        em
                .unwrap(org.hibernate.Session.class)
                .byMultipleIds(Space.class)
                .with(org.hibernate.CacheMode.NORMAL)
                .multiLoad(List.copyOf(ids))
                .stream()
                .filter(java.util.Objects::nonNull)
                .forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    @Override
    public Space lockSpace(long id) {
        Space space = em.find(Space.class, id);
        if (space == null) {
            throw Problem.notFound("space");
        }
        em.refresh(space, LockModeType.PESSIMISTIC_WRITE); // read as it is now, even if read before in this transaction
        return space;
    }

    @Override
    public void add(Space space) {
        em.persist(space);
    }

    @Override
    public List<CalendarDay> calendarDays(long organisationId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select d from CalendarDay d where d.organisationId = :o and d.calendarDate >= :from and d.calendarDate <= :to order by d.calendarDate",
                        CalendarDay.class)
                .setParameter("o", organisationId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public Optional<CalendarDay> calendarDay(long organisationId, LocalDate day) {
        return em.createQuery(
                        "select d from CalendarDay d where d.organisationId = :o and d.calendarDate = :d",
                        CalendarDay.class)
                .setParameter("o", organisationId)
                .setParameter("d", day)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(CalendarDay day) {
        em.persist(day);
    }

    @Override
    public void remove(CalendarDay day) {
        em.remove(day);
    }

    @Override
    public List<Closure> closures(long spaceId, Instant from, Instant to) {
        return em.createQuery(
                        "select c from Closure c where c.spaceId = :s and c.startsAt < :to and c.endsAt > :from order by c.startsAt",
                        Closure.class)
                .setParameter("s", spaceId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public Optional<Closure> closure(long id) {
        return Optional.ofNullable(em.find(Closure.class, id));
    }

    @Override
    public void add(Closure closure) {
        em.persist(closure);
    }

    @Override
    public void remove(Closure closure) {
        em.remove(closure);
    }

    @Override
    public List<Booking> overlapping(long spaceId, Instant from, Instant to, Long except) {
        return em.createQuery(
                        "select b from Booking b where b.spaceId = :s and b.status in :holding and b.startsAt < :to"
                                + " and b.endsAt > :from and b.id <> :except order by b.startsAt",
                        Booking.class)
                .setParameter("s", spaceId)
                .setParameter("holding", BookingStatus.HOLDING)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("except", except == null ? -1L : except)
                .getResultList();
    }

    @Override
    public List<Booking> bookings(Long spaceId, String pathPattern, Instant from, Instant to) {
        String where = spaceId == null ? "b.organisationId" + VISIBLE : "b.spaceId = :s";
        var q = em.createQuery(
                        "select b from Booking b where " + where + " and b.startsAt < :to and b.endsAt > :from"
                                + " order by b.startsAt, b.id",
                        Booking.class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (spaceId == null) {
            q.setParameter("path", pathPattern);
        } else {
            q.setParameter("s", spaceId);
        }
        return q.getResultList();
    }

    @Override
    public List<Booking> bookingsOf(long bookerAccountId, Instant from, Instant to) {
        return em.createQuery(
                        "select b from Booking b where b.bookerAccountId = :a and b.startsAt < :to and b.endsAt > :from"
                                + " order by b.startsAt",
                        Booking.class)
                .setParameter("a", bookerAccountId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public Optional<Booking> booking(long id) {
        return Optional.ofNullable(em.find(Booking.class, id));
    }

    @Override
    public List<Booking> pending(String pathPattern) {
        return pending(pathPattern, 500);
    }

    @Override
    public List<Booking> pending(String pathPattern, int limit) {
        return em.createQuery(
                        "select b from Booking b where b.status = :p and b.organisationId" + VISIBLE
                                + " order by b.startsAt, b.id",
                        Booking.class)
                .setParameter("p", BookingStatus.PENDING)
                .setParameter("path", pathPattern)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Read by sh_booking_status_ix (organisation_id, status). */
    @Override
    public long countPending(String pathPattern) {
        return em.createQuery(
                        "select count(b) from Booking b where b.status = :p and b.organisationId" + VISIBLE, Long.class)
                .setParameter("p", BookingStatus.PENDING)
                .setParameter("path", pathPattern)
                .getSingleResult();
    }

    /** Read by sh_booking_booker_ix (booker_account_id, starts_at). */
    private static final String UPCOMING_OF = " from Booking b where b.bookerAccountId = :a and b.status in :s"
            + " and b.endsAt > :now and b.organisationId" + VISIBLE;

    private static final List<BookingStatus> LIVE = List.of(BookingStatus.PENDING, BookingStatus.CONFIRMED);

    @Override
    public List<Booking> upcomingOf(long bookerAccountId, String pathPattern, Instant now, int limit) {
        return query(
                        "select b" + UPCOMING_OF + " order by b.startsAt, b.id",
                        Booking.class,
                        upcomingOf(bookerAccountId, pathPattern, now))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countUpcomingOf(long bookerAccountId, String pathPattern, Instant now) {
        return query("select count(b)" + UPCOMING_OF, Long.class, upcomingOf(bookerAccountId, pathPattern, now))
                .getSingleResult();
    }

    private static Map<String, Object> upcomingOf(long bookerAccountId, String pathPattern, Instant now) {
        return Map.of("a", bookerAccountId, "s", LIVE, "now", now, "path", pathPattern);
    }

    /** Read by sh_registration_account_ix (account_id), then the activity's and booking's keys. */
    private static final String SIGNED_UP = " from Activity a, Booking b, Registration r where r.activityId = a.id"
            + " and b.id = a.bookingId and r.accountId = :a and r.status in :s and b.status = :c and b.endsAt > :now"
            + " and b.organisationId" + VISIBLE;

    private static final List<RegistrationStatus> HOLDING_PLACE =
            List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED);

    @Override
    public List<Activity> signedUp(long accountId, String pathPattern, Instant now, int limit) {
        return query(
                        "select a" + SIGNED_UP + " order by b.startsAt, a.id",
                        Activity.class,
                        signedUp(accountId, pathPattern, now))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countSignedUp(long accountId, String pathPattern, Instant now) {
        return query("select count(a)" + SIGNED_UP, Long.class, signedUp(accountId, pathPattern, now))
                .getSingleResult();
    }

    private static Map<String, Object> signedUp(long accountId, String pathPattern, Instant now) {
        return Map.of(
                "a", accountId, "s", HOLDING_PLACE, "c", BookingStatus.CONFIRMED, "now", now, "path", pathPattern);
    }

    /** Read by sh_booking_org_ix (organisation_id, starts_at). */
    private static final String STARTING = " from Activity a, Booking b where b.id = a.bookingId and b.status in :s"
            + " and b.startsAt >= :from and b.startsAt < :to and b.organisationId" + VISIBLE;

    private static final List<BookingStatus> HELD = List.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED);

    @Override
    public List<Activity> activitiesStarting(String pathPattern, Instant from, Instant to, int limit) {
        return query(
                        "select a" + STARTING + " order by b.startsAt, a.id",
                        Activity.class,
                        starting(pathPattern, from, to))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countActivitiesStarting(String pathPattern, Instant from, Instant to) {
        return query("select count(a)" + STARTING, Long.class, starting(pathPattern, from, to))
                .getSingleResult();
    }

    private static Map<String, Object> starting(String pathPattern, Instant from, Instant to) {
        return Map.of("s", HELD, "from", from, "to", to, "path", pathPattern);
    }

    /** A query with its named parameters bound: a page and its count share the same filter and parameters. */
    private <T> TypedQuery<T> query(String jpql, Class<T> type, Map<String, Object> parameters) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public List<Booking> ofSeries(long seriesId, Instant from) {
        return em.createQuery(
                        "select b from Booking b where b.seriesId = :s and b.startsAt >= :from order by b.startsAt",
                        Booking.class)
                .setParameter("s", seriesId)
                .setParameter("from", from)
                .getResultList();
    }

    @Override
    public void add(Booking booking) {
        em.persist(booking);
    }

    @Override
    public void add(Series series) {
        em.persist(series);
    }

    @Override
    public Optional<Series> series(long id) {
        return Optional.ofNullable(em.find(Series.class, id));
    }

    @Override
    public int completeEnded(Instant now) {
        return em.createQuery("update Booking b set b.status = :done, b.version = b.version + 1, b.updatedAt = :now"
                        + " where b.status = :confirmed and b.endsAt <= :now")
                .setParameter("done", BookingStatus.COMPLETED)
                .setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("now", now)
                .executeUpdate();
    }

    @Override
    public Optional<Activity> activity(long id) {
        return Optional.ofNullable(em.find(Activity.class, id));
    }

    @Override
    public Activity lockActivity(long id) {
        Activity a = em.find(Activity.class, id);
        if (a == null) {
            throw Problem.notFound("activity");
        }
        em.refresh(a, LockModeType.PESSIMISTIC_WRITE); // read as it is now, even if read before in this transaction
        return a;
    }

    @Override
    public Optional<Activity> activityOfBooking(long bookingId) {
        return em.createQuery("select a from Activity a where a.bookingId = :b", Activity.class)
                .setParameter("b", bookingId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<Long, Seated> activitiesOfBookings(Collection<Long> bookingIds) {
        Map<Long, Seated> byBooking = new HashMap<>();
        if (bookingIds.isEmpty()) {
            return byBooking;
        }
        // the counts as subqueries of the same statement, through sh_registration's activity index
        for (List<Long> chunk : Chunks.of(bookingIds)) {
            em.createQuery(
                            "select a,"
                                    + " (select count(r) from Registration r where r.activityId = a.id and r.status = :s),"
                                    + " (select count(r) from Registration r where r.activityId = a.id and r.status = :w)"
                                    + " from Activity a where a.bookingId in :ids",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .setParameter("s", RegistrationStatus.REGISTERED)
                    .setParameter("w", RegistrationStatus.WAITLISTED)
                    .getResultList()
                    .forEach(r -> {
                        Activity a = (Activity) r[0];
                        byBooking.put(
                                a.bookingId(), new Seated(a, ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
                    });
        }
        return byBooking;
    }

    @Override
    public Optional<Activity> activityByCode(String code) {
        return em.createQuery("select a from Activity a where a.checkinCode = :c", Activity.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Activity activity) {
        em.persist(activity);
    }

    @Override
    public List<Activity> upcomingActivities(String pathPattern, Instant now, int limit) {
        return em.createQuery(
                        "select a from Activity a, Booking b where b.id = a.bookingId and b.status = :c and b.startsAt > :now"
                                + " and b.organisationId" + VISIBLE + " order by b.startsAt",
                        Activity.class)
                .setParameter("c", BookingStatus.CONFIRMED)
                .setParameter("now", now)
                .setParameter("path", pathPattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Registration> registrations(long activityId) {
        return em.createQuery(
                        "select r from Registration r where r.activityId = :a order by r.queueOrder",
                        Registration.class)
                .setParameter("a", activityId)
                .getResultList();
    }

    @Override
    public long seatsTaken(long activityId) {
        return em.createQuery(
                        "select count(r) from Registration r where r.activityId = :a and r.status = :s", Long.class)
                .setParameter("a", activityId)
                .setParameter("s", RegistrationStatus.REGISTERED)
                .getSingleResult();
    }

    @Override
    public long registrationsEver(long activityId) {
        return em.createQuery("select count(r) from Registration r where r.activityId = :a", Long.class)
                .setParameter("a", activityId)
                .getSingleResult();
    }

    @Override
    public Optional<Registration> liveRegistration(long activityId, long memberId) {
        return em.createQuery(
                        "select r from Registration r where r.activityId = :a and r.memberId = :m and r.status <> :w",
                        Registration.class)
                .setParameter("a", activityId)
                .setParameter("m", memberId)
                .setParameter("w", RegistrationStatus.WITHDRAWN)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Registration> registration(long id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    @Override
    public List<Registration> registrationsOf(long accountId) {
        return em.createQuery(
                        "select r from Registration r where r.accountId = :a and r.status <> :w order by r.id desc",
                        Registration.class)
                .setParameter("a", accountId)
                .setParameter("w", RegistrationStatus.WITHDRAWN)
                .setMaxResults(500)
                .getResultList();
    }

    @Override
    public void add(Registration registration) {
        em.persist(registration);
    }

    @Override
    public List<KindCount> counts(String pathPattern, Instant from, Instant to) {
        List<Object[]> rows = em.createQuery(
                        "select a.kind, count(distinct a.id),"
                                + " sum(case when r.checkedInAt is not null then 1 else 0 end),"
                                + " sum(case when r.status = :registered and r.checkedInAt is null and a.completedAt is not null then 1 else 0 end)"
                                + " from Activity a join Booking b on b.id = a.bookingId left join Registration r on r.activityId = a.id"
                                + " where b.status in :held and b.startsAt >= :from and b.startsAt < :to and b.organisationId"
                                + VISIBLE
                                + " group by a.kind",
                        Object[].class)
                .setParameter("registered", RegistrationStatus.REGISTERED)
                .setParameter("held", List.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED))
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("path", pathPattern)
                .getResultList();
        return rows.stream()
                .map(r -> new KindCount(
                        (ActivityKind) r[0],
                        ((Number) r[1]).longValue(),
                        r[2] == null ? 0 : ((Number) r[2]).longValue(),
                        r[3] == null ? 0 : ((Number) r[3]).longValue()))
                .toList();
    }

    @Override
    public Optional<FeedToken> feedToken(long accountId) {
        return Optional.ofNullable(em.find(FeedToken.class, accountId));
    }

    @Override
    public Optional<FeedToken> feedTokenByHash(String hash) {
        return em.createQuery("select t from FeedToken t where t.tokenHash = :h", FeedToken.class)
                .setParameter("h", hash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(FeedToken token) {
        em.persist(token);
    }
}
