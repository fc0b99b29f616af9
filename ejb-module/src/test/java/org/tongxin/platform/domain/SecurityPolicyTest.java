package org.tongxin.platform.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;

class SecurityPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    @Test
    void theDefaultAsksForTwelveCharactersAndNoComposition() {
        SecurityPolicy p = SecurityPolicy.DEFAULT;
        Problem tooShort = assertThrows(Problem.class, () -> p.check("wang", "kdjfurhgnvb"));
        assertEquals("problem.password.too-short", tooShort.messageKey());
        assertEquals(12, tooShort.args()[0]);
        assertDoesNotThrow(() -> p.check("wang", "kdjfurhgnvbq"));
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsAndSymbolsAroundThem() {
        for (String common : new String[] {
            "password1234",
            "Password1234!",
            "woaini1314520",
            "WoAiNi1314!!",
            "qwertyuiop12",
            "1qaz2wsx3edc",
            "1qaz2wsx!!!!",
            "123456789012",
            "111111111111",
            "abcdefghijkl",
            "2026qwertyuiop",
            "zhongguo2026!",
            "pass-word-2026",
            "asdfghjkl;'12",
            "123456123456"
        }) {
            Problem p = assertThrows(Problem.class, () -> SecurityPolicy.DEFAULT.check("wang", common), common);
            assertEquals("problem.password.common", p.messageKey(), common);
        }
        assertDoesNotThrow(() -> SecurityPolicy.DEFAULT.check("wang", "Initial-Pass-2026"));
        assertDoesNotThrow(() -> SecurityPolicy.DEFAULT.check("wang", "Brand-New-Pass-2026"));
        assertDoesNotThrow(() -> SecurityPolicy.DEFAULT.check("wang", "湖畔的风吹过同心广场的柳树"));
    }

    @Test
    void aPasswordMayNotContainThePersonsNameOrItsPinyin() {
        for (String withName : new String[] {"Zhangweiming-2026", "my-weiming-2026", "张伟明的密码很长很长很长"}) {
            Problem p = assertThrows(
                    Problem.class, () -> SecurityPolicy.DEFAULT.check("member1", "张伟明", withName), withName);
            assertEquals("problem.password.contains-name", p.messageKey(), withName);
        }
        // a surname read as a surname: 单 is shan as well as dan
        assertThrows(Problem.class, () -> SecurityPolicy.DEFAULT.check("member9", "单丽华（机关）", "shanlihua-2026!"));
        assertDoesNotThrow(() -> SecurityPolicy.DEFAULT.check("member1", "张伟明", "Initial-Pass-2026"));
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
        assertThrows(Problem.class, () -> on.check("wang", "kdjfurhgnvbq1"));
        assertDoesNotThrow(() -> on.check("wang", "Kdjfurhgnvbq1"));
        assertDoesNotThrow(() -> SecurityPolicy.DEFAULT.check("wang", "kdjfurhgnvbq"));
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
