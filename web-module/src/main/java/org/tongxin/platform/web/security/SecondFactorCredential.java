package org.tongxin.platform.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The code (or recovery code) of the login's second step, for the session's pending login ({@link PendingLogin}). */
public record SecondFactorCredential(String code) implements Credential {}
