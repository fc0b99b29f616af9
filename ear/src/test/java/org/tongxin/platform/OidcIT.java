package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Keycloak;
import org.tongxin.support.OwnServer;

/**
 * OpenID Connect against a real provider: Keycloak started once with config/keycloak/tongxin-realm.json,
 * one server of our own configured for it. Pages: 统一身份认证 through Keycloak's login page lands in
 * Tongxin with the mapped roles (never an administrator role), logout ends Keycloak's session too. API:
 * a client-credentials JWT for Tongxin's audience is accepted, one for another audience, a tampered one
 * and garbage are refused; HTTP Basic still works. Runs in the failsafe execution of its own.
 */
class OidcIT {

    private static final String PASSWORD = "Sso-Test-Pass-2026";

    private static Keycloak keycloak;
    private static OwnServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeAll
    static void startProviderAndServer() throws Exception {
        keycloak = Keycloak.start();
        try {
            server = OwnServer.start(
                    "oidc-it",
                    Map.of(
                            "TONGXIN_DEMO_DATA",
                            "true",
                            "TONGXIN_OIDC_ISSUER",
                            keycloak.issuer(),
                            "TONGXIN_OIDC_CLIENT_ID",
                            "tongxin",
                            "TONGXIN_OIDC_CLIENT_SECRET",
                            "tongxin-test-secret",
                            "TONGXIN_OIDC_AUDIENCE",
                            "tongxin-api",
                            "TONGXIN_OIDC_MEMBER_CLAIM",
                            "employee_number",
                            "TONGXIN_OIDC_ROLE_MAPPING",
                            "tongxin-staff=office-staff|info-editor,leaders=leader,it=sys-admin,"
                                    + "reporting-systems=info-editor"));
        } catch (Exception | Error e) {
            keycloak.close();
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    @Test
    void singleSignOnLandsWithTheMappedRolesAndLogoutEndsTheProvidersSession() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.find(By.id("login:submit")); // the local form stays
            assertEquals("统一身份认证", browser.text(By.id("login:oidc")));
            browser.click(By.id("login:oidc"));

            keycloakLogin(browser, "wang.fang");
            browser.find(By.id("welcome"));
            assertEquals(
                    java.util.Set.of("机关工作人员", "信息编辑", "领导"),
                    roles(browser, "wang.fang"),
                    "the mapped roles; the it group (mapped to sys-admin) gives none");

            browser.click(By.id("headerForm:logout"));
            browser.find(By.id("login:loggedOutMessage"));
            assertTrue(browser.driver().getCurrentUrl().startsWith(Api.BASE + "/login.xhtml"));

            // the provider's session is over too: 统一身份认证 asks for the password again
            browser.click(By.id("login:oidc"));
            browser.find(By.id("password"));
            assertTrue(browser.driver().getCurrentUrl().startsWith(keycloak.issuer()));
            keycloakLogin(browser, "wang.fang");
            browser.find(By.id("welcome"));
            assertTrue(browser.cspViolations().isEmpty(), () -> String.join("\n", browser.cspViolations()));
        }
    }

