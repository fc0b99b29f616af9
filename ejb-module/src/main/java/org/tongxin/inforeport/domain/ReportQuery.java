package org.tongxin.inforeport.domain;

/** Filters of a report list; nulls mean "any". {@code q} looks in titles, bodies and proposals. */
public record ReportQuery(ReportState state, String topic, String q) {
}
