package org.tongxin.duty.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A duty category as the page and the API show it. Built-ins have no names here (the edge names them from its
 * bundle) and their points and cap are the platform's defaults; an organisation's own category carries its names and
 * its standard points and cap (the rule set of a year may score it otherwise).
 */
public record CategoryDetails(
        long id,
        String code,
        boolean builtIn,
        boolean manual,
        boolean deduction,
        Long organisationId,
        String nameZh,
        String nameEn,
        BigDecimal points,
        BigDecimal annualCap,
        boolean retired,
        int version,
        Instant updatedAt,
        String updatedBy)
        implements java.io.Serializable {}
