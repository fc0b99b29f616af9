package org.tongxin.platform.web.security;

import java.io.Serializable;

/**
 * What the session remembers of a signed-in person: the login name and the stamp of the credentials it
 * signed in with (roles and the stamp are read per request: when the password changed since, the
 * session is over).
 */
public record SessionIdentity(String username, boolean mustChangePassword, long credentialsStamp)
        implements Serializable {

    public static final String ATTRIBUTE = "tongxin.identity";
    public static final String CONTINUE_ATTRIBUTE = "tongxin.continue";
    public static final String OUTCOME_ATTRIBUTE = "tongxin.login-outcome";
}
