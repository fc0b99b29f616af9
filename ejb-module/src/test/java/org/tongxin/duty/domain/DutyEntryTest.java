package org.tongxin.duty.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.platform.kernel.Problem;

class DutyEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    private static DutyEntry entry() {
        RuleSet rs = new RuleSet(1L, 2026, RuleTerms.defaults(), "office", NOW);
        DutyEntry.Act act = new DutyEntry.Act(
                1L,
                7L,
                LocalDate.of(2026, 3, 2),
                DutyCategory.RESEARCH.name(),
                SourceRef.of("committee", "manual", "abc"),
                "调研视察",
                DutyRole.SOLE,
                0);
        return new DutyEntry(act, rs, rs.terms().award(DutyCategory.RESEARCH, DutyRole.SOLE, 0), "office", NOW, null);
    }

    @Test
    void aStandingEntryHoldsItsSourceKeyAndTheRevisionThatScoredIt() {
        DutyEntry e = entry();
        assertFalse(e.voided());
        assertEquals(2026, e.year());
        assertEquals(1, e.ruleSetRevision());
        assertEquals("committee:manual:abc", e.sourceRef());
        assertEquals(new java.math.BigDecimal("4.00"), e.points());
    }

    @Test
    void voidingKeepsTheEntryWithItsReasonAndFreesTheSourceForAReplacement() {
        DutyEntry e = entry();
        e.voidFor(VoidKind.MANUAL, "重复登记", "office", NOW);
        assertTrue(e.voided());
        assertEquals("重复登记", e.voidReason());
        assertEquals(VoidKind.MANUAL, e.voidKind());
        assertEquals(new java.math.BigDecimal("4.00"), e.points());
        assertNull(field(e, "liveKey"));
    }

    @Test
    void anEntryIsVoidedOnlyOnce() {
        DutyEntry e = entry();
        e.voidFor(VoidKind.MANUAL, "重复登记", "office", NOW);
        Problem p = assertThrows(Problem.class, () -> e.voidFor(VoidKind.MANUAL, "again", "office", NOW));
        assertEquals(Problem.Kind.CONFLICT, p.kind());
    }

    @Test
    void aRevisedRuleSetCountsItsRevisions() {
        RuleSet rs = new RuleSet(1L, 2026, RuleTerms.defaults(), "office", NOW);
        rs.revise(RuleTerms.defaults(), "office", NOW);
        assertEquals(2, rs.revision());
    }

    @Test
    void aSourceReferenceRoundTripsAndRefusesForeignCharacters() {
        SourceRef s = SourceRef.parse("inforeport:adoption:17:CITY");
        assertEquals("inforeport", s.module());
        assertEquals("17:CITY", s.key());
        assertThrows(Problem.class, () -> SourceRef.of("committee", "manual", "a b"));
        assertThrows(Problem.class, () -> SourceRef.parse("nokind"));
    }

    private static Object field(Object target, String name) {
        try {
            var f = target.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
