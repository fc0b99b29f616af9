package org.tongxin.studyhall.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;

class WaitlistTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private static final Instant START = NOW.plus(Duration.ofDays(3));

    private Booking booking;
    private Activity activity;
    private final List<Registration> queue = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Space space = Ids.assign(new Space(
                1,
                new Space.Terms(
                        "活动区",
                        Zone.ACTIVITY,
                        80,
                        OpeningHours.parse(
                                "08:00-21:00|08:00-21:00|08:00-21:00|08:00-21:00|08:00-21:00|08:00-21:00|08:00-21:00"),
                        60,
                        240,
                        60,
                        false,
                        true,
                        24,
                        true)));
        booking = Ids.assign(new Booking(
                space,
                null,
                START,
                START.plus(Duration.ofHours(2)),
                new Booking.Request("读书分享会", null, 2),
                7,
                "书院",
                false,
                NOW));
        activity = Ids.assign(
                new Activity(booking, 80, ActivityKind.READING_SHARING, 2, START.minus(Duration.ofHours(2))));
    }

    private Registration signUp(long member, Instant at) {
        long seats = queue.stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .count();
        RegistrationStatus status = activity.admit(seats, booking, at);
        Registration r =
                Ids.assign(new Registration(activity, member, member, "委员" + member, status, queue.size() + 1, at));
        queue.add(r);
        return r;
    }

    private long seats() {
        return queue.stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .count();
    }

    private List<Registration> waiting() {
        return queue.stream()
                .filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .toList();
    }

    @Test
    void seatsGoFirstThenTheWaitingList() {
        assertEquals(RegistrationStatus.REGISTERED, signUp(1, NOW).status());
        assertEquals(RegistrationStatus.REGISTERED, signUp(2, NOW).status());
        assertEquals(RegistrationStatus.WAITLISTED, signUp(3, NOW).status());
        assertEquals(RegistrationStatus.WAITLISTED, signUp(4, NOW).status());
    }

    @Test
    void aFreedSeatGoesToTheFirstInTheQueueOnly() {
        Registration first = signUp(1, NOW);
        signUp(2, NOW);
        Registration third = signUp(3, NOW);
        Registration fourth = signUp(4, NOW);
        first.withdraw(booking, NOW);
        List<Registration> moved = activity.promote(waiting(), seats(), booking, NOW);
        assertEquals(List.of(third), moved);
        assertEquals(RegistrationStatus.REGISTERED, third.status());
        assertEquals(RegistrationStatus.WAITLISTED, fourth.status());
        assertEquals(List.of(), activity.promote(waiting(), seats(), booking, NOW)); // no seat free any more
    }

    @Test
    void nobodyMovesUpOnceTheActivityHasBegun() {
        Registration first = signUp(1, NOW);
        signUp(2, NOW);
        Registration third = signUp(3, NOW);
        first.withdraw(booking, NOW);
        assertEquals(List.of(), activity.promote(waiting(), seats(), booking, START));
        assertEquals(RegistrationStatus.WAITLISTED, third.status());
    }

    @Test
    void signUpClosesAtTheDeadlineAndNeedsAConfirmedBooking() {
        assertEquals(
                "deadline-passed",
                assertThrows(Problem.class, () -> signUp(1, START.minus(Duration.ofHours(1))))
                        .code());
        booking.cancel("keeper", true, "设备检修", Duration.ZERO, NOW);
        assertEquals(
                "not-open", assertThrows(Problem.class, () -> signUp(2, NOW)).code());
    }

    @Test
    void withdrawalClosesWhenTheActivityBegins() {
        Registration r = signUp(1, NOW);
        assertEquals(
                "too-late",
                assertThrows(Problem.class, () -> r.withdraw(booking, START)).code());
    }

    @Test
    void onlyARegisteredMemberChecksIn() {
        signUp(1, NOW);
        signUp(2, NOW);
        Registration waiting = signUp(3, NOW);
        assertEquals(
                "not-registered",
                assertThrows(Problem.class, () -> waiting.checkIn("keeper", START))
                        .code());
    }

    @Test
    void seatsAreAtMostTheSpacesCapacity() {
        assertEquals(
                "invalid-capacity",
                assertThrows(Problem.class, () -> new Activity(booking, 80, ActivityKind.SALON, 81, START))
                        .code());
        assertEquals(
                "invalid-deadline",
                assertThrows(
                                Problem.class,
                                () -> new Activity(booking, 80, ActivityKind.SALON, 10, START.plusSeconds(1)))
                        .code());
    }
}
