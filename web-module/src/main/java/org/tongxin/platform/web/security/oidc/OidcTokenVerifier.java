package org.tongxin.platform.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a JWT of the provider: its signature against the provider's keys (RS256/ES256/PS256 and their
 * larger siblings; never "none", never HMAC), the issuer, the audience, expiry (60 s of clock skew) and
 * subject; for an ID token also the nonce of this login.
 */
public final class OidcTokenVerifier {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    private final JWKSource<SecurityContext> keys;
    private final String issuer;

    public OidcTokenVerifier(JWKSource<SecurityContext> keys, String issuer) {
        this.keys = Objects.requireNonNull(keys);
        this.issuer = Objects.requireNonNull(issuer);
    }

    /** An ID token of this login: for our client, with the nonce we sent. */
    public JWTClaimsSet idToken(String token, String clientId, String nonce) throws InvalidToken {
        JWTClaimsSet claims = verify(token, clientId);
        Object sent;
        try {
            sent = claims.getStringClaim("nonce");
        } catch (ParseException e) {
            throw new InvalidToken("nonce", e);
        }
        if (nonce == null || !nonce.equals(sent)) {
            throw new InvalidToken("nonce", null);
        }
        return claims;
    }

    /** A bearer JWT of another system, issued for this audience. */
    public JWTClaimsSet accessToken(String token, String audience) throws InvalidToken {
        return verify(token, audience);
    }

    private JWTClaimsSet verify(String token, String audience) throws InvalidToken {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                audience, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat"));
        claims.setMaxClockSkew(60);
        processor.setJWTClaimsSetVerifier(claims);
        try {
            return processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            throw new InvalidToken(e.getMessage(), e);
        }
    }

    /** A token that is not a valid one of the provider for this use. */
    public static final class InvalidToken extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidToken(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
