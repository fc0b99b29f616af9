package org.tongxin.platform.web.security;

import java.io.Serializable;

/** What the session remembers of a signed-in person: only the login name; roles are read per request. */
public record SessionIdentity(String username, boolean mustChangePassword) implements Serializable {

    public static final String ATTRIBUTE = "tongxin.identity";
    public static final String CONTINUE_ATTRIBUTE = "tongxin.continue";
    public static final String OUTCOME_ATTRIBUTE = "tongxin.login-outcome";
}
