package org.tongxin.platform.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @Test
    void rfc6238TestVectorsMatch() {
        long[] times = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
        String[] sha1 = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
        String[] sha256 = {"46119246", "68084774", "67062674", "91819424", "90698825", "77737706"};
        String[] sha512 = {"90693936", "25091201", "99943326", "93441116", "38618901", "47863826"};
        for (int i = 0; i < times.length; i++) {
            long step = Totp.step(Instant.ofEpochSecond(times[i]));
            assertEquals(sha1[i], Totp.code(SHA1_KEY, step, "HmacSHA1", 8), "SHA-1 at " + times[i]);
            assertEquals(sha256[i], Totp.code(SHA256_KEY, step, "HmacSHA256", 8), "SHA-256 at " + times[i]);
            assertEquals(sha512[i], Totp.code(SHA512_KEY, step, "HmacSHA512", 8), "SHA-512 at " + times[i]);
        }
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcsEightDigitOnes() {
        long step = Totp.step(Instant.ofEpochSecond(1111111109L));
        assertEquals("081804", Totp.code(SHA1_KEY, step));
    }

    @Test
    void base32RoundTripsAndReadsTheRfc4648Vectors() {
        assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Totp.decodeBase32("MZXW6YTBOI======"));
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertEquals(secret, Totp.base32(Totp.decodeBase32(secret)));
    }

    @Test
    void theDemoSecretIsValidBase32() {
        assertEquals(15, Totp.decodeBase32("TONGXINDEMOADMINTOTP7777").length);
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideButNotTwo() {
        String secret = Totp.base32(SHA1_KEY);
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        byte[] key = SHA1_KEY;
        assertEquals(OptionalLong.of(step), Totp.match(secret, Totp.code(key, step), now, 0));
        assertEquals(OptionalLong.of(step - 1), Totp.match(secret, Totp.code(key, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.match(secret, Totp.code(key, step + 1), now, 0));
        assertTrue(Totp.match(secret, Totp.code(key, step - 2), now, 0).isEmpty());
        assertTrue(Totp.match(secret, Totp.code(key, step + 2), now, 0).isEmpty());
    }

    @Test
    void aCodeOfAStepAlreadyUsedIsRefusedAsAReplay() {
        String secret = Totp.base32(SHA1_KEY);
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        String code = Totp.code(SHA1_KEY, step);
        assertTrue(Totp.match(secret, code, now, step).isEmpty(), "the same step again");
        assertTrue(Totp.isReplay(secret, code, now, step));
        assertTrue(
                Totp.match(secret, Totp.code(SHA1_KEY, step - 1), now, step).isEmpty(),
                "an earlier step after a later one");
        assertEquals(OptionalLong.of(step + 1), Totp.match(secret, Totp.code(SHA1_KEY, step + 1), now, step));
        assertFalse(Totp.isReplay(secret, "000000".equals(code) ? "111111" : "000000", now, step));
    }

    @Test
    void malformedCodesAreRefused() {
        String secret = Totp.base32(SHA1_KEY);
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        assertTrue(Totp.match(secret, null, now, 0).isEmpty());
        assertTrue(Totp.match(secret, "12345", now, 0).isEmpty());
        assertTrue(Totp.match(secret, "12345a", now, 0).isEmpty());
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        assertEquals(
                "otpauth://totp/Tongxin:admin?secret=ABC&issuer=Tongxin&algorithm=SHA1&digits=6&period=30",
                Totp.uri("Tongxin", "admin", "ABC"));
    }
}
