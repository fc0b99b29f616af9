package org.tongxin.duty.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.platform.kernel.OrganisationOwned;

/**
 * 履职考核办法: an organisation's rule set for one year. Each save raises the revision; ledger entries
 * name the revision that gave their points.
 */
@Entity
@Cacheable // read with every duty record (issue 22); saved a few times a year, through JPA (which updates the cache)
@Table(name = "cm_rule_set")
public class RuleSet implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_rule_set_seq")
    @SequenceGenerator(name = "cm_rule_set_seq", sequenceName = "cm_rule_set_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "year_no", nullable = false)
    private int year;

    @Column(nullable = false)
    private int revision;

    @Column(name = "first_author_percent", nullable = false)
    private int firstAuthorPercent;

    @Column(name = "excellent_from", nullable = false, precision = 7, scale = 2)
    private BigDecimal excellentFrom;

    @Column(name = "good_from", nullable = false, precision = 7, scale = 2)
    private BigDecimal goodFrom;

    @Column(name = "competent_from", nullable = false, precision = 7, scale = 2)
    private BigDecimal competentFrom;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "cm_rule", joinColumns = @JoinColumn(name = "rule_set_id"))
    @MapKeyColumn(name = "category", length = 30)
    private Map<String, Rule> rules = new HashMap<>();

    protected RuleSet() {}

    public RuleSet(long organisationId, int year, RuleTerms terms, String by, Instant at) {
        this.organisationId = organisationId;
        this.year = year;
        this.revision = 0;
        apply(terms, by, at);
    }

    /** Publishes new terms for the year as the next revision. */
    public void revise(RuleTerms terms, String by, Instant at) {
        apply(terms, by, at);
    }

    private void apply(RuleTerms terms, String by, Instant at) {
        revision++;
        firstAuthorPercent = terms.firstAuthorPercent();
        excellentFrom = terms.excellentFrom();
        goodFrom = terms.goodFrom();
        competentFrom = terms.competentFrom();
        rules.clear();
        terms.allLines().forEach((c, l) -> rules.put(c, new Rule(l.points(), l.annualCap())));
        updatedBy = by;
        updatedAt = at;
    }

    /**
     * A category added after this year began, which cannot have entries yet: it joins the year's terms with its
     * standard line, without a new revision (no score changes).
     */
    public void addCategory(String code, RuleTerms.Line line) {
        rules.putIfAbsent(code, new Rule(line.points(), line.annualCap()));
    }

    /** The terms with the built-in categories only (see {@link #terms(Map)}). */
    public RuleTerms terms() {
        return terms(Map.of());
    }

    /**
     * The terms of the year: the built-ins' lines, and a line for each of the organisation's own categories given
     * with their standard lines (the year's own line where it has one).
     */
    public RuleTerms terms(Map<String, RuleTerms.Line> ownCategories) {
        EnumMap<DutyCategory, RuleTerms.Line> lines = new EnumMap<>(DutyCategory.class);
        RuleTerms defaults = null;
        for (DutyCategory c : DutyCategory.values()) {
            Rule r = rules.get(c.name());
            if (r == null) {
                // a category added to the platform after this rule set was saved starts at the defaults
                defaults = defaults == null ? RuleTerms.defaults() : defaults;
                lines.put(c, defaults.line(c));
            } else {
                lines.put(c, new RuleTerms.Line(r.points(), r.annualCap()));
            }
        }
        Map<String, RuleTerms.Line> own = new LinkedHashMap<>();
        ownCategories.forEach((code, standard) -> {
            Rule r = rules.get(code);
            own.put(code, r == null ? standard : new RuleTerms.Line(r.points(), r.annualCap(), standard.deduction()));
        });
        return new RuleTerms(lines, firstAuthorPercent, excellentFrom, goodFrom, competentFrom, own);
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public int year() {
        return year;
    }

    public int revision() {
        return revision;
    }

    public int version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
