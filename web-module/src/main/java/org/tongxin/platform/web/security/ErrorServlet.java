package org.tongxin.platform.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.tongxin.platform.application.AuditService;
import org.tongxin.platform.kernel.Jsonp;
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
            audit.recordSecurityEvent(
                    "ACCESS_DENIED",
                    request.getRemoteUser(),
                    Jsonp.createObjectBuilder()
                            .add("method", request.getMethod())
                            .add("path", uri == null ? "" : uri)
                            .build()
                            .toString());
        }
        Locale locale =
                request.getHeader("Accept-Language") == null ? Texts.CHINESE : Texts.choose(request.getLocales());
        boolean api = uri != null && uri.startsWith(request.getContextPath() + "/api/");
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (code >= 500 && error != null && org.tongxin.platform.web.DatabaseDown.in(error)) {
            unavailable(api, locale, response);
            return;
        }
        if (!api) {
            request.getRequestDispatcher("/error.xhtml").forward(request, response);
            return;
        }
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
        problem(response, code, type, Texts.get(locale, key, code));
    }

    /**
     * The database is out of reach: 503 with Retry-After, as problem+json for the API and as a page that
     * needs nothing but this servlet (the usual error page would reach for the database again).
     */
    static void unavailable(boolean api, Locale locale, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(org.tongxin.platform.web.DatabaseDown.RETRY_AFTER_SECONDS));
        String title = Texts.get(locale, "problem.unavailable");
        if (api) {
            problem(response, 503, "service-unavailable", title);
            return;
        }
        response.setStatus(503);
        response.setContentType("text/html;charset=UTF-8");
        String lang = locale.getLanguage().equals("en") ? "en" : "zh-CN";
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"><title>" + title
                        + "</title></head><body style=\"font-family:sans-serif;margin:4rem auto;max-width:36rem\"><h1 id=\"unavailable\">"
                        + title + "</h1><p>" + Texts.get(locale, "problem.unavailable.page") + "</p></body></html>");
    }

    private static void problem(HttpServletResponse response, int code, String type, String title) throws IOException {
        response.setStatus(code);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter()
                .write(Jsonp.createObjectBuilder()
                        .add("type", "urn:tongxin:problem:" + type)
                        .add("title", title)
                        .add("status", code)
                        .build()
                        .toString());
    }
}
