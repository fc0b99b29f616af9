package org.tongxin.consultation.domain;

/** Where a grassroots topic was collected: a concern of the diary (民情日记), a contact point, or typed by the office. */
public enum GrassrootsSource {
    CONCERN,
    POINT,
    OFFICE
}
