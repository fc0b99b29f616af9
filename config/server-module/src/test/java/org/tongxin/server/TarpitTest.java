package org.tongxin.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TarpitTest {

    @AfterEach
    void forget() {
        Tarpit.clear();
    }

    @Test
    void anAddressIsHeldBackUntilItsThrottleEndsAndThenForgotten() {
        assertFalse(Tarpit.anyThrottled());
        Tarpit.throttle("10.1.2.3", 5_000);
        assertTrue(Tarpit.anyThrottled());
        assertEquals(4_000, Tarpit.throttledFor("10.1.2.3", 1_000));
        assertEquals(0, Tarpit.throttledFor("10.1.2.4", 1_000), "another address is not held back");
        Tarpit.throttle("10.1.2.3", 3_000);
        assertEquals(4_000, Tarpit.throttledFor("10.1.2.3", 1_000), "a shorter throttle does not shorten a longer one");
        assertEquals(0, Tarpit.throttledFor("10.1.2.3", 5_000));
        assertFalse(Tarpit.anyThrottled(), "an ended throttle is removed, so requests skip the look-up again");
    }

    @Test
    void onlyTheVerifiedPasswordOfANameIsTrustedAndOnlyUntilItExpires() {
        Tarpit.trust("leader", "Right-Password-1", 10_000);
        assertTrue(Tarpit.trusted("leader", "Right-Password-1", 9_999));
        assertFalse(Tarpit.trusted("leader", "Right-Password-2", 9_999));
        assertFalse(Tarpit.trusted("leader2", "Right-Password-1", 9_999));
        assertFalse(Tarpit.trusted("leader", "Right-Password-1", 10_000));
    }

    @Test
    void theDigestSeparatesNameAndPassword() {
        assertFalse(Tarpit.digest("ab", "c").equals(Tarpit.digest("a", "bc")));
    }
}
