package org.tongxin.platform.web.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The provider's keys as the verifier reads them over HTTP: a rotated key is fetched at once, once. */
class OidcKeysTest {

    private static final String ISSUER = "http://127.0.0.1/realms/t";

    @Test
    void aTokenSignedByANewKeyIsCheckedAfterOneFreshFetchOfTheKeys() throws Exception {
        RSAKey first = new RSAKeyGenerator(2048).keyID("k1").generate();
        RSAKey second = new RSAKeyGenerator(2048).keyID("k2").generate();
        AtomicReference<JWKSet> published = new AtomicReference<>(new JWKSet(first.toPublicJWK()));
        AtomicInteger fetches = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            OidcTokenVerifier verifier = new OidcTokenVerifier(
                    OidcProvider.keys(
                            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certs")
                                    .toURL()),
                    ISSUER);
            assertEquals("a", verifier.accessToken(sign(first, "a"), "api").getSubject());
            assertEquals("a", verifier.accessToken(sign(first, "a"), "api").getSubject());
            assertEquals(1, fetches.get(), "the keys are cached");

            // the provider rotates its key: the unknown kid fetches the keys again at once
            published.set(new JWKSet(java.util.List.of(first.toPublicJWK(), second.toPublicJWK())));
            assertEquals("b", verifier.accessToken(sign(second, "b"), "api").getSubject());
            assertEquals(2, fetches.get());
        } finally {
            server.stop(0);
        }
    }

    private static String sign(RSAKey key, String subject) throws Exception {
        Date now = new Date();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(ISSUER)
                        .subject(subject)
                        .audience("api")
                        .issueTime(now)
                        .expirationTime(new Date(now.getTime() + 60_000))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
