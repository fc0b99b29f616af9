package org.tongxin.platform.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * A person who must change their password (first login, after a reset, an expired password) reaches
 * nothing but that change: over the API only {@code GET /api/v1/me} and {@code POST /api/v1/me/password}
 * (anything else answers 403 {@code urn:tongxin:problem:password-change-required}, from
 * {@code PasswordChangeRequiredFilter} inside the API); in the browser only
 * the profile page (with what it needs to render: faces resources, static files, the error pages).
 * Any other page, ajax request, form post or servlet is sent to the profile page. The authentication
 * mechanism marks such a request ({@link #ATTRIBUTE}) from the account's state in the database.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set by the authentication mechanism on a request of a person who must change their password. */
    public static final String ATTRIBUTE = "tongxin.must-change-password";

    private static final Set<String> PAGES =
            Set.of("/profile.xhtml", "/login.xhtml", "/error.xhtml", "/error", "/expired", "/favicon.ico");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(ATTRIBUTE) == null || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (path(request).startsWith("/api/")) {
            chain.doFilter(request, response); // answered inside the API: PasswordChangeRequiredFilter
            return;
        }
        String profile = request.getContextPath() + "/profile.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + profile
                            + "\"/></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", profile);
    }

    /** True for what a person who must change their password may still reach. */
    public static boolean allowed(HttpServletRequest request) {
        String path = path(request);
        if (path.startsWith("/api/")) {
            return "GET".equals(request.getMethod()) && path.equals("/api/v1/me")
                    || "POST".equals(request.getMethod()) && path.equals("/api/v1/me/password");
        }
        return PAGES.contains(path) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** The raw path, not normalised: anything but the exact allowed paths (no ";…", "/../", encodings) is refused. */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
