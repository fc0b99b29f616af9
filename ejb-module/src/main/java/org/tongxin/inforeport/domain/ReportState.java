package org.tongxin.inforeport.domain;

/** Where a report stands at the level that holds it. */
public enum ReportState {
    DRAFT, SUBMITTED, EDITING, RETURNED, DECLINED, ADOPTED
}
