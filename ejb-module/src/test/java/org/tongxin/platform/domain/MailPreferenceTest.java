package org.tongxin.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;

class MailPreferenceTest {

    private static final Instant NOW = Instant.parse("2026-12-17T01:00:00Z");

    @Test
    void aNewPersonGetsNoMailAndReadsChinese() {
        MailPreference p = new MailPreference(7, NOW);
        assertEquals(Set.of(), p.topics());
        assertEquals(Locale.SIMPLIFIED_CHINESE, p.locale());
        assertFalse(p.wants("REPORT"));
    }

    @Test
    void chosenTopicsComeByMailToTheAddress() {
        MailPreference p = new MailPreference(7, NOW);
        p.choose(" li.ming@example.gov.cn ", "en", List.of("REPORT", "REMINDER"), NOW);
        assertEquals("li.ming@example.gov.cn", p.email());
        assertEquals(Locale.ENGLISH, p.locale());
        assertTrue(p.wants("REPORT"));
        assertFalse(p.wants("BOOKING"));
    }

    @Test
    void anAddressOfTheWrongFormIsRefused() {
        MailPreference p = new MailPreference(7, NOW);
        for (String bad : List.of("li ming@example.cn", "liming", "a@b", "<a@b.cn>", "a@b.cn, c@d.cn")) {
            Problem refused = assertThrows(Problem.class, () -> p.choose(bad, "zh-CN", List.of(), NOW), bad);
            assertEquals("invalid-email", refused.code());
        }
    }

    @Test
    void topicsWithoutAnAddressAreRefused() {
        MailPreference p = new MailPreference(7, NOW);
        Problem refused = assertThrows(Problem.class, () -> p.choose("", "zh-CN", List.of("REPORT"), NOW));
        assertEquals("required", refused.code());
        p.choose(null, "zh-CN", List.of(), NOW);
        assertEquals(null, p.email());
    }
}
