package org.tongxin.platform.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.PasswordHasher;
import org.tongxin.server.Tarpit;

/**
 * Keeps a flood of wrong logins from starving signed-in users. Checking a password is slow on purpose
 * (PBKDF2, about 83 ms of one core), so it is bounded in two ways, both in memory on each node (the
 * lockout that a failure count triggers stays in the database and counts across nodes):
 * <ul>
 * <li><b>Hashing permits</b>: at most {@code tongxin.login.hash-permits} password checks run at once
 * (default: the number of cores). A login, an HTTP Basic check or a password change that finds none
 * free is refused at once with {@link TooManyAttempts} (429, Retry-After 1), never queued: waiting
 * threads would hold the server's workers that signed-in requests need. The one exception: an API
 * client's parallel first requests wait (a few, briefly) for the check of the same login name already
 * under way, and pass if it verified the very same password.</li>
 * <li><b>Failure throttle</b>: failed logins fill a leaky bucket per source address
 * ({@code tongxin.login.address-failures}, default 30) and per login name
 * ({@code tongxin.login.username-failures}, default 10), each draining over
 * {@code tongxin.login.failure-window-minutes} (default 15). A full bucket refuses further attempts
 * with the time until it has room as Retry-After, without touching the password or the database, so
 * the answer is the same for a login name that exists and one that does not. Only failures count.</li>
 * <li><b>Under load</b>: while every hashing permit is taken, an address whose bucket already holds
 * {@code tongxin.login.address-failures-under-load} failures (default 5) is refused as if its bucket
 * were full, until it drains below that. A flood from one address thus costs five password checks
 * before it is held back, not thirty; an office behind one address that mistypes now and then while the
 * server is quiet is unaffected.</li>
 * </ul>
 * Neither touches a signed-in page session (it never checks a password again) nor an API client whose
 * password was verified in the last minutes ({@link VerifiedCredentials}): those skip both rules. The
 * settings are read on every attempt (system property, else the environment variable
 * {@code TONGXIN_LOGIN_...}), so they can be changed on a running server. Addresses listed in
 * {@code tongxin.login.unthrottled-addresses} (e.g. a reverse proxy that hides its clients' addresses)
 * have no per-address bucket.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final String HASH_PERMITS = "tongxin.login.hash-permits";
    public static final String ADDRESS_FAILURES = "tongxin.login.address-failures";
    public static final String USERNAME_FAILURES = "tongxin.login.username-failures";
    public static final String WINDOW_MINUTES = "tongxin.login.failure-window-minutes";
    public static final String UNTHROTTLED_ADDRESSES = "tongxin.login.unthrottled-addresses";
    public static final String ADDRESS_FAILURES_UNDER_LOAD = "tongxin.login.address-failures-under-load";

    /** At most this many API requests wait at once for a check of the same login name under way. */
    static final int MAX_WAITING = 32;

    private static final long MAX_WAIT_MILLIS = 2_000;

    private final AtomicInteger hashing = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final ConcurrentHashMap<String, CountDownLatch> checking = new ConcurrentHashMap<>();
    private final FailureBuckets addresses = new FailureBuckets();
    private final FailureBuckets usernames = new FailureBuckets();

    @Inject
    Clock clock;

    @Inject
    VerifiedCredentials verified;

    @EJB
    AuditService audit;

    /** One admitted check: holds a hashing permit until closed, and counts its outcome. */
    public final class Attempt implements AutoCloseable {

        private final String username;
        private final String address;
        private boolean permit;
        private final CountDownLatch done;

        private Attempt(String username, String address, boolean permit) {
            this.username = username;
            this.address = address;
            this.permit = permit;
            CountDownLatch latch = username == null ? null : new CountDownLatch(1);
            this.done = latch != null && checking.putIfAbsent(username, latch) == null ? latch : null;
        }

        /** Counts the outcome of the check: a failure fills both buckets, a success empties the login name's. */
        public LoginResult record(LoginResult result) {
            if (username == null) {
                return result;
            }
            Instant now = clock.instant();
            if (result.succeeded()) {
                usernames.succeeded(username);
            } else {
                Duration window = window();
                usernames.failed(username, setting(USERNAME_FAILURES, 10), window, now);
                if (address != null && !unthrottled(address)) {
                    addresses.failed(address, setting(ADDRESS_FAILURES, 30), window, now);
                }
            }
            return result;
        }

        @Override
        public void close() {
            if (permit) {
                permit = false;
                hashing.decrementAndGet();
            }
            if (done != null) {
                checking.remove(username, done);
                done.countDown();
            }
        }
    }

    /**
     * Admits a login or an HTTP Basic check of {@code username} from {@code address}, or refuses it with
     * {@link TooManyAttempts}. An API request ({@code repeat}) whose password was verified in the last
     * minutes is admitted without a permit or a throttle: it will not be hashed.
     */
    public Attempt admit(String username, String password, String address, boolean repeat) {
        String name = Account.normaliseUsername(username);
        Instant now = clock.instant();
        if (repeat && password != null && verified.recentlyVerified(name, password, now)) {
            return new Attempt(null, null, false);
        }
        Duration window = window();
        boolean[] first = {false};
        long wait = 0;
        if (address != null && !unthrottled(address)) {
            wait = addresses.retryAfter(address, setting(ADDRESS_FAILURES, 30), window, now, first);
            if (wait > 0) {
                // the host's handler answers this address's next guesses itself, late and on the I/O thread
                Tarpit.throttle(address, now.toEpochMilli() + wait * 1000);
            }
            if (first[0]) {
                audit.recordSecurityEvent(
                        "LOGIN_THROTTLED", name, "{\"address\":\"" + address.replace("\"", "") + "\"}");
            }
        }
        if (wait == 0) {
            first[0] = false;
            wait = usernames.retryAfter(name, setting(USERNAME_FAILURES, 10), window, now, first);
            if (first[0]) {
                audit.recordSecurityEvent("LOGIN_THROTTLED", name, "{\"reason\":\"username\"}");
            }
        }
        if (wait > 0) {
            throw new TooManyAttempts(wait);
        }
        if (!tryAcquire()) {
            // an API client's parallel first requests: one check of the name is under way, wait for it
            // and pass if it verified this very password; anything else is refused at once
            if (repeat
                    && password != null
                    && awaitCheckOf(name)
                    && verified.recentlyVerified(name, password, clock.instant())) {
                return new Attempt(null, null, false);
            }
            throw new TooManyAttempts(underLoad(address, window, now));
        }
        return new Attempt(name, address, true);
    }

    /**
     * The Retry-After for an attempt refused because every permit is taken: 1 second, or, when its
     * address already failed {@link #ADDRESS_FAILURES_UNDER_LOAD} times, until it drains below that,
     * with the address handed to the tarpit meanwhile.
     */
    private long underLoad(String address, Duration window, Instant now) {
        if (address == null || unthrottled(address)) {
            return 1;
        }
        long wait = addresses.retryAfterBelow(
                address, setting(ADDRESS_FAILURES_UNDER_LOAD, 5), setting(ADDRESS_FAILURES, 30), window, now);
        if (wait == 0) {
            return 1;
        }
        Tarpit.throttle(address, now.toEpochMilli() + wait * 1000);
        return wait;
    }

    /** A password check outside a login (the current password on a change): a hashing permit only. */
    public Attempt hashing() {
        acquire();
        return new Attempt(null, null, true);
    }

    /** Checks a password against a stored hash under a hashing permit (the current password on a change). */
    public boolean verify(PasswordHasher hasher, String password, String storedHash) {
        try (Attempt ignored = hashing()) {
            return hasher.verify(password, storedHash);
        }
    }

    /** Password checks running now on this node (for tests and monitoring). */
    public int hashingNow() {
        return hashing.get();
    }

    /** API requests waiting now for a check of the same login name (for tests). */
    int waitingNow() {
        return waiting.get();
    }

    private void acquire() {
        if (!tryAcquire()) {
            throw new TooManyAttempts(1);
        }
    }

    private boolean tryAcquire() {
        int limit = Math.max(1, setting(HASH_PERMITS, Runtime.getRuntime().availableProcessors()));
        while (true) {
            int n = hashing.get();
            if (n >= limit) {
                return false;
            }
            if (hashing.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Waits (a few waiters at most, two seconds at most) for the check of this name under way; false when none is. */
    private boolean awaitCheckOf(String name) {
        CountDownLatch underWay = checking.get(name);
        if (underWay == null) {
            return false;
        }
        try {
            if (waiting.incrementAndGet() > MAX_WAITING) {
                return false;
            }
            return underWay.await(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    private static Duration window() {
        return Duration.ofMinutes(Math.max(1, setting(WINDOW_MINUTES, 15)));
    }

    private static boolean unthrottled(String address) {
        return PlatformSettings.get(UNTHROTTLED_ADDRESSES)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).anyMatch(address::equals))
                .orElse(false);
    }

    private static int setting(String name, int fallback) {
        try {
            return PlatformSettings.get(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
