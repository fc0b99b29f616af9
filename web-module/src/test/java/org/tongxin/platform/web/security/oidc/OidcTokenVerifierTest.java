package org.tongxin.platform.web.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OidcTokenVerifierTest {

    private static final String ISSUER = "https://sso.example.gov.cn/realms/tongxin";

    private static RSAKey key;
    private static RSAKey otherKey;
    private static OidcTokenVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        verifier = new OidcTokenVerifier(new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())), ISSUER);
    }

    private static JWTClaimsSet.Builder claims() {
        Date now = new Date();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("3f1c")
                .audience("tongxin-api")
                .issueTime(now)
                .expirationTime(new Date(now.getTime() + 300_000));
    }

    private static String sign(RSAKey with, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    @Test
    void aTokenOfTheProviderForThisAudienceIsAccepted() throws Exception {
        assertEquals(
                "3f1c",
                verifier.accessToken(sign(key, claims().build()), "tongxin-api").getSubject());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        String token = sign(key, claims().audience("other-system").build());
        assertThrows(OidcTokenVerifier.InvalidToken.class, () -> verifier.accessToken(token, "tongxin-api"));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = sign(
                key,
                claims().issueTime(new Date(System.currentTimeMillis() - 600_000))
                        .expirationTime(new Date(System.currentTimeMillis() - 120_000))
                        .build());
        assertThrows(OidcTokenVerifier.InvalidToken.class, () -> verifier.accessToken(token, "tongxin-api"));
    }

    @Test
    void anotherIssuerIsRefused() throws Exception {
        String token =
                sign(key, claims().issuer("https://evil.example/realms/tongxin").build());
        assertThrows(OidcTokenVerifier.InvalidToken.class, () -> verifier.accessToken(token, "tongxin-api"));
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws Exception {
        String token = sign(otherKey, claims().build());
        assertThrows(OidcTokenVerifier.InvalidToken.class, () -> verifier.accessToken(token, "tongxin-api"));
    }

    @Test
    void unsignedHmacAndGarbageTokensAreRefused() throws Exception {
        String plain = new PlainJWT(claims().build()).serialize();
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner(new byte[32]));
        for (String token : new String[] {plain, hmac.serialize(), "a.b.c", "garbage"}) {
            assertThrows(OidcTokenVerifier.InvalidToken.class, () -> verifier.accessToken(token, "tongxin-api"));
        }
    }

    @Test
    void anIdTokenNeedsTheNonceOfThisLogin() throws Exception {
        String token =
                sign(key, claims().audience("tongxin").claim("nonce", "n-1").build());
        assertEquals("3f1c", verifier.idToken(token, "tongxin", "n-1").getSubject());
        assertThrows(OidcTokenVerifier.InvalidToken.class, () -> verifier.idToken(token, "tongxin", "n-2"));
        assertThrows(OidcTokenVerifier.InvalidToken.class, () -> verifier.idToken(token, "other-client", "n-1"));
    }
}
