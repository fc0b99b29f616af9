package org.tongxin.platform.web.security.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongxin.platform.application.AuditContext;
import org.tongxin.platform.application.AuthenticationService;
import org.tongxin.platform.application.ExternalIdentity;
import org.tongxin.platform.application.ExternalSignIn;
import org.tongxin.platform.application.LoginResult;
import org.tongxin.platform.application.SessionState;
import org.tongxin.platform.web.security.SessionIdentity;

/**
 * Sign-in through the provider, for pages: {@code GET /oidc/login} sends the browser to the provider
 * (authorisation code flow, PKCE S256, a fresh state and nonce kept in the session), {@code GET
 * /oidc/callback} checks the state, redeems the code, verifies the ID token (keys, issuer, audience,
 * expiry, nonce), signs the person in through {@link ExternalSignIn} and makes the page session exactly
 * as a form login does (new session id, login name and credentials stamp). Any failure ends on the
 * login page with a message, never half signed in.
 */
@ApplicationScoped
public class OidcLogin {

    public static final String LOGIN_PATH = "/oidc/login";
    public static final String CALLBACK_PATH = "/oidc/callback";
    /** Session attribute: the ID token of the provider's session, the hint for its logout. */
    public static final String ID_TOKEN_ATTRIBUTE = "tongxin.oidc.id-token";

    static final String PENDING_ATTRIBUTE = "tongxin.oidc.pending";

    private static final Logger LOG = Logger.getLogger(OidcLogin.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OidcProvider provider;

    @EJB
    ExternalSignIn signIn;

    @EJB
    org.tongxin.platform.application.SecondFactorService secondFactor;

    @Inject
    java.time.Clock clock;

    @EJB
    AuthenticationService authentication;

    /** What a login on its way to the provider must find again when it comes back. */
    record Pending(String state, String nonce, String verifier, String target) implements Serializable {}

    /** Whether this request is one of the flow's two steps (and the flow is configured). */
    public boolean handles(HttpServletRequest request) {
        if (!provider.loginEnabled() || !"GET".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(LOGIN_PATH) || path.equals(CALLBACK_PATH);
    }

    public AuthenticationStatus handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(LOGIN_PATH) ? start(request, response) : callback(request, response);
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        Object target = session.getAttribute(SessionIdentity.CONTINUE_ATTRIBUTE);
        Pending pending = new Pending(random(), random(), random(), target instanceof String t ? t : null);
        session.setAttribute(PENDING_ATTRIBUTE, pending);
        String url;
        try {
            url = provider.authorizationUrl(
                    redirectUri(request), pending.state(), pending.nonce(), challenge(pending.verifier()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "OpenID Connect provider unreachable: {0}", e.toString());
            return failed(request, response);
        }
        response.sendRedirect(url);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING_ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(PENDING_ATTRIBUTE); // a state is good for one answer only
        }
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        if (pending == null
                || state == null
                || !MessageDigest.isEqual(
                        pending.state().getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
            LOG.warning("OpenID Connect callback without a matching state: refused");
            return failed(request, response);
        }
        if (code == null) {
            LOG.log(Level.INFO, "OpenID Connect provider refused the login: {0}", request.getParameter("error"));
            return failed(request, response);
        }
        OidcSettings settings = provider.settings().orElseThrow();
        String idToken;
        JWTClaimsSet claims;
        ExternalIdentity identity;
        try {
            idToken = provider.redeem(code, redirectUri(request), pending.verifier());
            claims = provider.verifier().idToken(idToken, settings.clientId(), pending.nonce());
            identity = OidcClaims.identity(settings, claims);
        } catch (IOException | OidcTokenVerifier.InvalidToken | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "OpenID Connect login refused: {0}", e.toString());
            return failed(request, response);
        }
        LoginResult result;
        try (AuditContext.Scope ignored = AuditContext.bind(identity.username(), request.getRemoteAddr())) {
            result = signIn.signIn(identity);
        } catch (org.tongxin.platform.kernel.Problem refused) {
            // a login name or display name from the provider that Tongxin's rules refuse
            LOG.log(Level.WARNING, "OpenID Connect login refused: {0}", refused.getMessage());
            return failed(request, response);
        }
        if (!result.succeeded()) {
            return failed(request, response);
        }
        request.changeSessionId(); // no session fixation: the pre-login id is worthless now
        if (secondFactor.state(result.username())
                == org.tongxin.platform.application.SecondFactorService.State.ENROLLED) {
            // an account with a second factor (an administrator role the security administrator granted, or
            // one the policy requires it for): the provider's word stands for the password only, the code
            // still signs the session in, as after the form's password
            HttpSession pendingSession = request.getSession();
            pendingSession.removeAttribute(SessionIdentity.ATTRIBUTE);
            pendingSession.setAttribute(ID_TOKEN_ATTRIBUTE, idToken);
            pendingSession.setAttribute(
                    org.tongxin.platform.web.security.PendingLogin.ATTRIBUTE,
                    new org.tongxin.platform.web.security.PendingLogin(result.username(), false, clock.millis()));
            response.sendRedirect(request.getContextPath() + "/login-code.xhtml");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        long stamp = authentication
                .sessionState(result.username())
                .map(SessionState::credentialsStamp)
                .orElse(-1L);
        HttpSession signedIn = request.getSession();
        signedIn.setAttribute(SessionIdentity.ATTRIBUTE, new SessionIdentity(result.username(), false, stamp));
        signedIn.setAttribute(ID_TOKEN_ATTRIBUTE, idToken);
        signedIn.removeAttribute(SessionIdentity.CONTINUE_ATTRIBUTE);
        String home = request.getContextPath() + "/index.xhtml";
        String target = pending.target();
        response.sendRedirect(
                target != null && target.startsWith(request.getContextPath() + "/") && !target.startsWith("//")
                        ? target
                        : home);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The provider's logout for this session, ending there on our login page; empty for a local session. */
    public Optional<String> logoutUrl(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (!provider.loginEnabled()
                || session == null
                || !(session.getAttribute(ID_TOKEN_ATTRIBUTE) instanceof String t)) {
            return Optional.empty();
        }
        return provider.endSessionUrl(t, base(request) + request.getContextPath() + "/login.xhtml?loggedOut=true");
    }

    private static AuthenticationStatus failed(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?oidcFailed=true");
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private String redirectUri(HttpServletRequest request) {
        return base(request) + request.getContextPath() + CALLBACK_PATH;
    }

    private String base(HttpServletRequest request) {
        String configured = provider.settings().map(OidcSettings::publicUrl).orElse(null);
        if (configured != null) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        int port = request.getServerPort();
        boolean standard = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (standard ? "" : ":" + port);
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