    @Test
    void aPersonInNoMappedGroupGetsNoRole() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.click(By.id("login:oidc"));
            keycloakLogin(browser, "zhao.lei");
            browser.find(By.id("welcome"));
            assertEquals(java.util.Set.of(), roles(browser, "zhao.lei"));
        }
    }

    @Test
    void anotherSystemsClientCredentialsTokenIsAcceptedForTongxinsAudienceOnly() throws Exception {
        String token = keycloak.clientCredentialsToken("other-system", "other-system-secret");
        HttpResponse<String> me = me("Bearer " + token);
        assertEquals(200, me.statusCode(), me::body);
        assertTrue(me.body().contains("\"username\":\"service-account-other-system\""), me.body());
        assertTrue(me.body().contains("info-editor"), me.body());
        assertTrue(me.body().contains("SX-DT"), me.body());

        String stranger = keycloak.clientCredentialsToken("stranger-system", "stranger-system-secret");
        HttpResponse<String> wrongAudience = me("Bearer " + stranger);
        assertEquals(401, wrongAudience.statusCode(), wrongAudience::body);
        assertTrue(wrongAudience.body().contains("urn:tongxin:problem:token-invalid"), wrongAudience.body());

        // the same claims with the expiry moved on: the signature no longer holds
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"exp\":\\d+", "\"exp\":4102444800");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertEquals(401, me("Bearer " + tampered).statusCode());
        assertEquals(401, me("Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").statusCode());
        assertEquals(401, me("Bearer not.a.jwt").statusCode());

        // Basic stays
        String basic = Base64.getEncoder().encodeToString("editor:Tongxin-Demo-2026".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, me("Basic " + basic).statusCode());
    }

    @Test
    void anAccountWithASecondFactorGivesItsCodeAfterTheProvider() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.click(By.id("login:oidc"));
            keycloakLogin(browser, "zhao.lei");
            browser.find(By.id("welcome"));
        }
        Api.Reply found = Api.as("admin").get("/api/v1/accounts?q=zhao.lei");
        long id = found.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(a -> a.getString("username").equals("zhao.lei"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()))
                .getJsonNumber("id")
                .longValue();
        Api security = Api.as("security");
        try {
            // an administrator role, which only the security administrator grants (never the provider)
            assertEquals(
                    200,
                    security.put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"audit-admin\"]}")
                            .status());
            try (Browser browser = Browser.open()) {
                browser.go("/");
                browser.click(By.id("login:oidc"));
                keycloakLogin(browser, "zhao.lei");
                // no second factor yet: the enrolment comes first
                org.tongxin.ui.SecondFactorPage.Enrolment enrolment =
                        org.tongxin.ui.SecondFactorPage.enrol(browser, "zhao.lei");
                browser.click(By.id("headerForm:logout"));
                browser.find(By.id("login:loggedOutMessage"));
                browser.click(By.id("login:oidc"));
                keycloakLogin(browser, "zhao.lei");
                // the provider's word stands for the password only: the code still signs the session in
                browser.find(By.id("code:value"));
                browser.type(By.id("code:value"), org.tongxin.support.TestTotp.next("zhao.lei", enrolment.secret()));
                browser.click(By.id("code:submit"));
                browser.find(By.id("welcome"));
            }
        } finally {
            security.put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[]}");
            security.post("/api/v1/accounts/" + id + "/second-factor/reset", "{}");
        }
    }

    @Test
    void aGoodTokenOfADisabledAccountIsRefusedAtOnce() throws Exception {
        String token = keycloak.clientCredentialsToken("other-system", "other-system-secret");
        HttpResponse<String> first = me("Bearer " + token);
        assertEquals(200, first.statusCode(), first::body);
        // the second call finds the token already verified: only the account's state is read
        assertEquals(200, me("Bearer " + token).statusCode());
        long id = jakarta.json.Json.createReader(new java.io.StringReader(first.body()))
                .readObject()
                .getJsonNumber("id")
                .longValue();
        Api admin = Api.as("admin");
        try {
            assertEquals(
                    200, admin.post("/api/v1/accounts/" + id + "/disable", "{}").status());
            assertEquals(401, me("Bearer " + token).statusCode());
        } finally {
            assertEquals(
                    200, admin.post("/api/v1/accounts/" + id + "/enable", "{}").status());
        }
    }

    @Test
    void aCallbackThatThisBrowserDidNotStartIsRefused() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> start = browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/oidc/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, start.statusCode());
        String authorize = start.headers().firstValue("Location").orElseThrow();
        assertTrue(authorize.startsWith(keycloak.issuer() + "/protocol/openid-connect/auth?"), authorize);
        assertTrue(authorize.contains("code_challenge_method=S256"), authorize);
        assertTrue(authorize.contains("&nonce="), authorize);
        java.util.regex.Matcher state =
                java.util.regex.Pattern.compile("[?&]state=([^&]+)").matcher(authorize);
        assertTrue(state.find(), authorize);

        String refused = "/login.xhtml?oidcFailed=true";
        // another browser (no session) brings this state back: refused
        HttpResponse<String> stranger = HTTP.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/oidc/callback?code=x&state=" + state.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(refused, location(stranger));
        // this browser with a state it was not given: refused, and its own state is spent
        HttpResponse<String> forged = browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/oidc/callback?code=x&state=forged"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(refused, location(forged));
        HttpResponse<String> late = browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/oidc/callback?code=x&state=" + state.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(refused, location(late));
        // a state that matches still needs a code the provider gave: a made-up one is refused at the token endpoint
        HttpResponse<String> again = browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/oidc/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher fresh = java.util.regex.Pattern.compile("[?&]state=([^&]+)")
                .matcher(again.headers().firstValue("Location").orElseThrow());
        assertTrue(fresh.find());
        HttpResponse<String> madeUp = browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/oidc/callback?code=made-up&state=" + fresh.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(refused, location(madeUp));
    }

    /** The redirect's target within Tongxin (the container may write it absolute or not). */
    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.startsWith(Api.BASE) ? location.substring(Api.BASE.length()) : location;
    }

    private static HttpResponse<String> me(String authorization) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/me"))
                        .header("Authorization", authorization)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The role names the profile page shows, once it shows this person. */
    private static java.util.Set<String> roles(Browser browser, String username) {
        browser.go("/profile.xhtml");
        assertEquals(username, browser.text(By.id("profileUsername")));
        return browser.driver().findElements(By.cssSelector(".tx-grid .ui-tag")).stream()
                .map(e -> e.getText().strip())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static void keycloakLogin(Browser browser, String username) {
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), PASSWORD);
        browser.click(By.id("kc-login"));
    }
}
