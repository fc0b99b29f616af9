package org.tongxin.platform.web.security.oidc;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.tongxin.platform.application.AuditContext;
import org.tongxin.platform.application.ExternalIdentity;
import org.tongxin.platform.application.ExternalSignIn;
import org.tongxin.platform.application.LoginResult;

/**
 * The API's {@code Authorization: Bearer <JWT>} of another system (client-credentials grant at the
 * provider): signature against the provider's keys, issuer, expiry and the configured audience
 * checked, then the caller signs in as an OIDC account by its {@code sub}, roles from the mapping.
 * Separate from Tongxin's own bearer tokens: only a value shaped like a JWT comes here.
 */
@ApplicationScoped
public class OidcBearer {

    private static final Logger LOG = Logger.getLogger(OidcBearer.class.getName());
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    @Inject
    OidcProvider provider;

    @EJB
    ExternalSignIn signIn;

    @EJB
    org.tongxin.platform.application.AuthenticationService authentication;

    @Inject
    java.time.Clock clock;

    /**
     * Tokens already verified and signed in, by their SHA-256, until their expiry (at most five
     * minutes): a system calling many times with one token costs one signature check, one sign-in and
     * one audit entry, and then only the account's state is read on each request, so that a disabled
     * account is still refused at once.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Verified> verified =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MAX_VERIFIED = 10_000;
    private static final java.time.Duration MAX_REUSE = java.time.Duration.ofMinutes(5);

    private record Verified(String username, java.time.Instant until) {}

    /** Whether this bearer value is for this verifier: the feature on and the value a compact JWS. */
    public boolean accepts(String token) {
        return provider.bearerEnabled()
                && token != null
                && !token.startsWith("tx1.")
                && JWT.matcher(token).matches();
    }

    /** The signed-in caller, or empty for a token that is not good (the caller answers 401). */
    public Optional<LoginResult> authenticate(HttpServletRequest request, String token) {
        java.time.Instant now = clock.instant();
        String key = digest(token);
        Verified known = verified.get(key);
        if (known != null && known.until().isAfter(now)) {
            Optional<java.util.Set<String>> roles = authentication.activeRoles(known.username());
            if (roles.isEmpty()) {
                verified.remove(key);
                return Optional.empty();
            }
            return Optional.of(new LoginResult(LoginResult.Outcome.SUCCESS, known.username(), roles.get(), false));
        }
        OidcSettings settings = provider.settings().orElseThrow();
        ExternalIdentity identity;
        java.time.Instant until;
        try {
            com.nimbusds.jwt.JWTClaimsSet claims = provider.verifier().accessToken(token, settings.audience());
            identity = OidcClaims.identity(settings, claims);
            java.time.Instant expires = claims.getExpirationTime().toInstant();
            until = expires.isBefore(now.plus(MAX_REUSE)) ? expires : now.plus(MAX_REUSE);
        } catch (OidcTokenVerifier.InvalidToken | IllegalArgumentException e) {
            LOG.log(Level.FINE, "bearer JWT refused: {0}", e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "OpenID Connect provider unreachable: {0}", e.toString());
            return Optional.empty();
        }
        try (AuditContext.Scope ignored = AuditContext.bind(identity.username(), request.getRemoteAddr())) {
            LoginResult result = signIn.signIn(identity);
            if (!result.succeeded()) {
                return Optional.empty();
            }
            if (verified.size() >= MAX_VERIFIED) {
                verified.values().removeIf(v -> !v.until().isAfter(now));
                if (verified.size() >= MAX_VERIFIED) {
                    verified.clear();
                }
            }
            verified.put(key, new Verified(result.username(), until));
            return Optional.of(result);
        } catch (org.tongxin.platform.kernel.Problem refused) {
            LOG.log(Level.INFO, "bearer JWT caller refused: {0}", refused.getMessage());
            return Optional.empty();
        }
    }

    private static String digest(String token) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
