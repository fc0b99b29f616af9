package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/** The platform's REST API as other systems use it, on the provisioned WildFly with the real EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void meAnswersTheCallersNameOrganisationAndRoles() {
        Api.Reply reply = Api.as("admin").get("/api/v1/me");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject me = reply.json();
        assertEquals("admin", me.getString("username"));
        assertEquals("SX", me.getJsonObject("organisation").getString("code"));
        assertEquals(List.of("sys-admin"), strings(me, "roles"));
        assertFalse(me.getString("displayName").isBlank());
    }

    @Test
    void aMemberSeesOnlyTheirOwnOrganisation() {
        assertEquals(List.of("SX-DT"), codes(Api.as("member1").get("/api/v1/organisations")));
    }

    @Test
    void officeStaffSeeTheirOrganisationAndThoseBelowButNoSibling() {
        List<String> codes = codes(Api.as("office").get("/api/v1/organisations"));
        assertTrue(codes.containsAll(List.of("SX-DT", "SX-DT-PC", "SX-DT-YG")), codes::toString);
        assertFalse(codes.contains("SX"), codes::toString);
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("SX-CZ")), codes::toString);
    }

    @Test
    void aSiblingsOrganisationIsNotFoundRatherThanForbidden() {
        long changzhi = Fixtures.organisationId("SX-CZ");
        Api.Reply reply = Api.as("office").get("/api/v1/organisations/" + changzhi);
        assertEquals(404, reply.status(), reply::toString);
        assertEquals("urn:tongxin:problem:not-found", reply.json().getString("type"));
    }

    @Test
    void noCredentialsAnswer401WithABasicChallengeAndAProblemInChinese() {
        Api.Reply reply = Api.anonymous().get("/api/v1/me");
        assertEquals(401, reply.status(), reply::toString);
        assertTrue(reply.challenge().startsWith("Basic"), reply.challenge());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.json().getString("title").matches(".*\\p{IsHan}.*"), reply.body());
    }

    @Test
    void aWrongPasswordAnswersInTheCallersLanguage() {
        Api.Reply chinese = Api.as("admin", "wrong-password-1").get("/api/v1/me");
        Api.Reply english =
                Api.as("admin", "wrong-password-2").speaking("en-GB,en;q=0.8").get("/api/v1/me");
        assertEquals(401, chinese.status());
        assertEquals("urn:tongxin:problem:login-invalid", chinese.json().getString("type"));
        assertEquals("用户名或密码错误", chinese.json().getString("title"));
        assertEquals("Wrong user name or password", english.json().getString("title"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoThatEvenTheRightOneIsRefused() {
        String username = Fixtures.username("lock");
        long id = Fixtures.account(username, "Initial-Pass-2026", "member");
        for (int i = 1; i <= 4; i++) {
            assertEquals(
                    "urn:tongxin:problem:login-invalid",
                    Api.as(username, "not-it-" + i).get("/api/v1/me").json().getString("type"));
        }
        // the fifth locks the account, but a wrong password never learns that (issue 13: no hint to an outsider)
        assertEquals(
                "urn:tongxin:problem:login-invalid",
                Api.as(username, "not-it-5").get("/api/v1/me").json().getString("type"));
        assertEquals(
                "urn:tongxin:problem:login-invalid",
                Api.as(username, "not-it-6").get("/api/v1/me").json().getString("type"));

        Api.Reply rightPassword = Api.as(username, "Initial-Pass-2026").get("/api/v1/me");
        assertEquals(401, rightPassword.status());
        assertEquals("urn:tongxin:problem:login-locked", rightPassword.json().getString("type"));
        assertTrue(Api.as("admin").get("/api/v1/accounts/" + id).json().getBoolean("locked"));

        assertEquals(
                200,
                Api.as("admin").post("/api/v1/accounts/" + id + "/unlock", "").status());
        assertEquals(
                200, Api.as(username, "Initial-Pass-2026").get("/api/v1/me").status());
    }

    @Test
    void aRefusedAuthorisationAnswers403AndIsAudited() {
        Api.Reply refused = Api.as("member1").get("/api/v1/audit");
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("urn:tongxin:problem:forbidden", refused.json().getString("type"));

        JsonObject page = Api.as("auditor")
                .get("/api/v1/audit?actor=member1&action=ACCESS_DENIED&size=5")
                .json();
        assertTrue(page.getJsonNumber("total").longValue() >= 1, page::toString);
        assertTrue(
                page.getJsonArray("items").getJsonObject(0).getString("details").contains("/api/v1/audit"));
    }

    @Test
    void creatingAnOrganisationIsAuditedWithWhoWhereAndTheValues() {
        String code = Api.unique("SX-DT-T");
        Api.Reply created = Api.as("admin")
                .post(
                        "/api/v1/organisations",
                        "{\"parentId\":" + Fixtures.organisationId("SX-DT") + ",\"code\":\"" + code
                                + "\",\"name\":\"测试区政协\"}");
        assertEquals(201, created.status(), created::toString);
        assertEquals("COUNTY", created.json().getString("level"));

        JsonObject page = Api.as("auditor")
                .get("/api/v1/audit?actor=admin&action=CREATE&entityType=Organisation&size=50")
                .json();
        JsonObject entry = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("details").contains(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no audit line for " + code + " in " + page));
        assertEquals(String.valueOf(created.json().getJsonNumber("id").longValue()), entry.getString("entityId"));
        assertNotNull(entry.getString("origin"));
        assertTrue(entry.getString("details").contains("测试区政协"), entry::toString);
    }

    @Test
    void nothingCanBeAddedBelowACounty() {
        Api.Reply reply = Api.as("admin")
                .post(
                        "/api/v1/organisations",
                        "{\"parentId\":" + Fixtures.organisationId("SX-DT-PC") + ",\"code\":\"" + Api.unique("X")
                                + "\",\"name\":\"镇\"}");
        assertEquals(422, reply.status(), reply::toString);
        assertEquals("urn:tongxin:problem:organisation-too-deep", reply.json().getString("type"));
    }

    @Test
    void aDuplicateCodeIsAConflictNamingTheField() {
        Api.Reply reply = Api.as("admin")
                .post(
                        "/api/v1/organisations",
                        "{\"parentId\":" + Fixtures.organisationId("SX") + ",\"code\":\"SX-DT\",\"name\":\"重复\"}");
        assertEquals(409, reply.status(), reply::toString);
        assertTrue(reply.json().getJsonObject("fields").containsKey("code"), reply::toString);
    }

    @Test
    void onlyTheSystemAdministratorAddsOrganisations() {
        Api.Reply reply = Api.as("security")
                .post(
                        "/api/v1/organisations",
                        "{\"parentId\":" + Fixtures.organisationId("SX") + ",\"code\":\"" + Api.unique("X")
                                + "\",\"name\":\"越权\"}");
        assertEquals(403, reply.status(), reply::toString);
    }

    @Test
    void noAccountHoldsTwoOfTheThreeAdministratorRoles() {
        long id = Fixtures.account(Fixtures.username("sep"), "Initial-Pass-2026", null);
        Api.Reply two = Api.as("security")
                .put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"sys-admin\",\"audit-admin\"]}");
        assertEquals(422, two.status(), two::toString);
        assertEquals("urn:tongxin:problem:separation-of-duties", two.json().getString("type"));
        Api.Reply mixed = Api.as("security")
                .put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"security-admin\",\"member\"]}");
        assertEquals(422, mixed.status(), mixed::toString);
        Api.Reply one = Api.as("security").put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"audit-admin\"]}");
        assertEquals(200, one.status(), one::toString);
    }

    @Test
    void nobodyChangesTheirOwnRoles() {
        long securityId =
                Api.as("security").get("/api/v1/me").json().getJsonNumber("id").longValue();
        Api.Reply reply =
                Api.as("security").put("/api/v1/accounts/" + securityId + "/roles", "{\"roles\":[\"sys-admin\"]}");
        assertEquals(422, reply.status(), reply::toString);
        assertEquals("urn:tongxin:problem:self-roles", reply.json().getString("type"));
    }

    @Test
    void aWeakInitialPasswordIsRefusedWithTheRuleInTheCallersLanguage() {
        Api.Reply reply = Api.as("admin")
                .speaking("en")
                .post(
                        "/api/v1/accounts",
                        "{\"username\":\"" + Api.unique("weak").toLowerCase()
                                + "\",\"displayName\":\"弱密码\",\"organisationId\":" + Fixtures.organisationId("SX-DT")
                                + ",\"initialPassword\":\"short\"}");
        assertEquals(422, reply.status(), reply::toString);
        assertEquals("A password needs at least 12 characters", reply.json().getString("title"));
    }

    @Test
    void aMissingFieldIsNamedInTheProblem() {
        Api.Reply reply = Api.as("admin").post("/api/v1/accounts", "{\"displayName\":\"无名\"}");
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.json().getJsonObject("fields").containsKey("username"), reply::toString);
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        Api.Reply reply = Api.as("admin").post("/api/v1/organisations", "{not json");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
    }

    @Test
    void theAuditTrailCannotBeRewrittenOnPostgreSql() throws java.sql.SQLException {
        String url = System.getProperty("tongxin.it.db.url", "");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                url.startsWith("jdbc:postgresql:"),
                "the append-only trigger is PostgreSQL's (tests run with -Ppostgresql); on H2 only the application guards it");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                        url, System.getProperty("tongxin.it.db.user"), System.getProperty("tongxin.it.db.password"));
                java.sql.Statement s = c.createStatement()) {
            assertTrue(s.executeQuery("select count(*) from pf_audit_entry").next());
            java.sql.SQLException update = org.junit.jupiter.api.Assertions.assertThrows(
                    java.sql.SQLException.class,
                    () -> s.executeUpdate("update pf_audit_entry set actor = 'someone-else'"));
            assertTrue(update.getMessage().contains("append-only"), update::getMessage);
            org.junit.jupiter.api.Assertions.assertThrows(
                    java.sql.SQLException.class, () -> s.executeUpdate("delete from pf_audit_entry"));
        }
    }

    @Test
    void manyFirstRequestsOfOneAccountAtOnceAreAllAnswered() {
        // each checks the password and records the login on the account's row: they must wait for each other, not fail
        String username = Fixtures.username("burst");
        Fixtures.account(username, "Initial-Pass-2026", "member");
        List<Api.Reply> replies = java.util.stream.IntStream.range(0, 16)
                .mapToObj(i -> Api.as(username, "Initial-Pass-2026").getAsync("/api/v1/me"))
                .toList()
                .stream()
                .map(java.util.concurrent.CompletableFuture::join)
                .toList();
        assertTrue(replies.stream().allMatch(r -> r.status() == 200), replies::toString);
    }

    @Test
    void aPersonChangesTheirOwnPasswordAndTheOldOneStopsWorking() {
        String username = Fixtures.username("pw");
        Fixtures.newAccount(username, "Initial-Pass-2026", "member");
        assertTrue(
                Api.as(username, "Initial-Pass-2026").get("/api/v1/me").json().getBoolean("mustChangePassword"));

        Api.Reply weak = Api.as(username, "Initial-Pass-2026")
                .post("/api/v1/me/password", "{\"currentPassword\":\"Initial-Pass-2026\",\"newPassword\":\"short\"}");
        assertEquals(422, weak.status(), weak::toString);
        assertEquals("密码至少需要 12 个字符", weak.json().getString("title"));
        Api.Reply wrongCurrent = Api.as(username, "Initial-Pass-2026")
                .post(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"not-my-password\",\"newPassword\":\"Brand-New-Pass-2026\"}");
        assertEquals(422, wrongCurrent.status(), wrongCurrent::toString);
        assertTrue(wrongCurrent.json().getJsonObject("fields").containsKey("currentPassword"));

        Api.Reply changed = Api.as(username, "Initial-Pass-2026")
                .post(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"Initial-Pass-2026\",\"newPassword\":\"Brand-New-Pass-2026\"}");
        assertEquals(204, changed.status(), changed::toString);
        assertEquals(
                401,
                Api.as(username, "Initial-Pass-2026").get("/api/v1/me").status(),
                "the old password, verified a moment ago, must not open the account any more");
        JsonObject me =
                Api.as(username, "Brand-New-Pass-2026").get("/api/v1/me").json();
        assertFalse(me.getBoolean("mustChangePassword"));
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceEvenWithARecentlyVerifiedPassword() {
        String username = Fixtures.username("off");
        long id = Fixtures.account(username, "Initial-Pass-2026", "member");
        assertEquals(
                200, Api.as(username, "Initial-Pass-2026").get("/api/v1/me").status());
        assertEquals(
                200,
                Api.as("admin").post("/api/v1/accounts/" + id + "/disable", "").status());
        assertEquals(
                401, Api.as(username, "Initial-Pass-2026").get("/api/v1/me").status());
    }

    @Test
    void aRoleTakenAwayIsRefusedAtOnceWhileTheAccountIsReadFromTheCache() {
        // the account, its roles and the policy are read from the second-level cache on every request: the role
        // change, made through the service, must reach the very next request
        String username = Fixtures.username("role");
        long id = Fixtures.account(username, "Initial-Pass-2026", "info-editor");
        for (int i = 0; i < 3; i++) { // warm: the account is in the cache now
            assertEquals(
                    200,
                    Api.as(username, "Initial-Pass-2026")
                            .get("/api/v1/reports/index")
                            .status());
        }
        Api.Reply changed =
                Api.as("security").put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"hall-keeper\"]}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(
                403,
                Api.as(username, "Initial-Pass-2026")
                        .get("/api/v1/reports/index")
                        .status(),
                "an info editor's endpoint, no longer an info editor");
        assertEquals(
                List.of("hall-keeper"),
                Api.as(username, "Initial-Pass-2026")
                        .get("/api/v1/me")
                        .json()
                        .getJsonArray("roles")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
    }

    @Test
    void accountsAreListedInPagesOfTheVisibleOrganisations() {
        JsonObject page =
                Api.as("admin").get("/api/v1/accounts?q=member&page=1&size=5").json();
        assertEquals(1, page.getInt("page"));
        assertEquals(5, page.getInt("size"));
        assertEquals(5, page.getJsonArray("items").size());
        assertTrue(page.getJsonNumber("total").longValue() >= 20, page::toString);
        Api.Reply tooBig = Api.as("admin").get("/api/v1/accounts?size=100000");
        assertEquals(422, tooBig.status(), tooBig::toString);
        assertEquals(403, Api.as("office").get("/api/v1/accounts").status());
    }

    @Test
    void readinessReportsTheDatabase() {
        Api.Reply reply = Api.anonymous().get("/api/v1/health/ready");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("UP", reply.json().getString("status"));
    }

    @Test
    void livenessNeedsNoLoginAndSaysUp() {
        Api.Reply reply = Api.anonymous().get("/api/v1/health/live");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("{\"status\":\"UP\"}", reply.body());
    }

    // --- helpers -------------------------------------------------------------------------------

    private static List<String> codes(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code"))
                .toList();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonValue.class).stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
    }
}
