package org.tongxin.committee.application;

/** One sector (界别) of an organisation's list. */
public record SectorSummary(long id, long organisationId, String name) implements java.io.Serializable {}
