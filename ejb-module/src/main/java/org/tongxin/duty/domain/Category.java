package org.tongxin.duty.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.tongxin.platform.kernel.Problem;

/**
 * A category of duty, by its code. The built-ins (no organisation) are the ones modules credit; an office adds its
 * own (Yingze's "33216" work method, for example) with names in both languages, standard points and yearly cap, and
 * whether it deducts. A retired category takes no new entries; its entries stay and keep counting.
 */
@Entity
@Cacheable // an organisation's categories are read with every duty record (issue 22); changed through JPA only
@Table(name = "du_category")
public class Category {

    /** The longest a name may be in each language. */
    public static final int MAX_NAME_ZH = 50;

    public static final int MAX_NAME_EN = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "du_category_seq")
    @SequenceGenerator(name = "du_category_seq", sequenceName = "du_category_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = 30, updatable = false)
    private String code;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "built_in", nullable = false, updatable = false)
    private boolean builtIn;

    @Column(nullable = false, updatable = false)
    private boolean manual;

    @Column(nullable = false, updatable = false)
    private boolean deduction;

    @Column(name = "name_zh", length = MAX_NAME_ZH)
    private String nameZh;

    @Column(name = "name_en", length = MAX_NAME_EN)
    private String nameEn;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal points;

    @Column(name = "annual_cap", precision = 7, scale = 2)
    private BigDecimal annualCap;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    protected Category() {}

    /** An organisation's own category; the terms are checked as a rule set checks them. */
    public Category(long organisationId, String code, boolean deduction, Terms terms, String by, Instant at) {
        this.organisationId = organisationId;
        this.code = Objects.requireNonNull(code);
        this.builtIn = false;
        this.manual = true;
        this.deduction = deduction;
        this.retired = false;
        change(terms, by, at);
    }

    /** What an office says about its own category: names, standard points per event and cap per year. */
    public record Terms(String nameZh, String nameEn, BigDecimal points, BigDecimal annualCap) {}

    /** The code of an organisation's n-th own category. */
    public static String code(long organisationId, int n) {
        return "C" + organisationId + "-" + n;
    }

    /** Renames the category and changes its standard terms; a deduction stays a deduction. */
    public void change(Terms terms, String by, Instant at) {
        if (builtIn) {
            throw Problem.conflict("built-in-category", "problem.category.built-in");
        }
        String zh = name(terms.nameZh(), MAX_NAME_ZH, "nameZh");
        String en = name(terms.nameEn(), MAX_NAME_EN, "nameEn");
        RuleTerms.Line line =
                RuleTerms.customLine("points", "annualCap", zh, terms.points(), terms.annualCap(), deduction);
        this.nameZh = zh;
        this.nameEn = en;
        this.points = line.points();
        this.annualCap = line.annualCap();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** No new entries from now on; the entries already made stay and count. */
    public void retire(String by, Instant at) {
        if (builtIn) {
            throw Problem.conflict("built-in-category", "problem.category.built-in");
        }
        if (retired) {
            throw Problem.conflict("already-retired", "problem.category.already-retired");
        }
        this.retired = true;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The category's standard line, as a year without a line of its own scores it. */
    public RuleTerms.Line line() {
        return new RuleTerms.Line(points, annualCap, deduction);
    }

    private static String name(String text, int max, String field) {
        String n = text == null ? "" : text.strip();
        if (n.isEmpty() || n.length() > max) {
            throw Problem.field(field, "invalid-input", "problem.category.name", max);
        }
        return n;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String code() {
        return code;
    }

    public Long organisationId() {
        return organisationId;
    }

    public boolean builtIn() {
        return builtIn;
    }

    public boolean manual() {
        return manual;
    }

    public boolean deduction() {
        return deduction;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public BigDecimal points() {
        return points;
    }

    public BigDecimal annualCap() {
        return annualCap;
    }

    public boolean retired() {
        return retired;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
