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

    /**
     * Where a login that has just completed goes: the password change when it is due, else the page the
     * person wanted before the login (only a path of this application), else the home page. The
     * remembered page is spent.
     */
    public static String landingPage(jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession();
        SessionIdentity identity = (SessionIdentity) session.getAttribute(ATTRIBUTE);
        Object target = session.getAttribute(CONTINUE_ATTRIBUTE);
        session.removeAttribute(CONTINUE_ATTRIBUTE);
        String context = request.getContextPath();
        if (identity != null && identity.mustChangePassword()) {
            return context + "/profile.xhtml";
        }
        return target instanceof String t && t.startsWith(context + "/") && !t.startsWith("//")
                ? t
                : context + "/index.xhtml";
    }
}
