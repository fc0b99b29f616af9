package org.tongxin.platform.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tongxin.platform.application.AuditContext;

/**
 * For every request: binds who acts and from where for the audit trail, and keeps answers other than
 * static resources out of caches. The security headers (Content-Security-Policy, nosniff, framing,
 * referrer, HSTS) are set for every answer by the server's handler (server-module,
 * org.tongxin.server.SecurityHeadersHandler), which also sees the answers that never reach a filter.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        try (AuditContext.Scope ignored = AuditContext.bind(request.getRemoteUser(), request.getRemoteAddr())) {
            chain.doFilter(request, response);
        }
    }
}
