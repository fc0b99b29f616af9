package org.tongxin.duty.application;

import java.math.BigDecimal;

/**
 * A new category of an organisation's own, or the change of one: names in both languages, standard points per event
 * (zero or negative for a deduction), cap per year (null: none) and whether it deducts (fixed once created).
 */
public record CategoryChange(String nameZh, String nameEn, BigDecimal points, BigDecimal annualCap, Boolean deduction)
        implements java.io.Serializable {}
