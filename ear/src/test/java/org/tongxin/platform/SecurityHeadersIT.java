package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/**
 * The security headers are on every answer, whoever writes it: pages, the API's 401 and 403 (sent by
 * the authentication mechanism and the error page), 404s, static resources and WildFly's /openapi,
 * which also sends no credentialed CORS wildcard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void apiRefusalsCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> anonymous = send(get("/api/v1/me"));
        assertEquals(401, anonymous.statusCode());
        assertSecurityHeaders(anonymous, "401 without credentials");

        HttpResponse<String> wrong =
                send(get("/api/v1/me").header("Authorization", basic("admin", "not-the-password")));
        assertEquals(401, wrong.statusCode());
        assertSecurityHeaders(wrong, "401 for a wrong password");

        HttpResponse<String> forbidden =
                send(get("/api/v1/accounts").header("Authorization", basic("member1", Api.DEMO_PASSWORD)));
        assertEquals(403, forbidden.statusCode(), forbidden::body);
        assertSecurityHeaders(forbidden, "403");

        HttpResponse<String> missing =
                send(get("/api/v1/no-such-thing").header("Authorization", basic("member1", Api.DEMO_PASSWORD)));
        assertEquals(404, missing.statusCode());
        assertSecurityHeaders(missing, "404 of the API");

        HttpResponse<String> ok = send(get("/api/v1/me").header("Authorization", basic("admin", Api.DEMO_PASSWORD)));
        assertEquals(200, ok.statusCode());
        assertSecurityHeaders(ok, "200 of the API");
    }

    @Test
    void pagesStaticResourcesAndRedirectsCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> toLogin = send(get("/index.xhtml"));
        assertEquals(302, toLogin.statusCode());
        assertSecurityHeaders(toLogin, "the redirect to the login page");

        HttpResponse<String> css = send(get("/resources/tongxin/app.css"));
        assertEquals(200, css.statusCode());
        assertSecurityHeaders(css, "a static resource");

        HttpResponse<String> noResource = send(get("/resources/tongxin/no-such.css"));
        assertEquals(404, noResource.statusCode());
        assertSecurityHeaders(noResource, "404 of a static resource");

        HttpResponse<String> health = send(get("/api/v1/health/ready"));
        assertEquals(200, health.statusCode());
        assertSecurityHeaders(health, "readiness");
    }

    /** A forged Host header cannot steer a redirect elsewhere: the container's absolute Location goes out as a path. */
    @Test
    void aRedirectNeverNamesTheHostTheRequestClaimed() throws Exception {
        URI base = URI.create(Api.BASE);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("GET /index.xhtml HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 302"), answer);
            Matcher location = Pattern.compile("(?im)^Location: *(\\S+)").matcher(answer);
            assertTrue(location.find(), answer);
            assertTrue(location.group(1).startsWith("/") && !location.group(1).startsWith("//"), location.group(1));
            assertFalse(answer.contains("evil.example"), answer);
        }
    }

    @Test
    void pagesHaveOneNoncePolicyWithoutInlineScripts() throws Exception {
        HttpResponse<String> login = send(get("/login.xhtml"));
        assertEquals(200, login.statusCode());
        assertSecurityHeaders(login, "the login page");
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce =
                Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        // every inline script of the page carries the nonce of the policy, and no element has an inline handler
        Matcher script = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(login.body());
        int inline = 0;
        while (script.find()) {
            inline++;
            assertTrue(script.group(1).contains("nonce=\"" + nonce.group(1) + "\""), script.group());
        }
        assertTrue(inline > 0, "PrimeFaces initialises its widgets in nonce'd scripts");
        // pages and every other answer share one policy: the page's only adds its nonce
        String other = send(get("/api/v1/me"))
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertEquals(
                other,
                policy.replaceFirst(" 'nonce-[^']+';?$", ""),
                "the same policy in web.xml and the server's handler");
        assertFalse(
                Pattern.compile("\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE)
                        .matcher(login.body())
                        .find(),
                "no inline event handler on the page");
    }

    @Test
    void openApiSendsNoCredentialedWildcard() throws Exception {
        for (HttpRequest.Builder request : List.of(
                get("/openapi").header("Origin", "http://evil.example"),
                HttpRequest.newBuilder(URI.create(Api.BASE + "/openapi"))
                        .header("Origin", "http://evil.example")
                        .header("Access-Control-Request-Method", "GET")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()))) {
            HttpResponse<String> answer = send(request);
            assertTrue(answer.statusCode() < 400, () -> answer.statusCode() + " " + answer.body());
            HttpHeaders h = answer.headers();
            boolean wildcard = h.allValues("Access-Control-Allow-Origin").contains("*");
            boolean credentials =
                    h.allValues("Access-Control-Allow-Credentials").stream().anyMatch("true"::equalsIgnoreCase);
            assertFalse(wildcard && credentials, () -> "credentialed wildcard: " + h.map());
            assertFalse(
                    h.allValues("Access-Control-Allow-Origin").contains("http://evil.example"),
                    () -> h.map().toString());
            assertSecurityHeaders(answer, "/openapi");
        }
    }

    /** The headers every answer carries, each once, and a policy that allows no inline script. */
    static void assertSecurityHeaders(HttpResponse<?> answer, String what) {
        HttpHeaders h = answer.headers();
        assertEquals(List.of("nosniff"), h.allValues("X-Content-Type-Options"), what);
        assertEquals(List.of("DENY"), h.allValues("X-Frame-Options"), what);
        assertEquals(List.of("same-origin"), h.allValues("Referrer-Policy"), what);
        List<String> policies = h.allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), () -> what + ": " + policies);
        String policy = policies.get(0);
        assertTrue(policy.startsWith("default-src 'self';"), () -> what + ": " + policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), () -> what + ": " + policy);
        assertTrue(policy.contains("object-src 'none'"), () -> what + ": " + policy);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), () -> what + ": " + policy);
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
