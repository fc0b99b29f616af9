package org.tongxin.platform.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as the authenticator apps make them (RFC 6238 over RFC 4226): HMAC-SHA-1,
 * six digits, 30-second steps, the secret in Base32 (RFC 4648, no padding). A code is accepted for the
 * step it was made in and one step either side (clocks of phones drift), and only for a step later than
 * the last one accepted for the account, so that a code seen over someone's shoulder or in a log cannot
 * be used again.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps accepted either side of the current one. */
    public static final int WINDOW = 1;

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** A fresh secret of 160 bits (the length RFC 4226 recommends), in Base32: 32 characters. */
    public static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return base32(key);
    }

    /** The time step of an instant. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of a step: RFC 4226's dynamic truncation, zero-padded to {@link #DIGITS}. */
    public static String code(byte[] key, long step) {
        return code(key, step, "HmacSHA1", DIGITS);
    }

    /** For the RFC's own test vectors (which also use SHA-256/512 and eight digits). */
    static String code(byte[] key, long step, String algorithm, int digits) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            int otp = binary % (int) Math.pow(10, digits);
            return String.format(Locale.ROOT, "%0" + digits + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The step whose code {@code code} is, within the window around {@code now} and later than
     * {@code lastAccepted}; empty when there is none (wrong, too old, or already used).
     */
    public static OptionalLong match(String base32Secret, String code, Instant now, long lastAccepted) {
        String c = code == null ? "" : code.replace(" ", "").strip();
        if (c.length() != DIGITS || !c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return OptionalLong.empty();
        }
        byte[] key = decodeBase32(base32Secret);
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long s = current - WINDOW; s <= current + WINDOW; s++) {
            // every step is computed and compared in constant time, so the answer's timing tells nothing
            boolean same = MessageDigest.isEqual(code(key, s).getBytes(), c.getBytes());
            if (same && s > lastAccepted && found.isEmpty()) {
                found = OptionalLong.of(s);
            }
        }
        return found;
    }

    /** True when {@code code} is a right code of the window but for a step already used (a replay). */
    public static boolean isReplay(String base32Secret, String code, Instant now, long lastAccepted) {
        return match(base32Secret, code, now, Long.MIN_VALUE).isPresent()
                && match(base32Secret, code, now, lastAccepted).isEmpty();
    }

    /** The URI the authenticator apps read from a QR code (Google's Key Uri Format). */
    public static String uri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    public static String base32(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return sb.toString();
    }

    public static byte[] decodeBase32(String text) {
        String s = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(s.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char ch : s.toCharArray()) {
            int v = BASE32.indexOf(ch);
            if (v < 0) {
                throw new IllegalArgumentException("not Base32: " + ch);
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return java.util.Arrays.copyOf(out.array(), out.position());
    }
}
