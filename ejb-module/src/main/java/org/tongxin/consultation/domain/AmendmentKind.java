package org.tongxin.consultation.domain;

/** What an amendment of an approved plan does to its items. */
public enum AmendmentKind {
    ADD,
    CHANGE,
    REMOVE
}
