package org.tongxin.duty.application;

import java.math.BigDecimal;

/** What a credit from another system wrote: the standing entry, its points, and whether this call created it. */
public record SystemCredit(
        long entryId, long memberId, String category, BigDecimal points, String source, boolean created)
        implements java.io.Serializable {}
