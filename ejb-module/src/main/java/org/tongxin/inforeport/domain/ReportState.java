package org.tongxin.inforeport.domain;

/** Where a report stands at the level that holds it; MERGED: taken into a combined report (综合稿). */
public enum ReportState {
    DRAFT,
    SUBMITTED,
    EDITING,
    RETURNED,
    DECLINED,
    ADOPTED,
    MERGED
}
