package org.tongxin.platform.application;

/** Fired when a mail was queued; observed after a successful commit to send it at once rather than at the next tick. */
public record MailQueued(long accountId) implements java.io.Serializable {}
