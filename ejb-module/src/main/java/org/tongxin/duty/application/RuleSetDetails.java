package org.tongxin.duty.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An organisation's rule set for a year as the page and the API show it. Revision 0 means none has
 * been published yet and the platform's defaults apply.
 */
public record RuleSetDetails(
        long organisationId,
        int year,
        int revision,
        int firstAuthorPercent,
        BigDecimal excellentFrom,
        BigDecimal goodFrom,
        BigDecimal competentFrom,
        List<Line> rules,
        Instant updatedAt,
        String updatedBy)
        implements java.io.Serializable {

    public record Line(String category, boolean manual, BigDecimal points, BigDecimal annualCap)
            implements java.io.Serializable {}
}
