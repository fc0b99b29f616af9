package org.tongxin.platform.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.tongxin.platform.application.AuditContext;
import org.tongxin.platform.application.AuthenticationService;
import org.tongxin.platform.application.LoginResult;
import org.tongxin.platform.application.SecondFactorService;
import org.tongxin.platform.application.SessionState;

/**
 * The one way in. Pages: the login form authenticates programmatically (SecurityContext.authenticate),
 * the session then remembers the login name under a new session id, and roles are read afresh on
 * every request. API (/api/...): HTTP Basic on every request, no session; a missing or wrong
 * credential answers 401 with a Basic challenge and a problem+json body. With OpenID Connect configured
 * ({@code TONGXIN_OIDC_*}): /oidc/login and /oidc/callback sign a person in through the provider
 * ({@link org.tongxin.platform.web.security.oidc.OidcLogin}, the page session made as the form login
 * makes it), and the API accepts the provider's bearer JWTs
 * ({@link org.tongxin.platform.web.security.oidc.OidcBearer}).
 *
 * <p>Two factors (issue 15): for an account with a second factor the form's password only leaves a
 * pending login in the session ({@link PendingLogin}), and the code ({@link SecondFactorCredential}, from
 * login-code.xhtml) signs the session in. Over the API, HTTP Basic for such an account (and every
 * administrator) reaches only who-am-I and the token endpoint ({@link SecondFactorGate}); the token it
 * gets ({@code Authorization: Bearer tx1.…}) is checked in {@link #bearer}.
 */
