package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongxin.support.OwnServer;

/**
 * The platform over HTTPS, as an installation runs it: a PKCS12 key store made here with the JDK's
 * keytool, the provisioned server (target/server) started by bin/standalone.sh with
 * TONGXIN_TLS_KEYSTORE and TONGXIN_TLS_PASSWORD on its own empty database ({@link OwnServer}), then HTTPS with HSTS,
 * plain HTTP redirected to HTTPS and Secure session cookies. Runs in its own failsafe execution, never
 * beside the Arquillian server (both use ports 8080 and 9990).
 */
class HttpsIT {

    private static final String PASSWORD = "Tls-Keystore-Pw-7";
    private static final String ADMIN_PASSWORD = "Https-Admin-Check-2026";
    private static final String SECURITY_PASSWORD = "Https-Security-Check-2026";
    private static final String HTTPS = "https://localhost:8443";
    private static final String HTTP = "http://localhost:8080";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static Path work;
    private static OwnServer server;
    private static HttpClient client;
    private static HttpClient plain;

    @BeforeAll
    static void startServerWithTls() throws Exception {
        work = Path.of("target", "https-it-keys").toAbsolutePath();
        OwnServer.deleteTree(work);
        Files.createDirectories(work);
        Path keystore = work.resolve("tls.p12");
        keytool(keystore);
        server = OwnServer.start(
                "https-it",
                Map.of(
                        "TONGXIN_TLS_KEYSTORE",
                        keystore.toString(),
                        "TONGXIN_TLS_PASSWORD",
                        PASSWORD,
                        "TONGXIN_ADMIN_PASSWORD",
                        ADMIN_PASSWORD,
                        "TONGXIN_SECURITY_PASSWORD", // and none for the auditor: generated, in the log
                        SECURITY_PASSWORD,
                        "TONGXIN_DEMO_DATA",
                        "false"));

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("tongxin", store.getCertificate("tongxin"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        client = HttpClient.newBuilder()
                .sslContext(ssl)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        plain = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void httpsAnswersCarryHstsAndTheSecurityHeaders() throws Exception {
        HttpResponse<String> ready =
                client.send(get(HTTPS + "/api/v1/health/ready"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready::body);
        assertEquals(
                "max-age=31536000; includeSubDomains",
                ready.headers().firstValue("Strict-Transport-Security").orElse(""));
        SecurityHeadersIT.assertSecurityHeaders(ready, "readiness over HTTPS");

        HttpResponse<String> refused = client.send(get(HTTPS + "/api/v1/me"), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS on a 401 too");
        SecurityHeadersIT.assertSecurityHeaders(refused, "401 over HTTPS");
    }

    @Test
    void plainHttpIsRedirectedToHttps() throws Exception {
        HttpResponse<String> page =
                plain.send(get(HTTP + "/login.xhtml?expired=true"), HttpResponse.BodyHandlers.ofString());
        assertEquals(301, page.statusCode());
        assertEquals(
                HTTPS + "/login.xhtml?expired=true",
                page.headers().firstValue("Location").orElse(""));
        assertFalse(page.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS only over HTTPS");
        assertTrue(
                page.headers().firstValue("Set-Cookie").isEmpty(),
                "nothing is answered over plain HTTP but the redirect");

        HttpResponse<String> post = plain.send(
                HttpRequest.newBuilder(URI.create(HTTP + "/api/v1/me/password"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(308, post.statusCode(), "a POST is redirected with its method and body");
        assertEquals(
                HTTPS + "/api/v1/me/password",
                post.headers().firstValue("Location").orElse(""));
    }

    @Test
    void theLoginSetsASecureHttpOnlySessionCookie() throws Exception {
        HttpResponse<String> form = client.send(get(HTTPS + "/login.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode());
        String first = sessionCookie(form);
        Matcher state = VIEW_STATE.matcher(form.body());
        assertTrue(state.find(), "the login form has its view state");

        String body = "login=login&login%3Ausername=admin&login%3Apassword=" + enc(ADMIN_PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create(HTTPS + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", first.substring(0, first.indexOf(';')))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), "a successful login redirects: " + login.body());
        String signedIn = sessionCookie(login);
        assertFalse(
                signedIn.startsWith(first.substring(0, first.indexOf(';')) + ";"), "a new session id after the login");
        assertTrue(
                login.headers().firstValue("Location").orElse("").startsWith(HTTPS + "/")
                        || login.headers().firstValue("Location").orElse("").startsWith("/"),
                login.headers().map().toString());
    }

    /**
     * Issue 14: the first start of an empty database (no demo data) creates the three administrators,
     * each with the password from its variable or, without one, a generated one written once to the
     * log, and each must change it at first login.
     */
    @Test
    void theFirstStartCreatesTheThreeAdministratorsEachToChangeTheirPassword() throws Exception {
        String log = Files.readString(server.log(), StandardCharsets.UTF_8);
        Matcher generated = Pattern.compile(
                        "administrator 'auditor' \\(audit-admin\\) created with the one-time password (\\S+)")
                .matcher(log);
        assertTrue(generated.find(), "the auditor's generated password is in the log");
        assertFalse(log.contains(ADMIN_PASSWORD), "a password given by the installer is never logged");
        Map<String, String> passwords =
                Map.of("admin", ADMIN_PASSWORD, "security", SECURITY_PASSWORD, "auditor", generated.group(1));
        Map<String, String> roles =
                Map.of("admin", "sys-admin", "security", "security-admin", "auditor", "audit-admin");
        for (Map.Entry<String, String> account : passwords.entrySet()) {
            String basic = java.util.Base64.getEncoder()
                    .encodeToString((account.getKey() + ":" + account.getValue()).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> me = client.send(
                    HttpRequest.newBuilder(URI.create(HTTPS + "/api/v1/me"))
                            .header("Authorization", "Basic " + basic)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, me.statusCode(), account.getKey() + ": " + me.body());
            assertTrue(me.body().contains("\"mustChangePassword\":true"), account.getKey() + ": " + me.body());
            assertTrue(me.body().contains(roles.get(account.getKey())), account.getKey() + ": " + me.body());
        }
    }

    /**
     * The session cookie an answer sets, checked for the __Host- prefix (so Path=/ and no Domain),
     * Secure, HttpOnly and SameSite.
     */
    private static String sessionCookie(HttpResponse<?> answer) {
        String cookie = answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-TONGXIN_SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no __Host- session cookie: " + answer.headers().map()));
        String lower = cookie.toLowerCase();
        assertTrue(lower.contains("; path=/;") || lower.endsWith("; path=/"), cookie);
        assertFalse(lower.contains("; domain="), cookie);
        assertTrue(lower.contains("; secure"), cookie);
        assertTrue(lower.contains("; httponly"), cookie);
        assertTrue(lower.contains("; samesite=lax") || lower.contains("; samesite=strict"), cookie);
        return cookie;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A key pair for localhost in a PKCS12 store, made by the JDK's keytool as an installation would. */
    private static void keytool(Path keystore) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(
                        keytool.toString(),
                        "-genkeypair",
                        "-alias",
                        "tongxin",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
    }
}
