package org.tongxin.remote.client;

import java.io.Serializable;
import java.math.BigDecimal;

/** The standing ledger entry of a credit: its id, points and source, and whether this call created it. */
public record RemoteDutyReceipt(
        long entryId, long memberId, String category, BigDecimal points, String source, boolean created)
        implements Serializable {}
