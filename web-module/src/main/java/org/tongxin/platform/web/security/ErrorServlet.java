package org.tongxin.platform.web.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.tongxin.platform.application.AuditService;
import org.tongxin.platform.web.Texts;

/**
 * Where the container sends its errors (web.xml error-page). A request to the API gets
 * application/problem+json in the caller's language, never an HTML page or a stack trace; a page
 * request gets the friendly error page.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Set by the authentication mechanism: the bundle key of why a login was refused. */
    public static final String PROBLEM_KEY = "tongxin.problem-key";
    public static final String PROBLEM_TYPE = "tongxin.problem-type";

    @EJB
    transient AuditService audit;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status == null ? 500 : status;
        if (code == 403) {
            audit.recordSecurityEvent("ACCESS_DENIED", request.getRemoteUser(), Json.createObjectBuilder()
                    .add("method", request.getMethod()).add("path", uri == null ? "" : uri).build().toString());
        }
        if (uri == null || !uri.startsWith(request.getContextPath() + "/api/")) {
            request.getRequestDispatcher("/error.xhtml").forward(request, response);
            return;
        }
        Locale locale = request.getHeader("Accept-Language") == null ? Texts.CHINESE : Texts.choose(request.getLocales());
        String key = (String) request.getAttribute(PROBLEM_KEY);
        String type = (String) request.getAttribute(PROBLEM_TYPE);
        if (key == null) {
            key = switch (code) {
                case 401 -> "problem.unauthenticated";
                case 403 -> "problem.forbidden";
                case 404 -> "problem.no-such-resource";
                case 405 -> "problem.http";
                default -> code >= 500 ? "problem.internal" : "problem.http";
            };
            type = switch (code) {
                case 401 -> "unauthenticated";
                case 403 -> "forbidden";
                case 404 -> "not-found";
                default -> code >= 500 ? "internal" : "http-" + code;
            };
        }
        response.setStatus(code);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "urn:tongxin:problem:" + type)
                .add("title", Texts.get(locale, key, code))
                .add("status", code)
                .build().toString());
    }
}
