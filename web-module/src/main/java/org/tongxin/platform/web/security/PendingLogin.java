package org.tongxin.platform.web.security;

import java.io.Serializable;

/**
 * A login whose password was right, waiting in the session for the second factor's code: the session is
 * not signed in until then. It keeps only the name (the password is not kept anywhere).
 */
public record PendingLogin(String username, boolean mustChangePassword, long since) implements Serializable {

    public static final String ATTRIBUTE = "tongxin.pending-login";

    /** Request attribute set when a form login needs its second step (the login page goes to it). */
    public static final String NEEDS_CODE = "tongxin.needs-code";

    /** A pending login expires: the code must follow the password within five minutes. */
    public boolean expired(long nowMillis) {
        return nowMillis - since > 5 * 60 * 1000L;
    }
}
