package org.tongxin.inforeport.application;

import java.util.Map;

/**
 * The headline figures of an organisation's information work over a period, as {@link ReportStats} counts them:
 * received, adopted, forwarded, declined, and the instructions on what it adopted by level.
 */
public record ReportTotals(long received, long adopted, long forwarded, long declined, Map<String, Long> instructions)
        implements java.io.Serializable {}
