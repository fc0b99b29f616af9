package org.tongxin.consultation.application;

/**
 * An organisation's shape of a year's consultations; {@code own} false: the default (1 / 3 / 6 / 0) applies, and
 * {@code version} is null until the office sets one.
 */
public record ShapeDetails(
        long organisationId, int plenary, int standing, int monthly, int otherMin, boolean own, Integer version)
        implements java.io.Serializable {}
