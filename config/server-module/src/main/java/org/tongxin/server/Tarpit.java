package org.tongxin.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the application's login throttle tells the host's handler ({@link SecurityHeadersHandler}), so
 * that a flood from a throttled address is answered on Undertow's I/O thread, late and without a worker
 * thread, instead of taking the workers that signed-in people need: the source addresses throttled now
 * (until when), and the HTTP Basic credentials verified lately (a known good client passes a throttled
 * address, as it passes the application's throttle). Credentials are kept as SHA-256 digests only. In
 * memory on each node, like the throttle itself; both maps are bounded.
 */
public final class Tarpit {

    static final int MAX_ENTRIES = 100_000;

    private static final Map<String, Long> THROTTLED = new ConcurrentHashMap<>();
    private static final Map<String, Long> TRUSTED = new ConcurrentHashMap<>();

    private Tarpit() {}

    /** The application refused {@code address} until {@code untilMillis} (epoch milliseconds). */
    public static void throttle(String address, long untilMillis) {
        if (address != null) {
            bounded(THROTTLED, untilMillis).merge(address, untilMillis, Math::max);
        }
    }

    /** The application verified this login name (normalised) and password; trusted until {@code untilMillis}. */
    public static void trust(String username, String password, long untilMillis) {
        if (username != null && password != null) {
            bounded(TRUSTED, untilMillis).put(digest(username, password), untilMillis);
        }
    }

    /** Forgets every entry (a test's clean slate). */
    public static void clear() {
        THROTTLED.clear();
        TRUSTED.clear();
    }

    static boolean anyThrottled() {
        return !THROTTLED.isEmpty();
    }

    /** Milliseconds the address stays throttled, 0 when it is not. */
    static long throttledFor(String address, long now) {
        Long until = address == null ? null : THROTTLED.get(address);
        if (until == null) {
            return 0;
        }
        if (until <= now) {
            THROTTLED.remove(address, until);
            return 0;
        }
        return until - now;
    }

    static boolean trusted(String username, String password, long now) {
        Long until = TRUSTED.get(digest(username, password));
        return until != null && until > now;
    }

    private static Map<String, Long> bounded(Map<String, Long> map, long now) {
        if (map.size() >= MAX_ENTRIES) {
            map.values().removeIf(until -> until < now - 3_600_000L);
            if (map.size() >= MAX_ENTRIES) {
                map.clear();
            }
        }
        return map;
    }

    static String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
