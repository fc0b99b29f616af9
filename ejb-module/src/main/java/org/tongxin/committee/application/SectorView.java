package org.tongxin.committee.application;

/** One sector (界别) of an organisation's list. */
public record SectorView(long id, long organisationId, String name) {
}
