package org.tongxin.platform.application;

import java.util.Set;

/**
 * What a signed-in page session checks on every request: the account's roles, the stamp of its
 * credentials (a session signed in under another stamp is over: the password changed since) and
 * whether the person must change the password first, or enrol a second factor first.
 */
public record SessionState(
        Set<String> roles, long credentialsStamp, boolean mustChangePassword, boolean mustEnrolSecondFactor)
        implements java.io.Serializable {}
