package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.tongxin.support.Fixtures;

/**
 * Least privilege on reads (issue 13, breach 2): business data is read by the business roles only. The
 * service account of another deployment reads only the inbound report endpoints; the three administrators
 * manage accounts, configuration and the trail, and find a member only by the sys-admin's narrow lookup; an
 * account without a role reads only itself. Phone and birth date are for the office staff and leaders of
 * the member's own organisation and for the member; the audit trail masks them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeastPrivilegeApiIT {

    private static final String PASSWORD = "Quiet-Lantern-Orchard-73";
    private static final Pattern TRACE = Pattern.compile("(Exception|Error): |\\tat [a-z]|\\.java:[0-9]+\\)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A read of business data, and a business account that may make it (so the path is known to work). */
    private record Read(String path, String allowed) {}

    @Test
    void businessReadsAreRefusedToTheServiceAccountTheAdministratorsAndAnAccountWithoutARole() {
        List<Read> reads = businessReads();
        List<String> callers = List.of("peer", "admin", "security", "auditor", roleless());
        List<String> wrong = new ArrayList<>();
        for (Read read : reads) {
            Api.Reply ok = Api.as(read.allowed()).get(read.path());
            assertEquals(200, ok.status(), () -> read.allowed() + " " + read.path() + ": " + ok);
            for (String caller : callers) {
                Api.Reply reply = Api.as(caller, password(caller)).get(read.path());
                if (reply.status() != 403 || !reply.body().contains("urn:tongxin:problem:")) {
                    wrong.add(caller + " GET " + read.path() + " → " + reply.status());
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> "read business data without a business role:\n" + String.join("\n", wrong));
    }

    @Test
    void theServiceAccountStillReachesTheInboundReportEndpoints() {
        Api.Reply progress = Api.as("peer").get("/api/v1/inbound/reports/" + Api.unique("never-sent"));
        assertEquals(404, progress.status(), progress::toString);
        Api.Reply noKey = Api.as("peer").post("/api/v1/inbound/reports", "{}");
        assertEquals(422, noKey.status(), noKey::toString);
        assertEquals(
                403,
                Api.as("member1")
                        .get("/api/v1/inbound/reports/" + Api.unique("x"))
                        .status());
    }

    @Test
    void administratorsKeepTheReadsOfTheirDuties() {
        assertEquals(200, Api.as("admin").get("/api/v1/accounts?size=5").status());
        assertEquals(200, Api.as("security").get("/api/v1/accounts?size=5").status());
        assertEquals(200, Api.as("admin").get("/api/v1/organisations").status());
        assertEquals(200, Api.as("auditor").get("/api/v1/audit?size=5").status());
        assertEquals(200, Api.as("admin").get("/api/v1/reports/routes").status());
    }

    @Test
    void theSystemAdministratorFindsAMemberByNameWithNothingElseOfTheRoster() {
        Api.Reply found = Api.as("admin").get("/api/v1/members/lookup?name=zwm");
        assertEquals(200, found.status(), found::toString);
        List<JsonObject> items = found.array().getValuesAs(JsonObject.class);
        assertTrue(items.stream().anyMatch(m -> m.getString("name").equals("张伟明")), found::toString);
        items.forEach(
                m -> assertEquals(Set.of("id", "name", "organisationId", "organisationName"), m.keySet(), m::toString));
        Api.Reply many =
                Api.as("admin").get("/api/v1/members/lookup?name=" + URLEncoder.encode("张", StandardCharsets.UTF_8));
        assertTrue(many.array().size() <= 20, "at most 20: " + many.array().size());
        for (String other : List.of("security", "auditor", "peer", "member1", "office")) {
            assertEquals(
                    403, Api.as(other).get("/api/v1/members/lookup?name=zwm").status(), other);
        }
    }

    @Test
    void anAccountWithoutARoleReadsOnlyItself() {
        String user = roleless();
        assertEquals(200, Api.as(user, PASSWORD).get("/api/v1/me").status());
        assertEquals(200, Api.as(user, PASSWORD).get("/api/v1/notifications").status());
        assertEquals(403, Api.as(user, PASSWORD).get("/api/v1/organisations").status());
        assertEquals(
                403,
                Api.as(user, PASSWORD)
                        .get("/api/v1/organisations/" + Fixtures.organisationId("SX-DT"))
                        .status());
        assertEquals(
                403,
                Api.as("peer").get("/api/v1/organisations").status(),
                "nor the service account of another deployment");
    }

    @Test
    void aCalendarFeedStopsWhenItsHolderNoLongerHoldsABusinessRole() {
        String user = account("SX-DT", "hall-keeper");
        Api.Reply renewed = Api.as(user, PASSWORD).post("/api/v1/studyhall/feed-token", "");
        assertEquals(201, renewed.status(), renewed::toString);
        String feed =
                "/api/v1/studyhall/my/calendar.ics?token=" + renewed.json().getString("token");
        assertEquals(200, Api.anonymous().getAccepting(feed, "text/calendar").status());
        long id = Api.as("admin")
                .get("/api/v1/accounts?q=" + user)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Reply roles = Api.as("security").put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[]}");
        assertEquals(200, roles.status(), roles::toString);
        assertEquals(
                404,
                Api.anonymous().getAccepting(feed, "text/calendar").status(),
                "the feed reads nothing for an account without a role");
    }

    @Test
    void officeStaffAndLeadersOfAParentOrganisationDoNotSeeAMembersPhoneOrBirthDate() {
        // a member of 平城区 (below Datong): its own office sees the phone, Datong's office and leader do not
        JsonObject districtMember = Api.as("editor-pc")
                .get("/api/v1/members?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        long id = districtMember.getJsonNumber("id").longValue();
        String districtOffice = account("SX-DT-PC", "office-staff");
        JsonObject own =
                Api.as(districtOffice, PASSWORD).get("/api/v1/members/" + id).json();
        assertTrue(own.getBoolean("personalDataVisible"), own::toString);
        assertTrue(own.getJsonObject("member").getString("phone").startsWith("1"), "the member has a phone: " + own);
        assertNotNull(own.getJsonObject("member").getString("birthDate"), own::toString);
        for (String parent : List.of("office", "leader")) {
            JsonObject profile = Api.as(parent).get("/api/v1/members/" + id).json();
            assertFalse(profile.getBoolean("personalDataVisible"), parent + ": " + profile);
            JsonObject shown = profile.getJsonObject("member");
            assertTrue(absent(shown, "phone") && absent(shown, "birthDate"), parent + ": " + profile);
            String name = URLEncoder.encode(districtMember.getString("name"), StandardCharsets.UTF_8);
            for (JsonObject m : Api.as(parent)
                    .get("/api/v1/members?size=200&q=" + name)
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)) {
                if (m.getJsonNumber("id").longValue() == id) {
                    assertTrue(absent(m, "phone") && absent(m, "birthDate"), parent + " in the list: " + m);
                }
            }
        }
    }

    @Test
    void theMembersOwnOfficeAndTheMemberSeeThePhoneAndOtherMembersDoNot() {
        long member1 = Api.as("member1")
                .get("/api/v1/members?q=zwm")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        for (String may : List.of("member1", "office", "leader")) {
            JsonObject shown =
                    Api.as(may).get("/api/v1/members/" + member1).json().getJsonObject("member");
            assertTrue(shown.getString("phone").startsWith("1"), may + ": " + shown);
            assertNotNull(shown.getString("birthDate"), may + ": " + shown);
        }
        for (String mayNot : List.of("member2", "editor", "keeper")) {
            JsonObject shown =
                    Api.as(mayNot).get("/api/v1/members/" + member1).json().getJsonObject("member");
            assertTrue(absent(shown, "phone") && absent(shown, "birthDate"), mayNot + ": " + shown);
        }
    }

    @Test
    void theAuditTrailShowsPhoneAndBirthDateMasked() {
        Api.Reply reply = Api.as("auditor").get("/api/v1/audit?entityType=Member&action=CREATE&size=50");
        assertEquals(200, reply.status(), reply::toString);
        List<JsonObject> entries = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
        List<JsonObject> withPhone = entries.stream()
                .map(e -> jsonOf(e.getString("details")).getJsonObject("changes"))
                .filter(c -> c != null
                        && c.containsKey("phone")
                        && !c.getJsonObject("phone").isNull("after"))
                .toList();
        assertFalse(withPhone.isEmpty(), "members created with a phone are in the trail: " + reply);
        for (JsonObject changes : withPhone) {
            assertEquals("***", changes.getJsonObject("phone").getString("after"), changes::toString);
            assertEquals("***", changes.getJsonObject("birthDate").getString("after"), changes::toString);
        }
        assertFalse(reply.body().matches("(?s).*\"1[3-9][0-9]{9}\".*"), "no phone number in the trail");
    }

    @Test
    void businessPagesAnswerForbiddenToTheServiceAccountAndTheAdministrators() throws Exception {
        long member1 = Api.as("member1")
                .get("/api/v1/members?q=zwm")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        List<String> pages = List.of(
                "/committee/roster.xhtml",
                "/committee/member.xhtml?id=" + member1,
                "/committee/committees.xhtml",
                "/committee/liaison.xhtml",
                "/committee/pairings.xhtml",
                "/committee/concerns.xhtml",
                "/committee/duty.xhtml?member=" + member1,
                "/studyhall/calendar.xhtml",
                "/studyhall/activities.xhtml",
                "/studyhall/groups.xhtml",
                "/inforeport/reports.xhtml");
        Browser member = Browser.signedIn("member1");
        for (String page : pages) {
            assertEquals(200, member.get(page).statusCode(), "member1 " + page);
        }
        for (String caller : List.of("peer", "admin", "security", "auditor")) {
            Browser browser = Browser.signedIn(caller);
            for (String page : pages) {
                HttpResponse<String> r = browser.get(page);
                assertEquals(403, r.statusCode(), caller + " " + page);
                assertFalse(TRACE.matcher(r.body()).find(), () -> caller + " " + page + ": no trace: " + r.body());
            }
            // the roster's .xlsx export is a postback of the roster page
            assertEquals(
                    403,
                    browser.post("/committee/roster.xhtml", "rosterForm=rosterForm&rosterForm%3Aexport=")
                            .statusCode(),
                    caller + " export");
        }
    }

    private static List<Read> businessReads() {
        long datong = Fixtures.organisationId("SX-DT");
        JsonObject own = Api.as("member1")
                .get("/api/v1/members?q=zwm")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        long member = own.getJsonNumber("id").longValue();
        long committee = Api.as("member1")
                .get("/api/v1/committees")
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long town = Api.as("office")
                .get("/api/v1/liaison/towns?organisation=" + datong)
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long space = Api.as("member1")
                .get("/api/v1/studyhall/spaces")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long report = Api.as("editor")
                .get("/api/v1/reports?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String today = Fixtures.today().toString();
        String week = "from=" + today + "&to=" + Fixtures.today().plusDays(7);
        String year = "from=" + Fixtures.today().withDayOfYear(1) + "&to=" + today;
        return List.of(
                new Read("/api/v1/members?size=5", "member1"),
                new Read("/api/v1/members/" + member, "member1"),
                new Read("/api/v1/members/" + member + "/duty", "member1"),
                new Read("/api/v1/committees", "member1"),
                new Read("/api/v1/committees/sectors", "member1"),
                new Read("/api/v1/pairings?committee=" + committee, "member1"),
                new Read("/api/v1/liaison/towns?organisation=" + datong, "office"),
                new Read("/api/v1/liaison/points?size=5&town=" + town, "office"),
                new Read("/api/v1/liaison/members/" + member + "/points", "member1"),
                new Read("/api/v1/liaison/members/" + member + "/card", "member1"),
                new Read("/api/v1/concerns?organisation=" + datong, "office"),
                new Read("/api/v1/concerns/counts?organisation=" + datong + "&" + year, "office"),
                new Read("/api/v1/duty/ranking?organisation=" + datong, "leader"),
                new Read("/api/v1/duty/grades?organisation=" + datong, "leader"),
                new Read("/api/v1/duty/rules?organisation=" + datong, "leader"),
                new Read("/api/v1/studyhall/spaces", "member1"),
                new Read("/api/v1/studyhall/spaces/" + space, "member1"),
                new Read("/api/v1/studyhall/spaces/" + space + "/closures", "member1"),
                new Read("/api/v1/studyhall/calendar-days", "member1"),
                new Read("/api/v1/studyhall/bookings?" + week, "keeper"),
                new Read("/api/v1/studyhall/bookings/mine?" + week, "member1"),
                new Read("/api/v1/studyhall/bookings/pending", "keeper"),
                new Read("/api/v1/studyhall/activities", "member1"),
                new Read("/api/v1/studyhall/activities/counts?" + year, "keeper"),
                new Read("/api/v1/studyhall/reading-groups", "member1"),
                new Read("/api/v1/studyhall/reading-ranking", "office"),
                new Read("/api/v1/reports?size=5", "member1"),
                new Read("/api/v1/reports/" + report, "editor"),
                new Read("/api/v1/reports/" + report + "/trace", "editor"),
                new Read(
                        "/api/v1/reports/similar?title=" + URLEncoder.encode("道路", StandardCharsets.UTF_8) + "&body=x",
                        "member1"),
                new Read("/api/v1/reports/stats?" + year, "editor"),
                new Read("/api/v1/bulletins", "editor"),
                new Read("/api/v1/consultation/plans", "office"),
                new Read("/api/v1/consultation/shape", "leader"),
                new Read("/api/v1/consultation/tasks", "member1"));
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static JsonObject jsonOf(String text) {
        return jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
    }

    private static String password(String user) {
        return user.startsWith("lp") ? PASSWORD : Api.DEMO_PASSWORD;
    }

    private static String roleless() {
        return account("SX-DT", null);
    }

    /** A new account of the organisation with the role (null: none), its first password already changed. */
    private static String account(String organisationCode, String role) {
        String username = Fixtures.username("lp");
        String initial = "Initial-Pass-2026";
        Api.Reply created = Api.as("admin")
                .post(
                        "/api/v1/accounts",
                        "{\"username\":\"" + username + "\",\"displayName\":\"最小权限\"," + "\"organisationId\":"
                                + Fixtures.organisationId(organisationCode) + ",\"initialPassword\":\"" + initial
                                + "\"}");
        assertEquals(201, created.status(), created::toString);
        if (role != null) {
            Api.Reply roles = Api.as("security")
                    .put(
                            "/api/v1/accounts/" + created.json().getJsonNumber("id") + "/roles",
                            "{\"roles\":[\"" + role + "\"]}");
            assertEquals(200, roles.status(), roles::toString);
        }
        Api.Reply changed = Api.as(username, initial)
                .post(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + PASSWORD + "\"}");
        assertEquals(204, changed.status(), changed::toString);
        return username;
    }

    /** A person's browser: the login form, then pages with the session cookie. */
    private record Browser(HttpClient http) {

        static Browser signedIn(String user) throws IOException, InterruptedException {
            Browser b = new Browser(HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build());
            Matcher m = VIEW_STATE.matcher(b.get("/login.xhtml").body());
            assertTrue(m.find(), "the login page has a view state");
            HttpResponse<String> r = b.post(
                    "/login.xhtml",
                    "login=login&login%3Ausername=" + user + "&login%3Apassword="
                            + URLEncoder.encode(password(user), StandardCharsets.UTF_8)
                            + "&login%3Asubmit=&jakarta.faces.ViewState="
                            + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8));
            assertTrue(r.statusCode() == 302 || r.statusCode() == 303, user + " signs in: " + r.statusCode());
            if (r.headers().firstValue("Location").orElse("").contains("/login-code.xhtml")) {
                // a demo administrator: the second step, the code of the published secret (issue 15)
                Matcher c = VIEW_STATE.matcher(b.get("/login-code.xhtml").body());
                assertTrue(c.find(), "the code page has a view state");
                HttpResponse<String> coded = b.post(
                        "/login-code.xhtml",
                        "code=code&code%3Avalue="
                                + org.tongxin.support.TestTotp.next(user, org.tongxin.support.TestTotp.DEMO_SECRET)
                                + "&code%3Asubmit=&jakarta.faces.ViewState="
                                + URLEncoder.encode(c.group(1), StandardCharsets.UTF_8));
                assertTrue(
                        coded.statusCode() == 302 || coded.statusCode() == 303,
                        user + " gives the code: " + coded.statusCode());
                assertFalse(coded.headers().firstValue("Location").orElse("").contains("/login"), user + " signed in");
            }
            return b;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(Api.BASE + path))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(Api.BASE + path))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
