package org.tongxin.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tongxin.server.Tarpit;

/**
 * Remembers, for a few minutes, that a password was verified against a stored hash, so that API
 * clients sending HTTP Basic on every request do not pay the deliberately slow hash each time. Only
 * a keyed digest of the password is kept (the key is random per node and never leaves memory), and an
 * entry counts only while the account's stored hash is unchanged: a password change, a reset or a
 * rehash invalidates it at once. Lockout, disabling and roles are still read from the database on
 * every request.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 20_000;

    private record Entry(String storedHash, byte[] digest, Instant expires) implements java.io.Serializable {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /** True when this password was verified against this very stored hash within the lifetime. */
    public boolean matches(String username, String password, String storedHash, Instant now) {
        Entry e = entries.get(username);
        return e != null
                && e.expires().isAfter(now)
                && e.storedHash().equals(storedHash)
                && MessageDigest.isEqual(e.digest(), digest(username, password));
    }

    /**
     * True when this password was verified for this login name within the lifetime, whatever the stored
     * hash is now: lets the login throttle pass a known good API client through without a hashing permit
     * ({@link #matches} still decides against the stored hash).
     */
    public boolean recentlyVerified(String username, String password, Instant now) {
        Entry e = entries.get(username);
        return e != null && e.expires().isAfter(now) && MessageDigest.isEqual(e.digest(), digest(username, password));
    }

    public void remember(String username, String password, String storedHash, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !e.expires().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(storedHash, digest(username, password), now.plus(LIFETIME)));
        // a known good client passes an address the host's handler holds back (the application still checks it)
        Tarpit.trust(username, password, now.plus(LIFETIME).toEpochMilli());
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
