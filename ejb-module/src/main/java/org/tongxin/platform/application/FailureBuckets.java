package org.tongxin.platform.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per key (a source address or a login name) as leaky buckets: every failure adds one,
 * the level drains evenly so that {@code limit} failures drain in one {@code window}. A key whose
 * level has reached the limit is refused until it has drained below it again, so that a steady
 * guesser gets {@code limit} attempts per window and no more, and an occasional typing error is
 * forgotten. Kept in memory: a node counts what it sees.
 */
final class FailureBuckets {

    /** More keys than this and the drained ones are dropped; if all are still full, the oldest state is given up. */
    static final int MAX_KEYS = 50_000;

    private static final class Bucket {
        double level;
        Instant at;
        boolean refusing;

        Bucket(Instant at) {
            this.at = at;
        }

        double drained(Instant now, double perSecond) {
            double seconds = Math.max(0, Duration.between(at, now).toNanos() / 1e9);
            return Math.max(0, level - seconds * perSecond);
        }
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * Seconds until the key may try again, or 0 when it may try now. {@code first} is set to true
     * when this is the first refusal since the key last had room (to audit the start of a throttle once).
     */
    long retryAfter(String key, int limit, Duration window, Instant now, boolean[] first) {
        Bucket b = buckets.get(key);
        if (b == null || limit <= 0) {
            return 0;
        }
        synchronized (b) {
            double perSecond = limit / (double) window.toSeconds();
            double level = b.drained(now, perSecond);
            if (level <= limit - 1) {
                b.refusing = false;
                return 0;
            }
            if (!b.refusing) {
                b.refusing = true;
                first[0] = true;
            }
            return Math.max(1, (long) Math.ceil((level - (limit - 1)) / perSecond));
        }
    }

    /**
     * Seconds until the key's level has drained below {@code lowerLimit} (at the drain rate of
     * {@code limit} per window), or 0 when it is below already: a stricter bar for the same bucket.
     */
    long retryAfterBelow(String key, int lowerLimit, int limit, Duration window, Instant now) {
        Bucket b = buckets.get(key);
        if (b == null || limit <= 0 || lowerLimit <= 0) {
            return 0;
        }
        synchronized (b) {
            double perSecond = limit / (double) window.toSeconds();
            double level = b.drained(now, perSecond);
            return level <= lowerLimit - 1 ? 0 : Math.max(1, (long) Math.ceil((level - (lowerLimit - 1)) / perSecond));
        }
    }

    /** Counts one failure of the key. */
    void failed(String key, int limit, Duration window, Instant now) {
        if (limit <= 0) {
            return;
        }
        if (buckets.size() >= MAX_KEYS && !buckets.containsKey(key)) {
            prune(limit, window, now);
        }
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(now));
        synchronized (b) {
            b.level = b.drained(now, limit / (double) window.toSeconds()) + 1;
            b.at = now;
        }
    }

    /** Forgets the key's failures (a correct password for a login name). */
    void succeeded(String key) {
        buckets.remove(key);
    }

    int size() {
        return buckets.size();
    }

    private void prune(int limit, Duration window, Instant now) {
        double perSecond = limit / (double) window.toSeconds();
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().drained(now, perSecond) < 1;
            }
        });
        if (buckets.size() >= MAX_KEYS) {
            buckets.clear(); // a spray of distinct keys: the per-address buckets and the hashing permits still hold
        }
    }
}
