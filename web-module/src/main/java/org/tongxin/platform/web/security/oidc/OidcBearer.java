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

    /** Whether this bearer value is for this verifier: the feature on and the value a compact JWS. */
    public boolean accepts(String token) {
        return provider.bearerEnabled()
                && token != null
                && !token.startsWith("tx1.")
                && JWT.matcher(token).matches();
    }

    /** The signed-in caller, or empty for a token that is not good (the caller answers 401). */
    public Optional<LoginResult> authenticate(HttpServletRequest request, String token) {
        OidcSettings settings = provider.settings().orElseThrow();
        ExternalIdentity identity;
        try {
            identity = OidcClaims.identity(settings, provider.verifier().accessToken(token, settings.audience()));
        } catch (OidcTokenVerifier.InvalidToken | IllegalArgumentException e) {
            LOG.log(Level.FINE, "bearer JWT refused: {0}", e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "OpenID Connect provider unreachable: {0}", e.toString());
            return Optional.empty();
        }
        try (AuditContext.Scope ignored = AuditContext.bind(identity.username(), request.getRemoteAddr())) {
            LoginResult result = signIn.signIn(identity);
            return result.succeeded() ? Optional.of(result) : Optional.empty();
        } catch (org.tongxin.platform.kernel.Problem refused) {
            LOG.log(Level.INFO, "bearer JWT caller refused: {0}", refused.getMessage());
            return Optional.empty();
        }
    }
}
