package org.tongxin.platform.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.domain.PasswordHasher;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    private static final LoginResult FAILED = LoginResult.refused(LoginResult.Outcome.INVALID);
    private static final LoginResult SUCCEEDED =
            new LoginResult(LoginResult.Outcome.SUCCESS, "editor", Set.of("info-editor"), false);
    private static final List<String> SETTINGS = List.of(
            LoginThrottle.HASH_PERMITS,
            LoginThrottle.ADDRESS_FAILURES,
            LoginThrottle.USERNAME_FAILURES,
            LoginThrottle.WINDOW_MINUTES,
            LoginThrottle.UNTHROTTLED_ADDRESSES,
            LoginThrottle.ADDRESS_FAILURES_UNDER_LOAD);

    private final LoginThrottle throttle = new LoginThrottle();
    private final List<String> audited = new ArrayList<>();

    @BeforeEach
    void wire() {
        throttle.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        throttle.verified = new VerifiedCredentials();
        throttle.audit = (AuditService) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {AuditService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("recordSecurityEvent")) {
                        audited.add(args[0] + " " + args[1]);
                    }
                    return null;
                });
        System.setProperty(LoginThrottle.WINDOW_MINUTES, "15");
    }

    @AfterEach
    void unset() {
        SETTINGS.forEach(System::clearProperty);
    }

    private void at(Instant instant) {
        throttle.clock = Clock.fixed(instant, ZoneOffset.UTC);
    }

    private void fail(String username, String address) {
        try (LoginThrottle.Attempt attempt = throttle.admit(username, "wrong", address, false)) {
            attempt.record(FAILED);
        }
    }

    @Test
    void aFullHashingPoolRefusesAtOnceAndAFreedPermitAdmitsAgain() {
        System.setProperty(LoginThrottle.HASH_PERMITS, "1");
        LoginThrottle.Attempt first = throttle.admit("a", "pw", "10.0.0.1", false);
        TooManyAttempts refused =
                assertThrows(TooManyAttempts.class, () -> throttle.admit("b", "pw", "10.0.0.2", false));
        assertEquals(1, refused.retryAfterSeconds());
        assertThrows(
                TooManyAttempts.class,
                () -> throttle.verify(new PasswordHasher(1000), "pw", "x"),
                "the current password of a change waits for no permit either");
        first.close();
        first.close(); // closing twice gives back one permit only
        assertEquals(0, throttle.hashingNow());
        assertDoesNotThrow(() -> throttle.admit("b", "pw", "10.0.0.2", false).close());
    }

    @Test
    void aLoginNameThatFailedTooOftenIsRefusedUntilItsBucketDrains() {
        System.setProperty(LoginThrottle.USERNAME_FAILURES, "3");
        for (int i = 0; i < 3; i++) {
            fail("editor", "10.0.0." + i);
        }
        TooManyAttempts refused =
                assertThrows(TooManyAttempts.class, () -> throttle.admit("Editor ", "pw", "10.0.0.9", false));
        assertEquals(300, refused.retryAfterSeconds(), "3 failures drain in 15 minutes: room for one more after 5");
        assertEquals(0, throttle.hashingNow(), "a refused attempt holds no permit");
        assertEquals(List.of("LOGIN_THROTTLED editor"), audited, "the start of a throttle is audited once");
        assertThrows(TooManyAttempts.class, () -> throttle.admit("editor", "pw", "10.0.0.9", false));
        assertEquals(1, audited.size());

        at(NOW.plusSeconds(299));
        assertThrows(TooManyAttempts.class, () -> throttle.admit("editor", "pw", "10.0.0.9", false));
        at(NOW.plusSeconds(300));
        assertDoesNotThrow(
                () -> throttle.admit("editor", "pw", "10.0.0.9", false).close());
        assertDoesNotThrow(
                () -> throttle.admit("office", "pw", "10.0.0.9", false).close());
    }

    @Test
    void anAddressThatFailedTooOftenIsRefusedWhateverTheLoginName() {
        System.setProperty(LoginThrottle.ADDRESS_FAILURES, "3");
        for (int i = 0; i < 3; i++) {
            fail("nobody-" + i, "10.0.0.7");
        }
        assertThrows(TooManyAttempts.class, () -> throttle.admit("admin", "pw", "10.0.0.7", false));
        assertDoesNotThrow(
                () -> throttle.admit("admin", "pw", "10.0.0.8", false).close());
    }

    @Test
    void whileThePoolIsFullAnAddressWithAFewFailuresIsHeldBackUntilItDrainsBelowTheLowerBar() {
        System.setProperty(LoginThrottle.HASH_PERMITS, "1");
        System.setProperty(LoginThrottle.ADDRESS_FAILURES, "30"); // drains one failure per 30 s in 15 minutes
        System.setProperty(LoginThrottle.ADDRESS_FAILURES_UNDER_LOAD, "3");
        for (int i = 0; i < 3; i++) {
            fail("nobody-" + i, "10.0.0.7");
        }
        fail("nobody-x", "10.0.0.8");
        try (LoginThrottle.Attempt busy = throttle.admit("someone", "pw", "10.0.0.9", false)) {
            TooManyAttempts held =
                    assertThrows(TooManyAttempts.class, () -> throttle.admit("admin", "pw", "10.0.0.7", false));
            assertEquals(30, held.retryAfterSeconds(), "until its level (3) drains below 3 at one per 30 s");
            assertEquals(
                    1,
                    assertThrows(TooManyAttempts.class, () -> throttle.admit("admin", "pw", "10.0.0.8", false))
                            .retryAfterSeconds(),
                    "an address with fewer failures is only told the pool is full");
        }
        assertDoesNotThrow(
                () -> throttle.admit("admin", "pw", "10.0.0.7", false).close(),
                "with a free permit the ordinary bucket (30) applies again");
    }

    @Test
    void aListedAddressHasNoBucketButItsLoginNamesStillHave() {
        System.setProperty(LoginThrottle.ADDRESS_FAILURES, "2");
        System.setProperty(LoginThrottle.USERNAME_FAILURES, "2");
        System.setProperty(LoginThrottle.UNTHROTTLED_ADDRESSES, "10.0.0.1, 127.0.0.1");
        for (int i = 0; i < 5; i++) {
            fail("spray-" + i, "127.0.0.1");
        }
        assertDoesNotThrow(
                () -> throttle.admit("other", "pw", "127.0.0.1", false).close());
        fail("editor", "127.0.0.1");
        fail("editor", "127.0.0.1");
        assertThrows(TooManyAttempts.class, () -> throttle.admit("editor", "pw", "127.0.0.1", false));
    }

    @Test
    void aSuccessEmptiesTheLoginNamesBucketButNotTheAddresses() {
        System.setProperty(LoginThrottle.ADDRESS_FAILURES, "3");
        System.setProperty(LoginThrottle.USERNAME_FAILURES, "3");
        fail("editor", "10.0.0.1");
        fail("editor", "10.0.0.1");
        try (LoginThrottle.Attempt attempt = throttle.admit("editor", "right", "10.0.0.1", false)) {
            attempt.record(SUCCEEDED);
        }
        fail("editor", "10.0.0.2");
        fail("editor", "10.0.0.2");
        assertDoesNotThrow(
                () -> throttle.admit("editor", "pw", "10.0.0.3", false).close(), "the login name starts afresh");
        fail("someone", "10.0.0.1");
        assertThrows(
                TooManyAttempts.class,
                () -> throttle.admit("editor", "pw", "10.0.0.1", false),
                "a success of one account does not clear its address's failures");
    }

    @Test
    void anApiClientWithARecentlyVerifiedPasswordPassesAFullPoolAndAThrottledName() {
        System.setProperty(LoginThrottle.HASH_PERMITS, "1");
        System.setProperty(LoginThrottle.USERNAME_FAILURES, "1");
        throttle.verified.remember("editor", "right", "stored-hash", NOW.minusSeconds(60));
        fail("editor", "10.0.0.1");
        try (LoginThrottle.Attempt busy = throttle.admit("someone", "x", "10.0.0.2", false)) {
            assertDoesNotThrow(
                    () -> throttle.admit("editor", "right", "10.0.0.1", true).close());
            assertThrows(
                    TooManyAttempts.class,
                    () -> throttle.admit("editor", "guess", "10.0.0.1", true),
                    "only the very password verified before passes");
            assertThrows(
                    TooManyAttempts.class,
                    () -> throttle.admit("editor", "right", "10.0.0.1", false),
                    "a form login always checks the password");
        }
    }

    @Test
    void anApiClientsParallelFirstRequestWaitsForTheCheckUnderWayInsteadOfBeingRefused() throws Exception {
        System.setProperty(LoginThrottle.HASH_PERMITS, "1");
        LoginThrottle.Attempt first = throttle.admit("editor", "right", "10.0.0.1", true);
        java.util.concurrent.CompletableFuture<LoginThrottle.Attempt> second =
                java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> throttle.admit("editor", "right", "10.0.0.1", true));
        while (throttle.waitingNow() == 0 && !second.isDone()) {
            Thread.onSpinWait();
        }
        assertThrows(
                TooManyAttempts.class,
                () -> throttle.admit("office", "right", "10.0.0.1", true),
                "another name has no check under way to wait for");
        throttle.verified.remember("editor", "right", "stored-hash", NOW);
        first.record(SUCCEEDED);
        first.close();
        assertDoesNotThrow(() -> second.get().close());
        assertEquals(0, throttle.hashingNow());
    }

    @Test
    void aParallelRequestWithAnotherPasswordIsRefusedOnceTheCheckUnderWayEnds() throws Exception {
        System.setProperty(LoginThrottle.HASH_PERMITS, "1");
        LoginThrottle.Attempt first = throttle.admit("editor", "right", "10.0.0.1", true);
        java.util.concurrent.CompletableFuture<LoginThrottle.Attempt> guess =
                java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> throttle.admit("editor", "guess", "10.0.0.1", true));
        while (throttle.waitingNow() == 0 && !guess.isDone()) {
            Thread.onSpinWait();
        }
        throttle.verified.remember("editor", "right", "stored-hash", NOW);
        first.close();
        java.util.concurrent.ExecutionException e =
                assertThrows(java.util.concurrent.ExecutionException.class, guess::get);
        assertTrue(e.getCause() instanceof TooManyAttempts, e.toString());
    }

    @Test
    void theDrainedBucketsOfManyNamesAreForgotten() {
        System.setProperty(LoginThrottle.USERNAME_FAILURES, "10");
        FailureBuckets buckets = new FailureBuckets();
        java.time.Duration window = java.time.Duration.ofMinutes(15);
        for (int i = 0; i < FailureBuckets.MAX_KEYS; i++) {
            buckets.failed("n" + i, 10, window, NOW);
        }
        buckets.failed("late", 10, window, NOW.plus(window));
        assertTrue(buckets.size() <= 2, "only the new key (and none drained) remain: " + buckets.size());
    }
}
