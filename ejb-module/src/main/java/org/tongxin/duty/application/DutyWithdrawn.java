package org.tongxin.duty.application;

/**
 * The act behind a source was withdrawn in its module (an adoption voided, a check-in undone): fired
 * as a CDI event, observed in the same transaction; every standing entry of that source is voided with
 * the reason given.
 */
public record DutyWithdrawn(SourceRef source, String reason) implements java.io.Serializable {}
