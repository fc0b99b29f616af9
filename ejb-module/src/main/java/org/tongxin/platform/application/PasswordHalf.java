package org.tongxin.platform.application;

/**
 * One half of a dual-controlled one-time password, shown once to the administrator it belongs to:
 * {@code half} 1 is the requester's (first), 2 the approver's (second); the person types the first
 * half followed by the second. {@code passwordHalf} is null when there is nothing (more) to show.
 */
public record PasswordHalf(PasswordResetSummary request, String passwordHalf, Integer half)
        implements java.io.Serializable {}
