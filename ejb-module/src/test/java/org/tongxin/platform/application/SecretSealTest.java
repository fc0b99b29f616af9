package org.tongxin.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.tongxin.inforeport.domain.Route;

class SecretSealTest {

    private static final String PURPOSE = "ir_route.secret";
    private final SecretSeal seal = new SecretSeal(key(1));

    @Test
    void aSealedSecretOpensWithTheSameKeyAndShowsNothingOfThePassword() {
        String sealed = seal.seal("Route-Pass-2026", PURPOSE);
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("Route-Pass-2026"));
        assertEquals("Route-Pass-2026", seal.open(sealed, PURPOSE));
        assertNotEquals(
                sealed,
                seal.seal("Route-Pass-2026", PURPOSE),
                "a fresh nonce each time: equal passwords do not look equal");
    }

    @Test
    void anotherKeyAChangedByteOrAnotherColumnDoesNotOpenIt() {
        String sealed = seal.seal("Route-Pass-2026", PURPOSE);
        assertThrows(IllegalStateException.class, () -> new SecretSeal(key(2)).open(sealed, PURPOSE));
        assertThrows(IllegalStateException.class, () -> seal.open(sealed, "pf_account.password"));
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        assertThrows(
                IllegalStateException.class,
                () -> seal.open("v1:" + Base64.getEncoder().encodeToString(raw), PURPOSE));
    }

    @Test
    void aValueStoredBeforeSealingIsReadAsItIs() {
        assertEquals("plain-from-before", seal.open("plain-from-before", PURPOSE));
        assertEquals(null, seal.open(null, PURPOSE));
    }

    @Test
    void theLongestPasswordARouteTakesFitsItsColumnSealed() {
        String longest = "密".repeat(Route.MAX_SECRET); // three UTF-8 bytes per character, the most a UTF-16 unit takes
        assertTrue(seal.seal(longest, PURPOSE).length() <= 500, "ir_route.secret is varchar(500)");
    }

    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }
}
