package org.tongxin.platform.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.tongxin.platform.application.LoginResult;
import org.tongxin.platform.application.LoginThrottle;
import org.tongxin.platform.application.TooManyAttempts;
import org.tongxin.platform.web.Pages;
import org.tongxin.platform.web.Texts;

/**
 * The login throttle ({@link LoginThrottle}) at the HTTP edge: every password check of the
 * authentication mechanism passes here, and a refused one is answered {@code 429} with
 * {@code Retry-After} at once: {@code urn:tongxin:problem:too-many-requests} for the API, a message on
 * the login page. Signed-in page sessions never come here.
 */
public final class LoginGate {

    /** Request attribute: the refusal of a form login, for the login page. */
    static final String REFUSED = "tongxin.login-refused";

    private LoginGate() {
    }

    /** Runs {@code check} if the throttle admits it, and counts its outcome; throws {@link TooManyAttempts} if not. */
    static LoginResult check(LoginThrottle throttle, HttpServletRequest request, String username, String password,
            boolean api, Supplier<LoginResult> check) {
        try (LoginThrottle.Attempt attempt = throttle.admit(username, password, request.getRemoteAddr(), api)) {
            return attempt.record(check.get());
        }
    }

    /** Answers a refused attempt: nothing in it depends on the login name, known or not. */
    static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, boolean api,
            TooManyAttempts refusal) {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
        if (api) {
            Locale locale = request.getHeader("Accept-Language") == null ? Texts.CHINESE : Texts.choose(request.getLocales());
            response.setContentType("application/problem+json;charset=UTF-8");
            try {
                response.getWriter().write(Json.createObjectBuilder()
                        .add("type", "urn:tongxin:problem:too-many-requests")
                        .add("title", Texts.get(locale, "problem.too-many-requests"))
                        .add("status", 429)
                        .build().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            request.setAttribute(REFUSED, refusal);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * For the login page after a failed authentication: true, with the message added and the answer
     * kept at 429, when the attempt was refused by the throttle rather than checked.
     */
    public static boolean refused(FacesContext faces, HttpServletRequest request) {
        if (!(request.getAttribute(REFUSED) instanceof TooManyAttempts refusal)) {
            return false;
        }
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                Pages.text("login.too-many", refusal.retryAfterSeconds()), null));
        faces.validationFailed();
        return true;
    }
}
