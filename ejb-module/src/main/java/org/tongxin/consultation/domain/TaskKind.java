package org.tongxin.consultation.domain;

/** What an entry of an approved item's task list (责任清单) asks: research first, then the consultation, then its report. */
public enum TaskKind {
    /** 议前调研: by the day before the planned month begins (不调研不协商). */
    RESEARCH,
    /** 组织协商: by the end of the planned month. */
    CONSULT,
    /** 报送协商成果: by the end of the month after. */
    REPORT
}