@ApplicationScoped
public class TongxinAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The caller of a calendar feed request that carries a token and no login. */
    public static final String FEED_CALLER = "feed:calendar";

    private static final java.util.regex.Pattern FEED =
            java.util.regex.Pattern.compile("/api/v1/studyhall/(spaces/[0-9]{1,18}|my)/calendar\\.ics");

    @EJB
    AuthenticationService authentication;

    @jakarta.inject.Inject
    org.tongxin.platform.application.LoginThrottle throttle;

    @jakarta.inject.Inject
    org.tongxin.platform.web.security.oidc.OidcLogin oidcLogin;

    @jakarta.inject.Inject
    org.tongxin.platform.web.security.oidc.OidcBearer oidcBearer;

    @EJB
    SecondFactorService secondFactor;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            Credential credential = context.getAuthParameters() == null
                    ? null
                    : context.getAuthParameters().getCredential();
            if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential form) {
                return formLogin(request, context, form);
            }
            if (context.isAuthenticationRequest() && credential instanceof SecondFactorCredential code) {
                return secondStep(request, context, code);
            }
            if (isApi(request)) {
                return api(request, response, context);
            }
            if (oidcLogin.handles(request)) {
                return oidcLogin.handle(request, response);
            }
            HttpSession session = request.getSession(false);
            SessionIdentity identity =
                    session == null ? null : (SessionIdentity) session.getAttribute(SessionIdentity.ATTRIBUTE);
            if (identity != null) {
                Optional<SessionState> state = authentication.sessionState(identity.username());
                if (state.isPresent() && state.get().credentialsStamp() == identity.credentialsStamp()) {
                    if (state.get().mustChangePassword()) {
                        request.setAttribute(PasswordChangeGate.ATTRIBUTE, Boolean.TRUE);
                    }
                    if (state.get().mustEnrolSecondFactor()) {
                        request.setAttribute(SecondFactorGate.MUST_ENROL, Boolean.TRUE);
                    }
                    return context.notifyContainerAboutLogin(
                            identity.username(), state.get().roles());
                }
                session.invalidate(); // disabled or removed, or the password changed (elsewhere) since this login
            }
            if (context.isProtected()) {
                return sendToLogin(request, response);
            }
            return context.doNothing();
        } catch (org.tongxin.platform.application.TooManyAttempts refused) {
            return LoginGate.refuse(request, response, isApi(request), refused);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            if (!org.tongxin.platform.web.DatabaseDown.in(e)) {
                throw e;
            }
            // no account can be checked while the database is out of reach: say so, quickly, without a trace
            try {
                java.util.Locale locale = request.getHeader("Accept-Language") == null
                        ? org.tongxin.platform.web.Texts.CHINESE
                        : org.tongxin.platform.web.Texts.choose(request.getLocales());
                ErrorServlet.unavailable(isApi(request), locale, response);
            } catch (IOException io) {
                throw new IllegalStateException(io);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        LoginResult result = check(request, credential.getCaller(), credential.getPasswordAsString(), false);
        request.setAttribute(SessionIdentity.OUTCOME_ATTRIBUTE, result.outcome());
        if (!result.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation: the pre-login id is worthless now
        if (secondFactor.state(result.username()) == SecondFactorService.State.ENROLLED) {
            // the password was right; the session signs in only with the code (login-code.xhtml)
            request.getSession().removeAttribute(SessionIdentity.ATTRIBUTE);
            request.getSession()
                    .setAttribute(
                            PendingLogin.ATTRIBUTE,
                            new PendingLogin(
                                    result.username(), result.mustChangePassword(), System.currentTimeMillis()));
            request.setAttribute(PendingLogin.NEEDS_CODE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return signIn(request, context, result.username(), result.mustChangePassword());
    }

    /** The session's identity under a new id, and the container told: the login is complete. */
    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, String username, boolean mustChangePassword) {
        Optional<SessionState> state = authentication.sessionState(username);
        if (state.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession()
                .setAttribute(
                        SessionIdentity.ATTRIBUTE,
                        new SessionIdentity(
                                username, mustChangePassword, state.get().credentialsStamp()));
        if (mustChangePassword) {
            request.setAttribute(PasswordChangeGate.ATTRIBUTE, Boolean.TRUE);
        }
        if (state.get().mustEnrolSecondFactor()) {
            request.setAttribute(SecondFactorGate.MUST_ENROL, Boolean.TRUE);
        }
        return context.notifyContainerAboutLogin(username, state.get().roles());
    }

    /** The login's second step: the code of the session's pending login. */
    private AuthenticationStatus secondStep(
            HttpServletRequest request, HttpMessageContext context, SecondFactorCredential credential) {
        HttpSession session = request.getSession(false);
        PendingLogin pending = session == null ? null : (PendingLogin) session.getAttribute(PendingLogin.ATTRIBUTE);
        if (pending == null || pending.expired(System.currentTimeMillis())) {
            if (session != null) {
                session.removeAttribute(PendingLogin.ATTRIBUTE);
            }
            request.setAttribute(SessionIdentity.OUTCOME_ATTRIBUTE, SecondFactorService.Check.MISSING);
            return AuthenticationStatus.SEND_FAILURE;
        }
        SecondFactorService.Check check;
        try (AuditContext.Scope ignored = AuditContext.bind(pending.username(), request.getRemoteAddr())) {
            check = secondFactor.verify(pending.username(), credential.code());
        }
        request.setAttribute(SessionIdentity.OUTCOME_ATTRIBUTE, check);
        if (check != SecondFactorService.Check.ACCEPTED) {
            if (check == SecondFactorService.Check.LOCKED) {
                session.removeAttribute(PendingLogin.ATTRIBUTE); // back to the password
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        session.removeAttribute(PendingLogin.ATTRIBUTE);
        request.changeSessionId();
        return signIn(request, context, pending.username(), pending.mustChangePassword());
    }

    private AuthenticationStatus api(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) throws IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                LoginResult result = check(request, decoded.substring(0, colon), decoded.substring(colon + 1), true);
                if (result.succeeded()) {
                    if (result.mustChangePassword()) {
                        request.setAttribute(PasswordChangeGate.ATTRIBUTE, Boolean.TRUE);
                    }
                    if (result.roles().stream().anyMatch(ADMINISTRATORS::contains) || result.secondFactorProtected()) {
                        // a password alone: who am I and the token endpoint only (SecondFactorGate)
                        request.setAttribute(SecondFactorGate.BASIC_ONLY, Boolean.TRUE);
                    }
                    return context.notifyContainerAboutLogin(result.username(), result.roles());
                }
                // LOCKED only reaches here with the right password: an outsider never learns of the lock
                return unauthorized(
                        request,
                        response,
                        result.outcome() == LoginResult.Outcome.LOCKED
                                ? "problem.login.locked"
                                : "problem.login.invalid");
            }
            return unauthorized(request, response, "problem.login.invalid");
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(request, response, context, header.substring(7).trim());
        }
        if (request.getParameter("token") != null && FEED.matcher(path(request)).matches()) {
            // a calendar program cannot log in: the feed's own service checks the token and answers
            // nothing for an unknown one; this identity reaches no other resource
            return context.notifyContainerAboutLogin(FEED_CALLER, Set.of(FEED_CALLER));
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "problem.unauthenticated");
        }
        return context.doNothing();
    }

    /**
     * A bearer token. The platform's own ({@code tx1.}, from {@code POST /api/v1/auth/token}) are checked
     * here; any other is refused for now (tokens of an OpenID Connect provider are another branch).
     */
    private AuthenticationStatus bearer(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String token) {
        if (token.startsWith(org.tongxin.platform.application.SecondFactorServiceBean.TOKEN_PREFIX)) {
            Optional<SecondFactorService.TokenCaller> caller = secondFactor.bearer(token);
            if (caller.isPresent()) {
                if (caller.get().mustChangePassword()) {
                    request.setAttribute(PasswordChangeGate.ATTRIBUTE, Boolean.TRUE);
                }
                return context.notifyContainerAboutLogin(
                        caller.get().username(), caller.get().roles());
            }
        } else if (oidcBearer.accepts(token)) {
            // another system's JWT from the OpenID Connect provider (client-credentials grant)
            Optional<LoginResult> caller = oidcBearer.authenticate(request, token);
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(
                        caller.get().username(), caller.get().roles());
            }
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"tongxin\", error=\"invalid_token\"");
        request.setAttribute(ErrorServlet.PROBLEM_KEY, "problem.token.invalid");
        request.setAttribute(ErrorServlet.PROBLEM_TYPE, "token-invalid");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static final Set<String> ADMINISTRATORS = Set.of(
            org.tongxin.platform.kernel.Role.SYS_ADMIN_CODE,
            org.tongxin.platform.kernel.Role.SECURITY_ADMIN_CODE,
            org.tongxin.platform.kernel.Role.AUDIT_ADMIN_CODE);

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private LoginResult check(HttpServletRequest request, String username, String password, boolean apiRequest) {
        try (AuditContext.Scope ignored = AuditContext.bind(username, request.getRemoteAddr())) {
            return LoginGate.check(
                    throttle,
                    request,
                    username,
                    password,
                    apiRequest,
                    () -> apiRequest
                            ? authentication.authenticateRequest(username, password)
                            : authentication.authenticate(username, password));
        }
    }

    /**
     * Refuses an API request: the challenge header now, and the problem body from the error page
     * ({@link ErrorServlet}) that the container shows for the 401 it sends.
     */
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, String key) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"tongxin\", charset=\"UTF-8\"");
        request.setAttribute(ErrorServlet.PROBLEM_KEY, key);
        request.setAttribute(
                ErrorServlet.PROBLEM_TYPE,
                switch (key) {
                    case "problem.login.invalid" -> "login-invalid";
                    case "problem.login.locked" -> "login-locked";
                    default -> "unauthenticated";
                });
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Remembers where the person wanted to go (plain GETs only) and sends them to the login page. */
    private static AuthenticationStatus sendToLogin(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String login = request.getContextPath() + "/login.xhtml" + (expired ? "?expired=true" : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + login.replace("&", "&amp;") + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if ("GET".equals(request.getMethod())) {
            String target =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            request.getSession(true).setAttribute(SessionIdentity.CONTINUE_ATTRIBUTE, target);
        }
        response.sendRedirect(login);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
