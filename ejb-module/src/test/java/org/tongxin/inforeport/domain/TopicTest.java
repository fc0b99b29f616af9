package org.tongxin.inforeport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;

/** An organisation's own report topics: named in both languages, retired and reinstated. */
class TopicTest {

    @Test
    void anOwnTopicHasAnOrganisationScopedCodeAndIsNotGlobal() {
        Topic t = new Topic(12, Topic.code(12, 3), " 城市更新 ", "Urban renewal", 11);
        assertEquals("T12-3", t.code());
        assertFalse(t.global());
        assertTrue(t.active());
        assertEquals("城市更新", t.nameZh(), "names are trimmed");
    }

    @Test
    void aTopicNeedsNamesInBothLanguagesOfBoundedLength() {
        Problem zh = assertThrows(Problem.class, () -> new Topic(12, "T12-1", "", "Renewal", 1));
        assertEquals("nameZh", zh.fieldKeys().keySet().iterator().next());
        Topic t = new Topic(12, "T12-1", "城市更新", "Renewal", 1);
        Problem en = assertThrows(Problem.class, () -> t.rename("城市更新", "x".repeat(Topic.MAX_NAME_EN + 1)));
        assertEquals("nameEn", en.fieldKeys().keySet().iterator().next());
        assertEquals("Renewal", t.nameEn(), "a refused rename changes nothing");
    }

    @Test
    void aTopicIsRetiredAndReinstatedOnceEach() {
        Topic t = new Topic(12, "T12-1", "城市更新", "Renewal", 1);
        t.retire();
        assertFalse(t.active());
        assertEquals(
                Problem.Kind.CONFLICT, assertThrows(Problem.class, t::retire).kind());
        t.reinstate();
        assertTrue(t.active());
        assertEquals(
                Problem.Kind.CONFLICT, assertThrows(Problem.class, t::reinstate).kind());
    }
}
