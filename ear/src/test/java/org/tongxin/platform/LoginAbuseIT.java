package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/**
 * Login abuse: the bounded pool of password checks and the failure throttle per address and per login
 * name answer 429 with Retry-After, reveal nothing about a login name, and never stop a signed-in
 * session or a known good API client. The limits are lowered for one test at a time through the
 * server's management interface (they are read on every attempt) and given back afterwards; the test
 * server exempts loopback from the per-address rule (arquillian.xml), so these tests reach it from
 * 127.0.0.2.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginAbuseIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'|nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    @ArquillianResource
    ManagementClient management;

    private final List<String> changed = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void restoreSettings() throws IOException {
        for (String name : changed) {
            management
                    .getControllerClient()
                    .execute(Operations.createRemoveOperation(Operations.createAddress("system-property", name)));
        }
    }

    @Test
    void aFullHashingPoolAnswers429WithRetryAfterAtOnceWhileAKnownApiClientIsServed() throws Exception {
        assertEquals(200, Api.as("editor").get("/api/v1/me").status(), "the editor's password is verified once");
        setting("tongxin.login.hash-permits", "1");

        String prefix = Fixtures.username("flood");
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        List<CompletableFuture<Api.Reply>> signedIn = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            flood.add(HTTP.sendAsync(
                    basic(prefix + i, "wrong-" + i).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            if (i % 8 == 0) {
                signedIn.add(Api.as("editor").getAsync("/api/v1/me"));
            }
        }
        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> f : flood) {
            HttpResponse<String> r = f.get();
            assertTrue(r.statusCode() == 401 || r.statusCode() == 429, () -> r.statusCode() + " " + r.body());
            if (r.statusCode() == 429) {
                refused++;
                assertEquals("1", r.headers().firstValue("Retry-After").orElse(null), "a permit frees within a second");
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertTrue(r.body().contains("\"type\":\"urn:tongxin:problem:too-many-requests\""), r.body());
                assertTrue(r.body().contains("尝试过于频繁，请稍后再试"), r.body());
            }
        }
        assertTrue(refused > 0, "40 wrong logins at once with one hashing permit: some must be refused at once");
        for (CompletableFuture<Api.Reply> f : signedIn) {
            assertEquals(200, f.get().status(), "a client whose password is known good does not need a permit");
        }
    }

    @Test
    void aLoginNameThatFailedTooOftenIsRefusedAlikeWhetherItExistsOrNot() throws Exception {
        setting("tongxin.login.username-failures", "6"); // one more than the lockout's five
        String known = Fixtures.username("known");
        long id = Fixtures.account(known, "Initial-Pass-2026", "member");
        String unknown = Fixtures.username("ghost");

        List<Integer> knownStatuses = new ArrayList<>();
        List<Integer> unknownStatuses = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            knownStatuses.add(Api.as(known, "not-it-" + i).get("/api/v1/me").status());
            unknownStatuses.add(Api.as(unknown, "not-it-" + i).get("/api/v1/me").status());
        }
        assertEquals(List.of(401, 401, 401, 401, 401, 401), knownStatuses);
        assertEquals(knownStatuses, unknownStatuses);
        assertTrue(
                Api.as("admin").get("/api/v1/accounts/" + id).json().getBoolean("locked"),
                "the lockout still counts: the fifth failure locked the account");

        Raw knownRefused = raw("127.0.0.1", "/api/v1/me", known, "Initial-Pass-2026", "zh-CN");
        Raw unknownRefused = raw("127.0.0.1", "/api/v1/me", unknown, "Initial-Pass-2026", "zh-CN");
        assertEquals(429, knownRefused.status(), knownRefused::toString);
        assertEquals(429, unknownRefused.status(), unknownRefused::toString);
        assertEquals(knownRefused.body(), unknownRefused.body(), "the answer does not tell whether the name exists");
        assertEquals(knownRefused.header("Content-Type"), unknownRefused.header("Content-Type"));
        long knownWait = Long.parseLong(knownRefused.header("Retry-After"));
        long unknownWait = Long.parseLong(unknownRefused.header("Retry-After"));
        assertTrue(knownWait > 1 && knownWait <= 150, "six failures drain in 15 minutes, one in 150 s: " + knownWait);
        assertTrue(Math.abs(knownWait - unknownWait) <= 2, knownWait + " vs " + unknownWait);
        assertEquals(
                null, knownRefused.header("WWW-Authenticate"), "a refusal is not a challenge to try other passwords");

        Api.Reply english = Api.as(unknown, "x").speaking("en").get("/api/v1/me");
        assertEquals(429, english.status());
        assertEquals(
                "Too many attempts just now; please try again shortly",
                english.json().getString("title"));
    }

    @Test
    void anAddressThatFailedTooOftenIsRefusedForEveryNameButAKnownGoodClient() throws Exception {
        setting("tongxin.login.address-failures", "3");
        assertEquals(200, Api.as("leader").get("/api/v1/me").status(), "the leader's password is verified once");
        String prefix = Fixtures.username("spray");
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    401,
                    raw("127.0.0.2", "/api/v1/me", prefix + i, "wrong", null).status());
        }
        Raw refused = raw("127.0.0.2", "/api/v1/me", "admin", "wrong", null);
        assertEquals(429, refused.status(), refused::toString);
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 1, refused::toString);
        assertTrue(refused.body().contains("urn:tongxin:problem:too-many-requests"), refused.body());
        // the address's next guesses are answered by the host's handler on the I/O thread (Tarpit), alike
        Raw heldBack = raw("127.0.0.2", "/api/v1/me", prefix + "next", "wrong", null);
        assertEquals(429, heldBack.status(), heldBack::toString);
        assertTrue(Long.parseLong(heldBack.header("Retry-After")) > 1, heldBack::toString);
        assertTrue(heldBack.body().contains("urn:tongxin:problem:too-many-requests"), heldBack.body());
        assertTrue(heldBack.body().contains("尝试过于频繁"), heldBack.body());
        assertEquals("nosniff", heldBack.header("X-Content-Type-Options"), "the security headers as on every answer");

        assertEquals(
                200,
                raw("127.0.0.2", "/api/v1/me", "leader", Api.DEMO_PASSWORD, null)
                        .status(),
                "a password verified in the last minutes is not a guess: it passes a throttled address");
        assertEquals(
                401,
                raw("127.0.0.3", "/api/v1/me", prefix + "other", "wrong", null).status(),
                "another address is not throttled");
    }

    @Test
    void aThrottledNameKeepsItsSignedInPageSessionAndTheLoginPageSaysWhenToRetry() throws Exception {
        String username = Fixtures.username("page");
        Fixtures.account(username, "Initial-Pass-2026", "member");
        HttpClient browser = browser();
        assertEquals(302, formLogin(browser, username, "Initial-Pass-2026").statusCode());

        setting("tongxin.login.username-failures", "1");
        assertEquals(401, Api.as(username, "guess").get("/api/v1/me").status());
        assertEquals(429, Api.as(username, "guess-2").get("/api/v1/me").status());

        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/profile.xhtml"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode(), "a signed-in session is never throttled");

        HttpResponse<String> again = formLogin(browser(), username, "Initial-Pass-2026");
        assertEquals(429, again.statusCode(), () -> again.headers().map() + " " + again.body());
        assertTrue(
                Long.parseLong(again.headers().firstValue("Retry-After").orElse("0")) > 1, again.headers()::toString);
        assertTrue(again.body().contains("登录尝试过于频繁"), again::body);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpRequest.Builder basic(String user, String password) {
        return HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/me"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET();
    }

    private void setting(String name, String value) throws IOException {
        ModelNode address = Operations.createAddress("system-property", name);
        if (changed.contains(name)) {
            management.getControllerClient().execute(Operations.createRemoveOperation(address));
        }
        ModelNode add = Operations.createAddOperation(address);
        add.get("value").set(value);
        ModelNode result = management.getControllerClient().execute(add);
        assertTrue(Operations.isSuccessfulOutcome(result), result::toString);
        if (!changed.contains(name)) {
            changed.add(name);
        }
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static HttpResponse<String> formLogin(HttpClient browser, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> form = browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                        .header("Accept-Language", "zh-CN")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher m = VIEW_STATE.matcher(form.body());
        assertTrue(m.find(), "no view state on the login page");
        // the nonce of the page's script policy goes back with the form, as PrimeFaces' script sends it
        Matcher nonce = NONCE.matcher(
                String.join(" ", form.headers().allValues("Content-Security-Policy")) + " " + form.body());
        String body = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1))
                + (nonce.find()
                        ? "&primefaces.nonce=" + enc(nonce.group(1) != null ? nonce.group(1) : nonce.group(2))
                        : "");
        return browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                        .header("Accept-Language", "zh-CN")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An answer read off the wire, with its headers. */
    private record Raw(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * A GET with HTTP Basic sent from a chosen loopback address (127.0.0.2 reaches the server as another
     * source address than the tests' usual 127.0.0.1).
     */
    private static Raw raw(String from, String path, String user, String password, String language) throws IOException {
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                            + "\r\nAccept: application/json\r\n"
                            + "Authorization: Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))
                            + "\r\n" + (language == null ? "" : "Accept-Language: " + language + "\r\n")
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, split).split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            String body = answer.substring(split + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        int at = 0;
        while (at < bytes.length) {
            int eol = indexOf(bytes, at);
            int size = Integer.parseInt(
                    new String(bytes, at, eol - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(new String(bytes, eol + 2, size, StandardCharsets.UTF_8));
            at = eol + 2 + size + 2;
        }
        return out.toString();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }
}
