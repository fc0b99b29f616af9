package org.tongxin.platform.application;

import java.util.Set;

/** The answer to a login attempt. Only {@link Outcome#SUCCESS} carries the roles. */
public record LoginResult(Outcome outcome, String username, Set<String> roles, boolean mustChangePassword)
        implements java.io.Serializable {

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
