package org.tongxin.duty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Points per event of one category, and the most the category may count in a year (null: no cap). */
@Embeddable
public class Rule {

    @Column(name = "points", nullable = false, precision = 6, scale = 2)
    private BigDecimal points;

    @Column(name = "annual_cap", precision = 7, scale = 2)
    private BigDecimal annualCap;

    protected Rule() {}

    public Rule(BigDecimal points, BigDecimal annualCap) {
        this.points = points;
        this.annualCap = annualCap;
    }

    public BigDecimal points() {
        return points;
    }

    public BigDecimal annualCap() {
        return annualCap;
    }
}
