package org.tongxin.duty.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.platform.kernel.Problem;

/**
 * What a rule set says, as a value: points per event and yearly cap per category, the split of joint
 * work between the first author and the co-authors, and the grade bands. It awards the points of one
 * act and scores a year; it holds no state, so a draft can be tried against the ledger before it is
 * saved. Every built-in category has a line; an organisation's own categories have theirs in
 * {@code custom}, by code.
 */
public record RuleTerms(
        Map<DutyCategory, Line> lines,
        int firstAuthorPercent,
        BigDecimal excellentFrom,
        BigDecimal goodFrom,
        BigDecimal competentFrom,
        Map<String, Line> custom) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);

    /**
     * One category's rule: points per event (negative for a deduction) and cap per year (null: none). For an
     * organisation's own category, {@code deduction} says which sign its points take (null: not known yet, as in a
     * line a client sent before the service completes it from the category).
     */
    public record Line(BigDecimal points, BigDecimal annualCap, Boolean deduction) {

        public Line(BigDecimal points, BigDecimal annualCap) {
            this(points, annualCap, null);
        }
    }

    /** Terms with the built-in categories only. */
    public RuleTerms(
            Map<DutyCategory, Line> lines,
            int firstAuthorPercent,
            BigDecimal excellentFrom,
            BigDecimal goodFrom,
            BigDecimal competentFrom) {
        this(lines, firstAuthorPercent, excellentFrom, goodFrom, competentFrom, Map.of());
    }

    /** The points one act earns under these terms, and how they came about. */
    public record Award(BigDecimal basePoints, BigDecimal sharePercent, BigDecimal points) {}

    public RuleTerms {
        EnumMap<DutyCategory, Line> copy = new EnumMap<>(DutyCategory.class);
        for (DutyCategory c : DutyCategory.values()) {
            Line line = lines == null ? null : lines.get(c);
            if (line == null || line.points() == null) {
                throw Problem.field(
                        "rules." + c.name(),
                        "invalid-rule-set",
                        "problem.rules.points-missing",
                        "category." + c.name());
            }
            BigDecimal points = line.points().setScale(2, RoundingMode.HALF_UP);
            boolean deduction = c == DutyCategory.ABSENCE;
            if (points.abs().compareTo(MAX_POINTS) > 0 || (deduction ? points.signum() > 0 : points.signum() < 0)) {
                throw Problem.field(
                        "rules." + c.name(),
                        "invalid-rule-set",
                        deduction ? "problem.rules.deduction-sign" : "problem.rules.points-range",
                        "category." + c.name());
            }
            BigDecimal cap = line.annualCap() == null ? null : line.annualCap().setScale(2, RoundingMode.HALF_UP);
            if (cap != null && (cap.signum() < 0 || cap.compareTo(BigDecimal.valueOf(10_000)) > 0)) {
                throw Problem.field(
                        "rules." + c.name(), "invalid-rule-set", "problem.rules.cap", "category." + c.name());
            }
            copy.put(c, new Line(points, cap));
        }
        lines = Collections.unmodifiableMap(copy);
        Map<String, Line> own = new LinkedHashMap<>();
        if (custom != null) {
            custom.forEach((code, l) -> {
                if (code == null || code.isBlank() || builtIn(code)) {
                    throw Problem.field("rules." + code, "invalid-rule-set", "problem.member.unknown-value", code);
                }
                own.put(
                        code,
                        customLine(
                                code,
                                code,
                                l == null ? null : l.points(),
                                l == null ? null : l.annualCap(),
                                l == null ? null : l.deduction()));
            });
        }
        custom = Collections.unmodifiableMap(own);
        if (firstAuthorPercent < 0 || firstAuthorPercent > 100) {
            throw Problem.field("firstAuthorPercent", "invalid-rule-set", "problem.rules.split");
        }
        if (excellentFrom == null
                || goodFrom == null
                || competentFrom == null
                || competentFrom.signum() < 0
                || goodFrom.compareTo(competentFrom) <= 0
                || excellentFrom.compareTo(goodFrom) <= 0) {
            throw Problem.field("bands", "invalid-rule-set", "problem.rules.bands");
        }
        excellentFrom = excellentFrom.setScale(2, RoundingMode.HALF_UP);
        goodFrom = goodFrom.setScale(2, RoundingMode.HALF_UP);
        competentFrom = competentFrom.setScale(2, RoundingMode.HALF_UP);
    }

    /** The terms a new organisation starts a year with, until its office staff publish their own. */
    public static RuleTerms defaults() {
        EnumMap<DutyCategory, Line> l = new EnumMap<>(DutyCategory.class);
        l.put(DutyCategory.PLENARY, line(8, 16));
        l.put(DutyCategory.STANDING_MEETING, line(4, 24));
        l.put(DutyCategory.MEETING, line(2, 20));
        l.put(DutyCategory.RESEARCH, line(4, 24));
        l.put(DutyCategory.ENTERPRISE_VISIT, line(2, 12));
        l.put(DutyCategory.PUBLIC_WELFARE, line(2, 12));
        l.put(DutyCategory.ABSENCE, line(-5, 30));
        l.put(DutyCategory.STUDY, line(2, 20));
        l.put(DutyCategory.CONCERN, line(1, 10));
        l.put(DutyCategory.INFO_SUBMITTED, line(1, 10));
        l.put(DutyCategory.INFO_ADOPTED_COUNTY, line(3, -1));
        l.put(DutyCategory.INFO_ADOPTED_CITY, line(5, -1));
        l.put(DutyCategory.INFO_ADOPTED_PROVINCE, line(10, -1));
        l.put(DutyCategory.INFO_ADOPTED_NATIONAL, line(20, -1));
        l.put(DutyCategory.INSTRUCTION_COUNTY, line(5, -1));
        l.put(DutyCategory.INSTRUCTION_CITY, line(8, -1));
        l.put(DutyCategory.INSTRUCTION_PROVINCE, line(15, -1));
        l.put(DutyCategory.INSTRUCTION_NATIONAL, line(30, -1));
        l.put(DutyCategory.PROPOSAL, line(3, 15));
        l.put(DutyCategory.CONSULTATION, line(3, 18));
        l.put(DutyCategory.CONSULTATION_SPEECH, line(4, 16));
        l.put(DutyCategory.CONSULTATION_RESEARCH, line(3, 18));
        l.put(DutyCategory.GRASSROOTS_CONSULTATION, line(2, 12));
        l.put(DutyCategory.KEY_PROPOSAL, line(5, 20));
        l.put(DutyCategory.PROPOSAL_INSTRUCTION, line(5, 30));
        return new RuleTerms(l, 60, BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60));
    }

    private static Line line(int points, int cap) {
        return new Line(BigDecimal.valueOf(points), cap < 0 ? null : BigDecimal.valueOf(cap));
    }

    /**
     * Checks one line of an organisation's own category as the built-ins' lines are checked: points present and at
     * most 100 in size, of the sign the category takes (when known), a cap between 0 and 10000; answers it scaled.
     */
    public static Line customLine(
            String code, String name, BigDecimal points, BigDecimal annualCap, Boolean deduction) {
        return customLine("rules." + code, "rules." + code, name, points, annualCap, deduction);
    }

    /** The same check, naming the fields in error (a category's own {@code points} and {@code annualCap}). */
    public static Line customLine(
            String pointsField,
            String capField,
            String name,
            BigDecimal points,
            BigDecimal annualCap,
            Boolean deduction) {
        if (points == null) {
            throw Problem.field(pointsField, "invalid-rule-set", "problem.rules.points-missing", name);
        }
        BigDecimal p = points.setScale(2, RoundingMode.HALF_UP);
        if (p.abs().compareTo(MAX_POINTS) > 0) {
            throw Problem.field(pointsField, "invalid-rule-set", "problem.rules.points-range", name);
        }
        if (deduction != null && (deduction ? p.signum() > 0 : p.signum() < 0)) {
            throw Problem.field(
                    pointsField,
                    "invalid-rule-set",
                    deduction ? "problem.rules.deduction-sign" : "problem.rules.points-range",
                    name);
        }
        BigDecimal cap = annualCap == null ? null : annualCap.setScale(2, RoundingMode.HALF_UP);
        if (cap != null && (cap.signum() < 0 || cap.compareTo(BigDecimal.valueOf(10_000)) > 0)) {
            throw Problem.field(capField, "invalid-rule-set", "problem.rules.cap", name);
        }
        return new Line(p, cap, deduction);
    }

    /** Whether the code names a built-in category. */
    public static boolean builtIn(String code) {
        for (DutyCategory c : DutyCategory.values()) {
            if (c.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The same terms with these lines of the organisation's own categories instead of the ones they had. */
    public RuleTerms withCustom(Map<String, Line> own) {
        return new RuleTerms(lines, firstAuthorPercent, excellentFrom, goodFrom, competentFrom, own);
    }

    public Line line(DutyCategory category) {
        return lines.get(category);
    }

    /** The line of a category by its code, built-in or the organisation's own (null: none). */
    public Line line(String code) {
        return builtIn(code) ? lines.get(DutyCategory.valueOf(code)) : custom.get(code);
    }

    /** Every line by code: the built-ins first, in their order, then the organisation's own. */
    public Map<String, Line> allLines() {
        Map<String, Line> all = new LinkedHashMap<>();
        lines.forEach((c, l) -> all.put(c.name(), l));
        all.putAll(custom);
        return all;
    }

    /**
     * The points of one act: the category's points, times the member's share of joint work. Alone,
     * or first author without co-authors, the whole; first author of joint work, the first author's
     * percentage; each co-author an equal part of the rest.
     */
    public Award award(DutyCategory category, DutyRole role, int coAuthors) {
        return award(category.name(), role, coAuthors);
    }

    /** The points of one act of the category with this code (see {@link #award(DutyCategory, DutyRole, int)}). */
    public Award award(String category, DutyRole role, int coAuthors) {
        if (coAuthors < 0 || (role == DutyRole.CO_AUTHOR && coAuthors == 0)) {
            throw Problem.field("coAuthors", "invalid-input", "problem.duty.co-authors");
        }
        Line line = line(category);
        if (line == null) {
            throw Problem.field("category", "invalid-input", "problem.member.unknown-value", category);
        }
        BigDecimal base = line.points();
        BigDecimal share;
        if (role == DutyRole.SOLE || coAuthors == 0) {
            share = HUNDRED;
        } else if (role == DutyRole.FIRST_AUTHOR) {
            share = BigDecimal.valueOf(firstAuthorPercent);
        } else {
            share = BigDecimal.valueOf(100L - firstAuthorPercent)
                    .divide(BigDecimal.valueOf(coAuthors), 2, RoundingMode.HALF_UP);
        }
        share = share.setScale(2, RoundingMode.HALF_UP);
        BigDecimal points = base.multiply(share).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new Award(base, share, points);
    }

    /** What a category's points of one year count after its cap (a deduction is capped in size). */
    public BigDecimal counted(DutyCategory category, BigDecimal subtotal) {
        return counted(category.name(), subtotal);
    }

    /** What the points of one year of the category with this code count after its cap (no line: uncapped). */
    public BigDecimal counted(String category, BigDecimal subtotal) {
        Line line = line(category);
        BigDecimal cap = line == null ? null : line.annualCap();
        if (cap == null || subtotal.abs().compareTo(cap) <= 0) {
            return subtotal;
        }
        return subtotal.signum() < 0 ? cap.negate() : cap;
    }

    /** A year's total from the subtotals per category (keyed by category or by code), each after its cap. */
    public BigDecimal total(Map<?, BigDecimal> subtotals) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<?, BigDecimal> e : subtotals.entrySet()) {
            String code = e.getKey() instanceof DutyCategory c ? c.name() : String.valueOf(e.getKey());
            total = total.add(counted(code, e.getValue()));
        }
        return total;
    }

    /** The grade above the one this total gives, or null at the top: what a member works towards (issue 20). */
    public Grade nextGrade(BigDecimal total) {
        return switch (grade(total)) {
            case NOT_COMPETENT -> Grade.COMPETENT;
            case COMPETENT -> Grade.GOOD;
            case GOOD -> Grade.EXCELLENT;
            case EXCELLENT -> null;
        };
    }

    /** The points a grade starts at (zero for the lowest). */
    public BigDecimal from(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> excellentFrom;
            case GOOD -> goodFrom;
            case COMPETENT -> competentFrom;
            case NOT_COMPETENT -> BigDecimal.ZERO;
        };
    }

    public Grade grade(BigDecimal total) {
        if (total.compareTo(excellentFrom) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(goodFrom) >= 0) {
            return Grade.GOOD;
        }
        if (total.compareTo(competentFrom) >= 0) {
            return Grade.COMPETENT;
        }
        return Grade.NOT_COMPETENT;
    }
}
