package org.tongxin.platform.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.tongxin.platform.application.LoginResult;
import org.tongxin.platform.application.LoginThrottle;
import org.tongxin.platform.application.TooManyAttempts;
import org.tongxin.platform.web.Pages;

/**
 * The login throttle ({@link LoginThrottle}) at the HTTP edge: every password check of the
 * authentication mechanism passes here, and a refused one is answered {@code 429} with
 * {@code Retry-After} at once: {@code urn:tongxin:problem:too-many-requests} for the API, a message on
 * the login page. Signed-in page sessions never come here.
 */
public final class LoginGate {

    /** Request attribute: the refusal of a form login, for the login page. */
    static final String REFUSED = "tongxin.login-refused";

    private LoginGate() {}

    /** Runs {@code check} if the throttle admits it, and counts its outcome; throws {@link TooManyAttempts} if not. */
    static LoginResult check(
            LoginThrottle throttle,
            HttpServletRequest request,
            String username,
            String password,
            boolean api,
            Supplier<LoginResult> check) {
        try (LoginThrottle.Attempt attempt = throttle.admit(username, password, request.getRemoteAddr(), api)) {
            return attempt.record(check.get());
        }
    }

    /**
     * Answers a refused attempt, nothing in it depending on the login name, known or not: 429 with
     * Retry-After; the API's problem body comes from the error page ({@link ErrorServlet}) that the
     * container shows for it, the login page's message from {@link #refused}.
     */
    static AuthenticationStatus refuse(
            HttpServletRequest request, HttpServletResponse response, boolean api, TooManyAttempts refusal) {
        response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
        if (api) {
            response.setStatus(429);
            request.setAttribute(ErrorServlet.PROBLEM_KEY, refusal.messageKey());
            request.setAttribute(ErrorServlet.PROBLEM_TYPE, refusal.code());
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
        HttpServletResponse response =
                (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_WARN, Pages.text("login.too-many", refusal.retryAfterSeconds()), null));
        faces.validationFailed();
        return true;
    }
}
