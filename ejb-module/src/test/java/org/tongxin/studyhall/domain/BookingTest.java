package org.tongxin.studyhall.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;

class BookingTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private static final Instant START = NOW.plus(Duration.ofDays(2));
    private final Space space = Ids.assign(new Space(
            1,
            new Space.Terms(
                    "政协讲堂",
                    Zone.LECTURE_HALL,
                    200,
                    OpeningHours.parse("08:30-17:30|08:30-17:30|08:30-17:30|08:30-17:30|08:30-17:30|-|-"),
                    60,
                    240,
                    30,
                    true,
                    true,
                    48,
                    true)));

    private Booking booking(boolean approval) {
        return new Booking(
                space,
                null,
                START,
                START.plus(Duration.ofHours(2)),
                new Booking.Request("座谈会", null, 20),
                7,
                "委员",
                approval,
                NOW);
    }

    @Test
    void aBookingIsHeldForOneRecordOnly() {
        Booking b = booking(false);
        assertEquals(false, b.heldFor("consultation:activity:1"));
        b.holdFor("consultation:activity:1");
        b.holdFor("consultation:activity:1");
        assertEquals(true, b.heldFor("consultation:activity:1"));
        assertEquals(false, b.heldFor("consultation:activity:2"));
        assertEquals(
                "booking-held",
                assertThrows(Problem.class, () -> b.holdFor("consultation:activity:2"))
                        .code());
        assertEquals(true, b.heldFor("consultation:activity:1"), "the holder never changes");
    }

    @Test
    void approvalMovesPendingToConfirmedOnce() {
        Booking b = booking(true);
        assertEquals(BookingStatus.PENDING, b.status());
        b.approve("keeper", NOW);
        assertEquals(BookingStatus.CONFIRMED, b.status());
        assertEquals(
                "wrong-status",
                assertThrows(Problem.class, () -> b.approve("keeper", NOW)).code());
        assertEquals(
                "wrong-status",
                assertThrows(Problem.class, () -> b.reject("keeper", "x", NOW)).code());
    }

    @Test
    void rejectionNeedsAReasonAndFreesTheSlot() {
        Booking b = booking(true);
        assertEquals(
                "required",
                assertThrows(Problem.class, () -> b.reject("keeper", " ", NOW)).code());
        b.reject("keeper", "与全委会冲突", NOW);
        assertEquals(BookingStatus.REJECTED, b.status());
        assertEquals(false, b.status().holdsSlot());
    }

    @Test
    void theBookerCancelsOnlyBeforeTheNoticeTheKeeperAlwaysWithAReason() {
        Duration notice = Duration.ofHours(48);
        Booking early = booking(false);
        early.cancel("member1", false, null, notice, START.minus(Duration.ofHours(49)));
        assertEquals(BookingStatus.CANCELLED, early.status());

        Booking late = booking(false);
        assertEquals(
                "too-late",
                assertThrows(
                                Problem.class,
                                () -> late.cancel("member1", false, null, notice, START.minus(Duration.ofHours(47))))
                        .code());
        assertEquals(
                "required",
                assertThrows(
                                Problem.class,
                                () -> late.cancel("keeper", true, "", notice, START.minus(Duration.ofHours(1))))
                        .code());
        late.cancel("keeper", true, "讲堂设备故障", notice, START.minus(Duration.ofHours(1)));
        assertEquals(BookingStatus.CANCELLED, late.status());
        assertEquals("讲堂设备故障", late.decisionReason());
        assertEquals(
                "wrong-status",
                assertThrows(Problem.class, () -> late.cancel("keeper", true, "x", notice, NOW))
                        .code());
    }

    @Test
    void aMoveThatNeedsApprovalGoesBackToPending() {
        Booking b = booking(true);
        b.approve("keeper", NOW);
        b.move(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)), true, NOW);
        assertEquals(BookingStatus.PENDING, b.status());
    }

    @Test
    void titleAndAttendeesAreChecked() {
        assertEquals(
                "required",
                assertThrows(Problem.class, () -> new Booking.Request("  ", null, 1))
                        .code());
        assertEquals(
                "invalid-attendees",
                assertThrows(Problem.class, () -> new Booking.Request("会", null, 0))
                        .code());
        assertEquals(
                "too-long",
                assertThrows(Problem.class, () -> new Booking.Request("长".repeat(201), null, 1))
                        .code());
    }
}
