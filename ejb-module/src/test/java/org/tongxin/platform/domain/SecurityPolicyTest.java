package org.tongxin.platform.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SecurityPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    @Test
    void theDefaultAsksForTwelveCharactersAndNothingElse() {
        SecurityPolicy p = SecurityPolicy.DEFAULT;
        Problem tooShort = assertThrows(Problem.class, () -> p.check("wang", "abcdefghijk"));
        assertEquals("problem.password.too-short", tooShort.messageKey());
        assertEquals(12, tooShort.args()[0]);
        assertDoesNotThrow(() -> p.check("wang", "abcdefghijkl"));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertDoesNotThrow(() -> SecurityPolicy.DEFAULT.check("wang", "同心协力共商国是建言资政凝"));
    }

    @Test
    void aPasswordMayNotContainTheUsername() {
        Problem p = assertThrows(Problem.class, () -> SecurityPolicy.DEFAULT.check("zhangwei", "xxZhangWei2026xx"));
        assertEquals("problem.password.contains-username", p.messageKey());
    }

    @Test
    void compositionIsOffByDefaultAndAsksForThreeKindsWhenOn() {
        SecurityPolicy on = new SecurityPolicy(12, true, 0, 5, 15);
        assertThrows(Problem.class, () -> on.check("wang", "abcdefghijkl1"));
        assertDoesNotThrow(() -> on.check("wang", "Abcdefghijkl1"));
        assertDoesNotThrow(() -> SecurityPolicy.DEFAULT.check("wang", "abcdefghijkl"));
    }

    @Test
    void expiryIsOffByDefault() {
        assertFalse(SecurityPolicy.DEFAULT.isExpired(NOW.minus(Duration.ofDays(3650)), NOW));
        SecurityPolicy ninety = new SecurityPolicy(12, false, 90, 5, 15);
        assertFalse(ninety.isExpired(NOW.minus(Duration.ofDays(89)), NOW));
        assertTrue(ninety.isExpired(NOW.minus(Duration.ofDays(91)), NOW));
    }

    @Test
    void aPolicyOutsideSaneBoundsIsRefused() {
        assertThrows(Problem.class, () -> new SecurityPolicy(4, false, 0, 5, 15));
        assertThrows(Problem.class, () -> new SecurityPolicy(12, false, 0, 0, 15));
        assertThrows(Problem.class, () -> new SecurityPolicy(12, false, -1, 5, 15));
    }
}
