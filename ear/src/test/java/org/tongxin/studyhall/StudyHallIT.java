package org.tongxin.studyhall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.duty.application.DutyRecord;
import org.tongxin.duty.application.DutyService;
import org.tongxin.platform.infrastructure.StatementCount;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.studyhall.application.ActivityDetails;
import org.tongxin.studyhall.application.ActivityService;
import org.tongxin.studyhall.application.BookingDetails;
import org.tongxin.studyhall.application.BookingService;
import org.tongxin.studyhall.application.RegistrationRow;
import org.tongxin.studyhall.application.SpaceService;
import org.tongxin.studyhall.domain.Activity;
import org.tongxin.studyhall.domain.ActivityKind;
import org.tongxin.studyhall.domain.Booking;
import org.tongxin.studyhall.domain.OpeningHours;
import org.tongxin.studyhall.domain.Registration;
import org.tongxin.studyhall.domain.RegistrationStatus;
import org.tongxin.studyhall.domain.Space;
import org.tongxin.studyhall.domain.Zone;
import org.tongxin.support.Deployments;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * The study hall inside the server: attendance of an activity that is under way becomes a duty-ledger
 * entry when the keeper closes it, and a corrected attendance voids it; PostgreSQL itself refuses
 * overlapping bookings that bypass the service.
 */
