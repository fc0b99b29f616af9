package org.tongxin.duty.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.platform.kernel.Problem;

/** An organisation's own duty categories, and how rule terms score them beside the built-ins. */
class CustomCategoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final String CODE = Category.code(7, 1);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Category method33216() {
        return new Category(
                7, CODE, false, new Category.Terms("“33216”工作法", "33216 method", d("3"), d("9")), "office", NOW);
    }

    private static RuleTerms withOwn(String code, RuleTerms.Line line) {
        Map<String, RuleTerms.Line> own = new LinkedHashMap<>();
        own.put(code, line);
        return RuleTerms.defaults().withCustom(own);
    }

    @Test
    void anOwnCategoryHasAnOrganisationScopedCodeThatNoBuiltInUses() {
        assertEquals("C7-1", CODE);
        assertFalse(RuleTerms.builtIn(CODE));
        assertTrue(RuleTerms.builtIn("PLENARY"));
    }

    @Test
    void anOwnCategoryIsScoredWithItsPointsAndCountsNoMoreThanItsCap() {
        RuleTerms t = withOwn(CODE, method33216().line());
        RuleTerms.Award a = t.award(CODE, DutyRole.SOLE, 0);
        assertEquals(d("3.00"), a.points());
        assertEquals(d("9.00"), t.counted(CODE, d("12.00")), "four acts of 3 count 9 under a cap of 9");
        Map<String, BigDecimal> year = new LinkedHashMap<>();
        year.put(CODE, d("12.00"));
        year.put("PLENARY", d("8.00"));
        assertEquals(d("17.00"), t.total(year));
    }

    @Test
    void anOwnDeductionLowersTheTotalAndIsCappedInSize() {
        Category late = new Category(
                7, Category.code(7, 2), true, new Category.Terms("迟到", "Late", d("-2"), d("4")), "office", NOW);
        RuleTerms t = withOwn(late.code(), late.line());
        assertEquals(d("-2.00"), t.award(late.code(), DutyRole.SOLE, 0).points());
        assertEquals(d("-4.00"), t.counted(late.code(), d("-6.00")));
    }

    @Test
    void anOwnCategoryTakesPointsOfItsSignOnlyAndASensibleCap() {
        Problem positiveDeduction = assertThrows(
                Problem.class,
                () -> new Category(7, "C7-3", true, new Category.Terms("扣分", "Minus", d("2"), null), "o", NOW));
        assertEquals("problem.rules.deduction-sign", positiveDeduction.messageKey());
        Problem negativeAward = assertThrows(
                Problem.class,
                () -> new Category(7, "C7-3", false, new Category.Terms("加分", "Plus", d("-2"), null), "o", NOW));
        assertEquals("problem.rules.points-range", negativeAward.messageKey());
        Problem tooMuch = assertThrows(
                Problem.class,
                () -> new Category(7, "C7-3", false, new Category.Terms("加分", "Plus", d("101"), null), "o", NOW));
        assertEquals("problem.rules.points-range", tooMuch.messageKey());
        Problem cap = assertThrows(
                Problem.class,
                () -> new Category(7, "C7-3", false, new Category.Terms("加分", "Plus", d("1"), d("-1")), "o", NOW));
        assertEquals("problem.rules.cap", cap.messageKey());
        Problem noPoints = assertThrows(
                Problem.class,
                () -> new Category(7, "C7-3", false, new Category.Terms("加分", "Plus", null, null), "o", NOW));
        assertEquals("problem.rules.points-missing", noPoints.messageKey());
    }

    @Test
    void anOwnCategoryNeedsNamesInBothLanguages() {
        Problem zh = assertThrows(
                Problem.class,
                () -> new Category(7, "C7-3", false, new Category.Terms(" ", "Plus", d("1"), null), "o", NOW));
        assertEquals("nameZh", zh.fieldKeys().keySet().iterator().next());
        Problem en = assertThrows(
                Problem.class,
                () -> new Category(7, "C7-3", false, new Category.Terms("加分", "x".repeat(81), d("1"), null), "o", NOW));
        assertEquals("nameEn", en.fieldKeys().keySet().iterator().next());
    }

    @Test
    void aRetiredCategoryCannotBeRetiredAgain() {
        Category c = method33216();
        c.retire("office", NOW);
        assertTrue(c.retired());
        Problem again = assertThrows(Problem.class, () -> c.retire("office", NOW));
        assertEquals(Problem.Kind.CONFLICT, again.kind());
    }

    @Test
    void termsRefuseALineForAnOwnCategoryUnderABuiltInsCode() {
        assertThrows(Problem.class, () -> withOwn("PLENARY", new RuleTerms.Line(d("1"), null)));
    }

    @Test
    void aRuleSetScoresANewCategoryByItsStandardLineUntilTheYearNamesIt() {
        RuleSet rs = new RuleSet(7L, 2026, RuleTerms.defaults(), "office", NOW);
        Category c = method33216();
        Map<String, RuleTerms.Line> catalogue = Map.of(CODE, c.line());
        assertEquals(d("3.00"), rs.terms(catalogue).line(CODE).points());

        rs.addCategory(CODE, c.line());
        assertEquals(1, rs.revision(), "joining the year changes no score, so no revision");
        Map<String, RuleTerms.Line> own = new LinkedHashMap<>();
        own.put(CODE, new RuleTerms.Line(d("5"), null, false));
        rs.revise(rs.terms(catalogue).withCustom(own), "office", NOW);
        RuleTerms revised = rs.terms(catalogue);
        assertEquals(d("5.00"), revised.line(CODE).points(), "the year's own line wins over the standard one");
        assertNull(revised.line(CODE).annualCap());
        assertEquals(2, rs.revision());
    }

    @Test
    void anUnknownCategoryCannotBeAwardedAndCountsUncapped() {
        RuleTerms t = RuleTerms.defaults();
        assertThrows(Problem.class, () -> t.award("C9-9", DutyRole.SOLE, 0));
        assertEquals(d("50.00"), t.counted("C9-9", d("50.00")));
    }
}
