package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongxin.support.Api;
import org.tongxin.support.OwnServer;
import org.tongxin.support.Slapd;

/**
 * Logins through a real directory: Debian's slapd with config/ldap/test-directory.ldif ({@link Slapd})
 * and the provisioned server started with TONGXIN_LDAP_* settings and the demo data ({@link OwnServer}).
 * The first login creates the account with the mapped roles, organisation and roster member; a group
 * the mapping does not name gives no role; an administrator group is ignored; a local account of the
 * same name is not taken over; a wrong directory password counts toward the lockout; a person removed
 * from the directory is refused and their API client stops within the check's interval; a directory
 * account has no local password to change or reset.
 */
class LdapLoginIT {

    private static final String GONE_WITHIN = "PT60S";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static Slapd slapd;
    private static OwnServer server;

    @BeforeAll
    static void start() throws Exception {
        slapd = Slapd.start("ldap-login-slapd", false);
        server = OwnServer.start(
                "ldap-login-it",
                Map.of(
                        "TONGXIN_DEMO_DATA",
                        "true",
                        "TONGXIN_LDAP_URL",
                        slapd.url(),
                        "TONGXIN_LDAP_BIND_DN",
                        Slapd.READER_DN,
                        "TONGXIN_LDAP_BIND_PASSWORD",
                        Slapd.READER_PASSWORD,
                        "TONGXIN_LDAP_GROUP_BASE",
                        "ou=groups," + Slapd.SUFFIX,
                        "TONGXIN_LDAP_MAPPING",
                        Path.of("..", "config", "ldap", "test-mapping.properties")
                                .toAbsolutePath()
                                .normalize()
                                .toString(),
                        "TONGXIN_LDAP_SWEEP_SECONDS",
                        "2"));
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (slapd != null) {
                slapd.close();
            }
        }
    }

    private static Set<String> roles(JsonObject me) {
        return me.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toSet());
    }

    private static JsonObject account(String username) {
        Api.Reply page = Api.as("admin").get("/api/v1/accounts?q=" + username);
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no account " + username + ": " + page));
    }

    @Test
    void theFirstLoginCreatesTheAccountWithTheMappedRoleOrganisationAndMember() {
        Api liming = Api.as("liming", "Liming-Directory-Pw-1");
        Api.Reply me = liming.get("/api/v1/me");
        assertEquals(200, me.status(), me::toString);
        JsonObject body = me.json();
        assertEquals(Set.of("member"), roles(body));
        assertEquals("李明（目录）", body.getString("displayName"));
        assertEquals("SX-DT", body.getJsonObject("organisation").getString("code"));
        assertFalse(body.getBoolean("mustChangePassword"), "no local password to change");
        assertEquals("LDAP", body.getString("source"));
        assertEquals("LDAP", account("liming").getString("source"));

        // the roster member DT-15-0050 is linked: a member sees their own concerns (an unlinked one: 403)
        long datong = body.getJsonObject("organisation").getJsonNumber("id").longValue();
        Api.Reply concerns = liming.get("/api/v1/concerns?organisation=" + datong);
        assertEquals(200, concerns.status(), concerns::toString);

        Api.Reply wrong = Api.as("liming", "Liming-Directory-Pw-2").get("/api/v1/me");
        assertEquals(401, wrong.status(), wrong::toString);
    }

    /** The login form takes a directory person too; the profile shows the source and no password form. */
    @Test
    void theLoginFormSignsADirectoryPersonIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> form = browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                        .header("Accept-Language", "en")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = session(form);
        Matcher state = VIEW_STATE.matcher(form.body());
        assertTrue(state.find(), "the login form has its view state");
        String body = "login=login&login%3Ausername=zhaolei&login%3Apassword="
                + URLEncoder.encode("Zhaolei-Directory-Pw-1", StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), "a successful login redirects: " + login.body());
        HttpResponse<String> profile = browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/profile.xhtml"))
                        .header("Accept-Language", "en")
                        .header("Cookie", session(login))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, profile.statusCode());
        assertTrue(profile.body().contains("目录（LDAP）") || profile.body().contains("Directory (LDAP)"), profile::body);
        assertTrue(profile.body().contains("id=\"externalPassword\""), "the profile says where to change the password");
        assertFalse(profile.body().contains("password:current"), "no password form for a directory account");
    }

    private static String session(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("TONGXIN_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + answer.headers().map()));
    }

    @Test
    void aGroupTheMappingDoesNotNameGivesNoRole() {
        Api.Reply me = Api.as("wangfang", "Wangfang-Directory-Pw-1").get("/api/v1/me");
        assertTrue(me.status() == 200 || me.status() == 403, me::toString);
        JsonObject account = account("wangfang");
        assertEquals("LDAP", account.getString("source"));
        assertEquals(0, account.getJsonArray("roles").size(), account::toString);
    }

    @Test
    void theDirectoryNeverGrantsAnAdministratorRole() {
        Api zhaolei = Api.as("zhaolei", "Zhaolei-Directory-Pw-1");
        Api.Reply me = zhaolei.get("/api/v1/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals(Set.of("info-editor"), roles(me.json()), "it-admins is mapped to sys-admin: ignored");
        assertEquals(403, zhaolei.get("/api/v1/accounts").status());
    }

    @Test
    void aPersonOfTheOtherOrganisationGetsItFromTheirOu() {
        Api.Reply me = Api.as("sunqiang", "Sunqiang-Directory-Pw-1").get("/api/v1/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals(Set.of("office-staff"), roles(me.json()));
        assertEquals("SX-CZ", me.json().getJsonObject("organisation").getString("code"));
    }

    @Test
    void aLocalAccountOfTheSameNameIsNotTakenOver() {
        Api.Reply directoryPassword = Api.as("office", "Office-Directory-Pw-1").get("/api/v1/me");
        assertEquals(401, directoryPassword.status(), directoryPassword::toString);
        Api.Reply local = Api.as("office").get("/api/v1/me");
        assertEquals(200, local.status(), local::toString);
        assertEquals("LOCAL", local.json().getString("source"));
        assertEquals("王秀兰（机关）", local.json().getString("displayName"));
        assertEquals("LOCAL", account("office").getString("source"));
    }

    @Test
    void wrongDirectoryPasswordsLockTheAccountAndAreAudited() {
        Api.Reply first = Api.as("keeperdir", "nope").get("/api/v1/me");
        assertEquals(401, first.status(), "nobody in the directory");
        // sunqiang's account exists after its first login; five wrong passwords lock it (the demo policy)
        assertEquals(
                200,
                Api.as("sunqiang", "Sunqiang-Directory-Pw-1").get("/api/v1/me").status());
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    401,
                    Api.as("sunqiang", "Wrong-Password-" + i).get("/api/v1/me").status());
        }
        assertTrue(account("sunqiang").getBoolean("locked"), "locked after five wrong directory passwords");
        assertEquals(
                401,
                Api.as("sunqiang", "Sunqiang-Directory-Pw-1").get("/api/v1/me").status());
        Api.Reply trail = Api.as("auditor").get("/api/v1/audit?action=ACCOUNT_LOCKED&size=50");
        assertEquals(200, trail.status(), trail::toString);
        assertTrue(trail.body().contains("sunqiang"), trail::toString);
    }

    @Test
    void aDirectoryAccountHasNoLocalPasswordToChangeOrReset() {
        Api zhaolei = Api.as("zhaolei", "Zhaolei-Directory-Pw-1");
        assertEquals(200, zhaolei.get("/api/v1/me").status());
        Api.Reply change = zhaolei.post(
                "/api/v1/me/password",
                "{\"currentPassword\":\"Zhaolei-Directory-Pw-1\",\"newPassword\":\"Another-Long-Pw-2026\"}");
        assertEquals(422, change.status(), change::toString);
        assertTrue(change.body().contains("external-account"), change::toString);
        Api.Reply reset = Api.as("admin")
                .post("/api/v1/accounts/" + account("zhaolei").getJsonNumber("id") + "/password-reset", "{}");
        assertEquals(422, reset.status(), reset::toString);
        assertTrue(reset.body().contains("external-account"), reset::toString);
    }

    @Test
    void aPersonRemovedFromTheDirectoryCanNoLongerSignInAndTheirClientStops() throws Exception {
        Api leaving = Api.as("leaving", "Leaving-Directory-Pw-1");
        assertEquals(200, leaving.get("/api/v1/me").status());
        slapd.delete("uid=leaving,ou=datong,ou=people," + Slapd.SUFFIX);
        // the API client's verified credentials are not checked against the directory on each request:
        // the periodic check (every 2 s here) disables the account
        Instant deadline = Instant.now().plus(Duration.parse(GONE_WITHIN));
        int status;
        do {
            status = leaving.get("/api/v1/me").status();
        } while (status == 200 && Instant.now().isBefore(deadline));
        assertTrue(status != 200, "still signed in " + GONE_WITHIN + " after the removal");
        // (a request under way while the account is disabled may end in 403; from then on: 401)
        assertEquals(401, leaving.get("/api/v1/me").status());
        assertFalse(account("leaving").getBoolean("enabled"));
    }
}
