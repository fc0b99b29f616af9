package org.tongxin.platform.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Two gates of the second factor (issue 15). A page session of an account that needs a second factor and
 * has none (an administrator's first login, after a reset) reaches only the enrolment page (after the
 * password change, when that is due too). An API request authenticated by HTTP Basic alone for an account
 * protected by a second factor answers {@code 403 urn:tongxin:problem:second-factor-required}, except
 * {@code GET /api/v1/me} (who am I), {@code POST /api/v1/auth/token} (where the code is given), the
 * password change and the enrolment of a second factor (refused once one is enrolled). The
 * authentication mechanism marks such requests.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecondFactorGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set on a page request of a session that must enrol a second factor first. */
    public static final String MUST_ENROL = "tongxin.must-enrol-second-factor";

    /** Set on an API request authenticated by a password alone for an account protected by a second factor. */
    public static final String BASIC_ONLY = "tongxin.basic-without-second-factor";

    public static final String ENROLMENT_PAGE = "/second-factor.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getAttribute(BASIC_ONLY) != null
                && request.getAttribute(PasswordChangeGate.ATTRIBUTE) == null // the password change comes first
                && !basicAllowed(request.getMethod(), path)) {
            request.setAttribute(ErrorServlet.PROBLEM_KEY, "problem.second-factor.required");
            request.setAttribute(ErrorServlet.PROBLEM_TYPE, "second-factor-required");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (request.getAttribute(MUST_ENROL) == null
                || request.getAttribute(PasswordChangeGate.ATTRIBUTE) != null // the password change comes first
                || path.equals(ENROLMENT_PAGE)
                || path.startsWith("/api/")
                || PasswordChangeGate.allowed(request) && !path.equals("/profile.xhtml")) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + ENROLMENT_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + target
                            + "\"/></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }

    /** What HTTP Basic alone still reaches for an account protected by a second factor. */
    static boolean basicAllowed(String method, String path) {
        return "GET".equals(method) && path.equals("/api/v1/me")
                || "POST".equals(method)
                        && (path.equals("/api/v1/auth/token")
                                || path.equals("/api/v1/me/password")
                                // enrolment: the service refuses it once a second factor is enrolled
                                || path.equals("/api/v1/me/second-factor")
                                || path.equals("/api/v1/me/second-factor/confirm"));
    }
}