@ExtendWith(ArquillianExtension.class)
class StudyHallIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(StudyHallIT.class);
    }

    @Inject
    SpaceService spaces;

    @Inject
    BookingService bookings;

    @Inject
    ActivityService activities;

    @Inject
    DutyService duty;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/TongxinDS")
    DataSource dataSource;

    @Test
    void attendanceOfAClosedActivityIsCreditedAndACorrectionVoidsIt() throws Exception {
        long member = as("member3", "member", () -> duty.ownMemberId().orElseThrow());
        long space = newSpace();
        Instant now = clock.instant();
        Object[] ids = inTransaction(() -> {
            Space s = em.find(Space.class, space);
            Booking b = new Booking(
                    s,
                    null,
                    now.minus(Duration.ofMinutes(30)),
                    now.plus(Duration.ofMinutes(60)),
                    new Booking.Request("专题学习：履职能力提升", null, 10),
                    accountId("keeper"),
                    "书院办公室",
                    false,
                    now.minus(Duration.ofDays(3)));
            em.persist(b);
            em.flush();
            Activity a = new Activity(
                    b,
                    s.capacity(),
                    ActivityKind.STUDY_SESSION,
                    10,
                    b.startsAt().minus(Duration.ofHours(1)));
            em.persist(a);
            em.flush();
            Registration r = new Registration(
                    a,
                    member,
                    accountId("member3"),
                    "测试委员",
                    RegistrationStatus.REGISTERED,
                    1,
                    now.minus(Duration.ofDays(1)));
            em.persist(r);
            return new Object[] {a.id(), a.checkinCode(), r.id()};
        });
        long activity = (Long) ids[0];
        String code = (String) ids[1];
        long registration = (Long) ids[2];
        String source = "studyhall:attendance:" + registration;

        Problem wrong =
                assertThrows(Problem.class, () -> as("member3", "member", () -> activities.checkIn("WRONG123")));
        assertEquals("bad-code", wrong.code());
        RegistrationRow checkedIn =
                as("member3", "member", () -> activities.checkIn(code.toLowerCase(java.util.Locale.ROOT)));
        assertTrue(checkedIn.checkedIn());
        assertTrue(live(member, source).isEmpty(), "no points before the keeper closes the activity");

        ActivityDetails closed = as("keeper", "hall-keeper", () -> activities.complete(activity));
        assertTrue(closed.completed());
        DutyRecord.Entry entry = live(member, source).orElseThrow();
        assertEquals("STUDY", entry.category());
        assertEquals("专题学习：履职能力提升", entry.description());
        assertEquals("keeper", entry.recordedBy());
        assertEquals(
                "already-completed",
                assertThrows(Problem.class, () -> as("keeper", "hall-keeper", () -> activities.complete(activity)))
                        .code());

        as("keeper", "hall-keeper", () -> activities.markAttendance(registration, false));
        assertTrue(live(member, source).isEmpty(), "the corrected attendance voids its entry");
        as("keeper", "hall-keeper", () -> activities.markAttendance(registration, true));
        assertTrue(live(member, source).isPresent(), "ticked again, credited again");
    }

    /**
     * Bookings written around the service: PostgreSQL's exclusion constraint refuses the overlap by itself.
     * H2 has no such constraint and accepts them, which this test pins down: on H2 the service's row lock
     * is the only guarantee (proved under 64 concurrent clients by StudyHallApiIT on both databases).
     */
    @Test
    void onPostgresqlTheDatabaseItselfRefusesOverlappingBookings() throws Exception {
        boolean postgres;
        try (Connection c = dataSource.getConnection()) {
            postgres = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
        }
        long space = newSpace();
        Instant start = clock.instant().plus(Duration.ofDays(40));
        Callable<Object> twoOverlapping = () -> {
            Space s = em.find(Space.class, space);
            for (int i = 0; i < 2; i++) {
                em.persist(new Booking(
                        s,
                        null,
                        start.plus(Duration.ofMinutes(30L * i)),
                        start.plus(Duration.ofMinutes(60 + 30L * i)),
                        new Booking.Request("直接写入 " + i, null, 1),
                        accountId("keeper"),
                        "测试",
                        false,
                        clock.instant()));
            }
            em.flush();
            return null;
        };
        if (postgres) {
            Exception refused = assertThrows(Exception.class, () -> inTransaction(twoOverlapping));
            assertTrue(chain(refused).contains("sh_booking_no_overlap"), chain(refused));
        } else {
            inTransaction(twoOverlapping);
        }
        Long count =
                inTransaction(() -> em.createQuery("select count(b) from Booking b where b.spaceId = :s", Long.class)
                        .setParameter("s", space)
                        .getSingleResult());
        assertEquals(postgres ? 0 : 2, count);
    }

    private long newSpace() throws Exception {
        return as(
                        "keeper",
                        "hall-keeper",
                        () -> spaces.addSpace(
                                terms("测试 " + UUID.randomUUID().toString().substring(0, 8))))
                .id();
    }

    private static Space.Terms terms(String name) {
        return new Space.Terms(
                name,
                Zone.ACTIVITY,
                50,
                OpeningHours.of(new OpeningHours.Window(LocalTime.of(0, 0), LocalTime.of(23, 59)), DayOfWeek.values()),
                30,
                480,
                365,
                false,
                true,
                0,
                true);
    }

    @Test
    void aWeekOfBookingsIsTwoStatementsAndARenamedSpaceIsNamedByTheNextOne() throws Exception {
        // issue 22: the bookings, then their activities with their seats and waiting lists in one statement; the
        // spaces' names from the second-level cache (before: 4 statements, with the settings 7)
        long space = newSpace();
        Instant now = clock.instant();
        long[] members = new long[3];
        for (int i = 0; i < 3; i++) {
            String user = "member" + (i + 3);
            members[i] = as(user, "member", () -> duty.ownMemberId().orElseThrow());
        }
        long[] ids = inTransaction(() -> {
            Space s = em.find(Space.class, space);
            Booking held = new Booking(
                    s,
                    null,
                    now.plus(Duration.ofHours(2)),
                    now.plus(Duration.ofHours(3)),
                    new Booking.Request("读书会", null, 10),
                    accountId("keeper"),
                    "书院办公室",
                    false,
                    now);
            Booking plain = new Booking(
                    s,
                    null,
                    now.plus(Duration.ofHours(4)),
                    now.plus(Duration.ofHours(5)),
                    new Booking.Request("自习", null, 2),
                    accountId("keeper"),
                    "书院办公室",
                    false,
                    now);
            em.persist(held);
            em.persist(plain);
            em.flush();
            Activity a = new Activity(held, s.capacity(), ActivityKind.STUDY_SESSION, 2, now.plus(Duration.ofHours(1)));
            em.persist(a);
            em.flush();
            for (int i = 0; i < 3; i++) {
                em.persist(new Registration(
                        a,
                        members[i],
                        null,
                        "测试委员" + i,
                        i < 2 ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED,
                        i + 1,
                        now));
            }
            return new long[] {held.id(), plain.id()};
        });
        Instant from = now.minus(Duration.ofDays(1));
        Instant to = now.plus(Duration.ofDays(6));
        Callable<List<BookingDetails>> week = () -> bookings.calendar(null, from, to);
        as("keeper", "hall-keeper", week);
        as("keeper", "hall-keeper", week); // the caller and the spaces are cached now
        StatementCount.reset();
        List<BookingDetails> listed = as("keeper", "hall-keeper", week);
        assertEquals(2, StatementCount.count(), "the bookings, then their activities with their counts");
        BookingDetails held =
                listed.stream().filter(b -> b.id() == ids[0]).findFirst().orElseThrow();
        BookingDetails plain =
                listed.stream().filter(b -> b.id() == ids[1]).findFirst().orElseThrow();
        assertEquals(2, held.activity().registered());
        assertEquals(1, held.activity().waitlisted());
        assertEquals(null, plain.activity());
        assertTrue(held.spaceName().startsWith("测试 "), held::toString);

        String renamed = "改名 " + UUID.randomUUID().toString().substring(0, 8);
        int version = as("keeper", "hall-keeper", () -> spaces.space(space)).version();
        as("keeper", "hall-keeper", () -> spaces.changeSpace(space, terms(renamed), version));
        List<BookingDetails> after = as("keeper", "hall-keeper", week);
        assertEquals(
                List.of(renamed, renamed),
                after.stream()
                        .filter(b -> b.id() == ids[0] || b.id() == ids[1])
                        .map(BookingDetails::spaceName)
                        .toList(),
                "the next list names the space as it is now");
    }

    private java.util.Optional<DutyRecord.Entry> live(long member, String source) throws Exception {
        int year = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
        List<DutyRecord.Entry> entries =
                as("office", "office-staff", () -> duty.record(member, year)).entries();
        return entries.stream()
                .filter(e -> e.source().equals(source) && !e.voided())
                .findFirst();
    }

    private long accountId(String username) {
        return em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username)
                .getSingleResult();
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }

    private static String chain(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (Throwable x = t; x != null; x = x.getCause()) {
            s.append(x).append(" | ");
        }
        return s.toString();
    }

    private static <T> T as(String user, String role, Callable<T> work) throws Exception {
        return SecurityDomain.getCurrent()
                .createAdHocIdentity(user)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role)))
                .runAs(work);
    }
}
