package org.tongxin.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The test side's authenticator app (RFC 6238: SHA-1, six digits, 30 s), written apart from the server's
 * so that a mistake in one is not hidden by the same one in the other. The server accepts a code once
 * (only a step later than the last accepted one, within one step of its clock), so this remembers the
 * last step it used per account and gives the next acceptable one: the current step, else the next
 * (accepted a step early); a third login within one step waits on the clock for the step to come (the
 * only wait, and rare: API tokens are cached by {@link Api}).
 */
public final class TestTotp {

    /** The published secret of the demo administrators (README). */
    public static final String DEMO_SECRET = "TONGXINDEMOADMINTOTP7777";

    private static final Map<String, Long> LAST = new HashMap<>();

    private TestTotp() {}

    /** A code for the account (by login name, any server) that the server has not seen yet. */
    public static synchronized String next(String account, String secret) {
        long now = step(Instant.now());
        long step = Math.max(now, LAST.getOrDefault(account, Long.MIN_VALUE) + 1);
        while (step > step(Instant.now()) + 1) {
            // two codes of this account were used in this step and the next: wait for the step to come
            long wakeAt = (step - 1) * 30_000L;
            LockSupport.parkUntil(wakeAt + 50);
        }
        LAST.put(account, step);
        return code(secret, step);
    }

    /** The server refused a code as already used (by an earlier run): go past the steps it may have seen. */
    public static synchronized void skipAhead(String account) {
        LAST.put(account, step(Instant.now()) + 1);
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 30);
    }

    public static String code(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(base32Secret), "RAW"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[h.length - 1] & 0xf;
            int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", bin % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String s = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        byte[] out = new byte[s.length() * 5 / 8];
        long buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : s.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
