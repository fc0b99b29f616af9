package org.tongxin.duty.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.platform.kernel.Problem;

class RuleTermsTest {

    private final RuleTerms terms = RuleTerms.defaults();

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static RuleTerms with(DutyCategory category, String points, String cap) {
        EnumMap<DutyCategory, RuleTerms.Line> lines =
                new EnumMap<>(RuleTerms.defaults().lines());
        lines.put(category, new RuleTerms.Line(d(points), cap == null ? null : d(cap)));
        RuleTerms t = RuleTerms.defaults();
        return new RuleTerms(lines, t.firstAuthorPercent(), t.excellentFrom(), t.goodFrom(), t.competentFrom());
    }

    @Test
    void anActDoneAloneEarnsTheWholePoints() {
        RuleTerms.Award a = terms.award(DutyCategory.INFO_ADOPTED_CITY, DutyRole.SOLE, 0);
        assertEquals(d("5.00"), a.points());
        assertEquals(d("100.00"), a.sharePercent());
    }

    @Test
    void jointWorkIsSplitBetweenTheFirstAuthorAndEqualPartsForTheCoAuthors() {
        // defaults: first author 60 %, the other 40 % shared by the co-authors
        assertEquals(
                d("3.00"),
                terms.award(DutyCategory.INFO_ADOPTED_CITY, DutyRole.FIRST_AUTHOR, 2)
                        .points());
        RuleTerms.Award co = terms.award(DutyCategory.INFO_ADOPTED_CITY, DutyRole.CO_AUTHOR, 2);
        assertEquals(d("20.00"), co.sharePercent());
        assertEquals(d("1.00"), co.points());
        // a first author without co-authors did the work alone
        assertEquals(
                d("5.00"),
                terms.award(DutyCategory.INFO_ADOPTED_CITY, DutyRole.FIRST_AUTHOR, 0)
                        .points());
    }

    @Test
    void aCoAuthorNeedsAtLeastOneCoAuthorCounted() {
        Problem p = assertThrows(Problem.class, () -> terms.award(DutyCategory.INFO_SUBMITTED, DutyRole.CO_AUTHOR, 0));
        assertEquals("problem.duty.co-authors", p.messageKey());
    }

    @Test
    void aCategoryCountsNoMoreThanItsCapInAYear() {
        // meetings: 2 points each, at most 20 a year
        assertEquals(d("18"), terms.counted(DutyCategory.MEETING, d("18")));
        assertEquals(d("20.00"), terms.counted(DutyCategory.MEETING, d("26")));
        // adoptions have no cap
        assertEquals(d("500"), terms.counted(DutyCategory.INFO_ADOPTED_NATIONAL, d("500")));
    }

    @Test
    void aDeductionIsCappedInSizeAndLowersTheTotal() {
        // unexcused absence: -5 each, at most 30 deducted
        assertEquals(d("-30.00"), terms.counted(DutyCategory.ABSENCE, d("-45")));
        Map<DutyCategory, BigDecimal> year =
                Map.of(DutyCategory.PLENARY, d("8"), DutyCategory.MEETING, d("30"), DutyCategory.ABSENCE, d("-10"));
        assertEquals(d("18.00"), terms.total(year));
    }

    @Test
    void gradeBandsIncludeTheirLowerBound() {
        assertEquals(Grade.EXCELLENT, terms.grade(d("90")));
        assertEquals(Grade.GOOD, terms.grade(d("89.99")));
        assertEquals(Grade.GOOD, terms.grade(d("80")));
        assertEquals(Grade.COMPETENT, terms.grade(d("60")));
        assertEquals(Grade.NOT_COMPETENT, terms.grade(d("59.99")));
        assertEquals(Grade.NOT_COMPETENT, terms.grade(d("-5")));
    }

    @Test
    void bandsMustDescendAndTheSplitBeAPercentage() {
        RuleTerms t = RuleTerms.defaults();
        Problem bands = assertThrows(Problem.class, () -> new RuleTerms(t.lines(), 60, d("80"), d("80"), d("60")));
        assertEquals("problem.rules.bands", bands.messageKey());
        Problem split = assertThrows(
                Problem.class, () -> new RuleTerms(t.lines(), 101, t.excellentFrom(), t.goodFrom(), t.competentFrom()));
        assertEquals("problem.rules.split", split.messageKey());
    }

    @Test
    void aDeductionCannotBePositiveNorAnAwardNegative() {
        assertEquals(
                "problem.rules.deduction-sign",
                assertThrows(Problem.class, () -> with(DutyCategory.ABSENCE, "5", "30"))
                        .messageKey());
        assertEquals(
                "problem.rules.points-range",
                assertThrows(Problem.class, () -> with(DutyCategory.MEETING, "-2", null))
                        .messageKey());
        assertEquals(
                "problem.rules.cap",
                assertThrows(Problem.class, () -> with(DutyCategory.MEETING, "2", "-1"))
                        .messageKey());
    }

    @Test
    void everyCategoryNeedsItsPoints() {
        EnumMap<DutyCategory, RuleTerms.Line> lines =
                new EnumMap<>(RuleTerms.defaults().lines());
        lines.remove(DutyCategory.STUDY);
        Problem p = assertThrows(Problem.class, () -> new RuleTerms(lines, 60, d("90"), d("80"), d("60")));
        assertEquals(Map.of("rules.STUDY", "problem.rules.points-missing"), p.fieldKeys());
    }

    @Test
    void theNextGradeIsTheOneAboveAndStartsAtItsThreshold() {
        BigDecimal competent = terms.competentFrom();
        BigDecimal good = terms.goodFrom();
        BigDecimal excellent = terms.excellentFrom();
        assertEquals(Grade.COMPETENT, terms.nextGrade(BigDecimal.ZERO));
        assertEquals(competent, terms.from(terms.nextGrade(competent.subtract(d("0.5")))));
        assertEquals(Grade.GOOD, terms.nextGrade(competent), "at the threshold the grade is reached");
        assertEquals(good, terms.from(Grade.GOOD));
        assertEquals(Grade.EXCELLENT, terms.nextGrade(good));
        assertEquals(excellent, terms.from(Grade.EXCELLENT));
        assertEquals(null, terms.nextGrade(excellent), "nothing above the top grade");
        assertEquals(BigDecimal.ZERO, terms.from(Grade.NOT_COMPETENT));
    }
}
