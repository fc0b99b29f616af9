package org.tongxin.platform.application;

import java.util.Set;

/**
 * The answer to a login attempt. Only {@link Outcome#SUCCESS} carries the roles. {@code secondFactorProtected}: the
 * account must prove a second factor (enrolled, or required for its roles), so that a password alone reaches only
 * who-am-I and the token endpoint; {@link AuthenticationService} answers it with every success, so that a signed-in
 * API request needs no second call for it (issue 22).
 */
public record LoginResult(
        Outcome outcome, String username, Set<String> roles, boolean mustChangePassword, boolean secondFactorProtected)
        implements java.io.Serializable {

    /** A result that says nothing of a second factor (not from {@link AuthenticationService}). */
    public LoginResult(Outcome outcome, String username, Set<String> roles, boolean mustChangePassword) {
        this(outcome, username, roles, mustChangePassword, false);
    }

    /** The same result, saying whether the account must prove a second factor. */
    public LoginResult withSecondFactor(boolean isProtected) {
        return new LoginResult(outcome, username, roles, mustChangePassword, isProtected);
    }

    public enum Outcome {
        SUCCESS,
        INVALID,
        LOCKED,
        DISABLED
    }

    public static LoginResult refused(Outcome outcome) {
        return new LoginResult(outcome, null, Set.of(), false);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
