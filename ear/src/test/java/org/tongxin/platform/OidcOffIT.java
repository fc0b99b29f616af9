package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/**
 * Without TONGXIN_OIDC_ISSUER (the Arquillian server has none) OpenID Connect is off and nothing of it
 * shows: no 统一身份认证 on the login page, /oidc/login is answered like an unknown path, a JWT-shaped bearer value is
 * not looked at, and the pages' policy keeps form-action to the platform itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OidcOffIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void withoutAnIssuerNothingOfOpenIdConnectShows() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml")));
        assertEquals(200, login.statusCode());
        assertFalse(login.body().contains("/oidc/login"), "no 统一身份认证 without an issuer");
        assertTrue(
                login.headers().firstValue("Content-Security-Policy").orElse("").contains("form-action 'self';"),
                () -> login.headers().toString());

        // answered like any unknown path behind the login: to our login page, never to a provider
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/no-such-path")));
        for (String path : new String[] {"/oidc/login", "/oidc/callback?state=x&code=y"}) {
            HttpResponse<String> oidc = send(HttpRequest.newBuilder(URI.create(Api.BASE + path)));
            assertEquals(unknown.statusCode(), oidc.statusCode(), path);
            assertEquals(
                    unknown.headers().firstValue("Location").map(l -> l.replaceFirst(";.*", "")),
                    oidc.headers().firstValue("Location").map(l -> l.replaceFirst(";.*", "")),
                    path);
        }

        HttpResponse<String> bearer = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/me"))
                .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"));
        assertEquals(401, bearer.statusCode());
        // refused as any bearer value that is not one of Tongxin's own tokens: no provider is asked
        assertTrue(bearer.body().contains("urn:tongxin:problem:token-invalid"), bearer.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
