package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
 * Issue 13, credentials: no administrator alone obtains a working credential of an administrator
 * (三员 separation), the must-change state opens nothing but the change, a change ends other
 * credentials, wrong current passwords lock, weak passwords are refused, refusals tell nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialsApiIT {

    private static final String CHANGE_REQUIRED = "urn:tongxin:problem:password-change-required";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anOrdinaryAccountsResetGivesAOneTimePasswordThatOpensOnlyThePasswordChange() {
        String username = Fixtures.username("rst");
        long id = Fixtures.account(username, "Initial-Pass-2026", "office-staff");
        assertEquals(
                200,
                Api.as(username, "Initial-Pass-2026")
                        .get("/api/v1/organisations")
                        .status());

        Api.Reply reset = Api.as("admin").post("/api/v1/accounts/" + id + "/password-reset", "");
        assertEquals(200, reset.status(), reset::toString);
        String temporary = reset.json().getString("temporaryPassword");
        assertEquals(
                401, Api.as(username, "Initial-Pass-2026").get("/api/v1/me").status(), "the old password is gone");

        Api temp = Api.as(username, temporary);
        assertTrue(temp.get("/api/v1/me").json().getBoolean("mustChangePassword"));
        Api.Reply other = temp.get("/api/v1/organisations");
        assertEquals(403, other.status(), other::toString);
        assertEquals(CHANGE_REQUIRED, other.json().getString("type"));
        assertTrue(other.json().getString("title").matches(".*\\p{IsHan}.*"), other::toString);
        assertEquals(403, temp.post("/api/v1/notifications/read-all", "").status());
        assertEquals(CHANGE_REQUIRED, temp.get("/api/v1/committees").json().getString("type"));

        assertEquals(
                204,
                temp.post(
                                "/api/v1/me/password",
                                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"Chosen-By-Me-2026\"}")
                        .status());
        assertEquals(
                200,
                Api.as(username, "Chosen-By-Me-2026")
                        .get("/api/v1/organisations")
                        .status());
    }

    @Test
    void aNewAccountReachesNothingButTheChangeUntilItChoosesItsPassword() {
        String username = Fixtures.username("mc");
        Fixtures.newAccount(username, "Initial-Pass-2026", "member");
        Api first = Api.as(username, "Initial-Pass-2026");
        assertEquals(200, first.get("/api/v1/me").status());
        for (String path :
                new String[] {"/api/v1/members", "/api/v1/notifications", "/api/v1/me/", "/api/v1/reports"}) {
            Api.Reply r = first.get(path);
            assertEquals(403, r.status(), path + " " + r);
            assertEquals(CHANGE_REQUIRED, r.json().getString("type"), path);
        }
        Api.Reply english = first.speaking("en").get("/api/v1/members");
        assertTrue(english.json().getString("title").startsWith("Change your password first"), english::toString);
    }

    @Test
    void anAdministratorsPasswordIsResetOnlyWhenAnotherApprovesAndEachHoldsHalf() {
        String username = Fixtures.username("adm");
        long id = Fixtures.account(username, "Initial-Pass-2026", null);
        grant(id, "audit-admin");

        Api.Reply asked = Api.as("admin").post("/api/v1/accounts/" + id + "/password-reset", "");
        assertEquals(202, asked.status(), asked::toString);
        assertFalse(asked.body().contains("temporaryPassword"), asked::toString);
        JsonObject request = asked.json().getJsonObject("request");
        assertEquals(id, request.getJsonNumber("accountId").longValue());
        assertEquals(username, request.getString("username"));
        assertEquals("admin", request.getString("requestedBy"));
        assertEquals("PENDING", request.getString("state"));
        assertTrue(request.containsKey("requestedAt"));
        Api.Reply again = Api.as("admin").post("/api/v1/accounts/" + id + "/password-reset", "");
        assertEquals(
                request.getJsonNumber("id"),
                again.json().getJsonObject("request").getJsonNumber("id"),
                "one pending request");

        Api.Reply nothingYet = Api.as("admin").get("/api/v1/accounts/" + id + "/password-reset");
        assertEquals(200, nothingYet.status(), nothingYet::toString);
        assertFalse(nothingYet.json().containsKey("passwordHalf"));
        Api.Reply selfApproval = Api.as("admin").post("/api/v1/accounts/" + id + "/password-reset/approve", "");
        assertEquals(403, selfApproval.status(), selfApproval::toString);

        Api.Reply approved = Api.as("security").post("/api/v1/accounts/" + id + "/password-reset/approve", "");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.json().getJsonObject("request").getString("state"));
        assertEquals("security", approved.json().getJsonObject("request").getString("approvedBy"));
        assertEquals(2, approved.json().getInt("half"));
        String second = approved.json().getString("passwordHalf");

        assertFalse(
                Api.as("security")
                        .get("/api/v1/accounts/" + id + "/password-reset")
                        .json()
                        .containsKey("passwordHalf"),
                "the approver never sees the requester's half");
        JsonObject mine = Api.as("admin")
                .get("/api/v1/accounts/" + id + "/password-reset")
                .json();
        assertEquals(1, mine.getInt("half"));
        String first = mine.getString("passwordHalf");
        assertFalse(
                Api.as("admin")
                        .get("/api/v1/accounts/" + id + "/password-reset")
                        .json()
                        .containsKey("passwordHalf"),
                "shown once");

        assertEquals(401, Api.as(username, first).get("/api/v1/me").status(), "one half alone opens nothing");
        assertEquals(401, Api.as(username, second).get("/api/v1/me").status(), "one half alone opens nothing");
        Api person = Api.as(username, first + second);
        assertTrue(person.get("/api/v1/me").json().getBoolean("mustChangePassword"));
        assertEquals(CHANGE_REQUIRED, person.get("/api/v1/audit").json().getString("type"));
        assertEquals(
                204,
                person.post(
                                "/api/v1/me/password",
                                "{\"currentPassword\":\"" + first + second
                                        + "\",\"newPassword\":\"Auditor-Own-Pass-2026\"}")
                        .status());
        assertEquals(
                200,
                Api.enrolled(username, "Auditor-Own-Pass-2026")
                        .get("/api/v1/audit?size=1")
                        .status());

        // all three administrators are told; the trail shows who asked and who approved
        for (String admin : new String[] {"admin", "security", "auditor"}) {
            String notes = Api.as(admin).get("/api/v1/notifications?max=50").body();
            assertTrue(notes.contains(username), admin + ": " + notes);
        }
        String trail = Api.as("auditor")
                .get("/api/v1/audit?entityType=PasswordResetRequest&size=50")
                .body();
        assertTrue(trail.contains("\"actor\":\"admin\""), trail);
        assertTrue(trail.contains("\"actor\":\"security\""), trail);
        assertFalse(trail.contains(first), "the requester's half is masked in the trail");
    }

    @Test
    void nobodyApprovesTheResetOfTheirOwnPassword() {
        String username = Fixtures.username("sec");
        long id = Fixtures.account(username, "Initial-Pass-2026", null);
        grant(id, "security-admin");
        String password = dualReset(id, "security") + "";
        assertEquals(
                204,
                Api.as(username, password)
                        .post(
                                "/api/v1/me/password",
                                "{\"currentPassword\":\"" + password + "\",\"newPassword\":\"Second-Security-2026\"}")
                        .status());

        assertEquals(
                202,
                Api.as("admin")
                        .post("/api/v1/accounts/" + id + "/password-reset", "")
                        .status());
        Api.Reply own = Api.enrolled(username, "Second-Security-2026")
                .post("/api/v1/accounts/" + id + "/password-reset/approve", "");
        assertEquals(403, own.status(), own::toString);
        // a security administrator's reset may be approved by the audit administrator
        Api.Reply byAuditor = Api.as("auditor").post("/api/v1/accounts/" + id + "/password-reset/approve", "");
        assertEquals(200, byAuditor.status(), byAuditor::toString);
        // the audit administrator approves nothing else
        long other = Fixtures.account(Fixtures.username("aud"), "Initial-Pass-2026", null);
        grant(other, "sys-admin");
        assertEquals(
                202,
                Api.as("admin")
                        .post("/api/v1/accounts/" + other + "/password-reset", "")
                        .status());
        assertEquals(
                403,
                Api.as("auditor")
                        .post("/api/v1/accounts/" + other + "/password-reset/approve", "")
                        .status());
    }

    @Test
    void anAccountWhosePasswordTheSystemAdministratorKnowsCannotBeMadeAnAdministratorAndOpened() {
        // the system administrator opens an account, chooses its "own" password as the person, and has it made an
        // auditor
        String username = Fixtures.username("mole");
        long id = Fixtures.account(username, "Known-To-Admin-2026", null);
        assertEquals(
                200, Api.as(username, "Known-To-Admin-2026").get("/api/v1/me").status());
        grant(id, "audit-admin");
        Api.Reply after = Api.as(username, "Known-To-Admin-2026").get("/api/v1/audit");
        assertEquals(401, after.status(), after::toString);
        // and the single reset the system administrator may do for ordinary accounts yields no password now
        Api.Reply reset = Api.as("admin").post("/api/v1/accounts/" + id + "/password-reset", "");
        assertEquals(202, reset.status(), reset::toString);
    }

    @Test
    void wrongCurrentPasswordsCountTowardTheLockout() {
        String username = Fixtures.username("cur");
        Fixtures.account(username, "Initial-Pass-2026", "member");
        Api me = Api.as(username, "Initial-Pass-2026");
        for (int i = 1; i <= 5; i++) {
            Api.Reply wrong = me.post(
                    "/api/v1/me/password",
                    "{\"currentPassword\":\"guess-" + i + "\",\"newPassword\":\"Whatever-Pass-2026\"}");
            assertEquals(422, wrong.status(), wrong::toString);
        }
        Api.Reply locked = me.get("/api/v1/me");
        assertEquals(401, locked.status(), locked::toString);
        assertEquals("urn:tongxin:problem:login-locked", locked.json().getString("type"));
    }

    @Test
    void commonPasswordsAndTheNameInPinyinAreRefused() {
        String username = Fixtures.username("weak");
        Fixtures.account(username, "Initial-Pass-2026", "member");
        Api me = Api.as(username, "Initial-Pass-2026");
        for (String weak : new String[] {"woaini1314520", "password1234", "1qaz2wsx3edc", "Qwertyuiop!!"}) {
            Api.Reply r = me.post(
                    "/api/v1/me/password",
                    "{\"currentPassword\":\"Initial-Pass-2026\",\"newPassword\":\"" + weak + "\"}");
            assertEquals(422, r.status(), weak + " " + r);
            assertEquals("urn:tongxin:problem:weak-password", r.json().getString("type"));
            assertTrue(r.json().getJsonObject("fields").containsKey("newPassword"), r::toString);
        }
        // the display name 测试用户 is ceshiyonghu
        Api.Reply name = me.speaking("en")
                .post(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"Initial-Pass-2026\",\"newPassword\":\"CeShiYongHu-2026\"}");
        assertEquals(422, name.status(), name::toString);
        assertEquals(
                "A password cannot contain your name or its pinyin", name.json().getString("title"));
        Api.Reply created = Api.as("admin")
                .post(
                        "/api/v1/accounts",
                        "{\"username\":\"" + Fixtures.username("c") + "\",\"displayName\":\"弱\",\"organisationId\":"
                                + Fixtures.organisationId("SX-DT") + ",\"initialPassword\":\"woaini1314520\"}");
        assertEquals(422, created.status(), created::toString);
    }

    @Test
    void aFailedLoginLooksTheSameWhetherTheNameIsUnknownThePasswordWrongOrTheAccountLocked() {
        String username = Fixtures.username("same");
        Fixtures.account(username, "Initial-Pass-2026", "member");
        for (int i = 1; i <= 5; i++) {
            Api.as(username, "wrong-" + i).get("/api/v1/me");
        }
        Api.Reply locked = Api.as(username, "wrong-6").get("/api/v1/me");
        Api.Reply unknown = Api.as(Fixtures.username("nobody"), "wrong-7").get("/api/v1/me");
        String other = Fixtures.username("other");
        Fixtures.account(other, "Initial-Pass-2026", "member");
        Api.Reply wrong = Api.as(other, "wrong-8").get("/api/v1/me");
        for (Api.Reply r : new Api.Reply[] {locked, unknown, wrong}) {
            assertEquals(401, r.status(), r::toString);
            assertEquals("urn:tongxin:problem:login-invalid", r.json().getString("type"), r::toString);
            assertEquals("用户名或密码错误", r.json().getString("title"));
        }
        assertEquals(locked.body(), unknown.body());
        assertEquals(locked.challenge(), unknown.challenge());
        // the person with the right password learns it
        assertEquals(
                "urn:tongxin:problem:login-locked",
                Api.as(username, "Initial-Pass-2026").get("/api/v1/me").json().getString("type"));
    }

    @Test
    void aPasswordChangeEndsTheOldCredentialAtOnce() {
        String username = Fixtures.username("end");
        Fixtures.account(username, "Initial-Pass-2026", "member");
        Api old = Api.as(username, "Initial-Pass-2026");
        assertEquals(200, old.get("/api/v1/me").status());
        assertEquals(
                204,
                old.post(
                                "/api/v1/me/password",
                                "{\"currentPassword\":\"Initial-Pass-2026\",\"newPassword\":\"Next-Pass-Word-2026\"}")
                        .status());
        assertEquals(401, old.get("/api/v1/me").status());
        assertNotEquals(
                401, Api.as(username, "Next-Pass-Word-2026").get("/api/v1/me").status());
    }

    // --- helpers -------------------------------------------------------------------------------

    private static void grant(long id, String role) {
        Api.Reply r = Api.as("security").put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"" + role + "\"]}");
        assertEquals(200, r.status(), r::toString);
    }

    /** admin asks, approver approves; the one-time password, first half then second. */
    private static String dualReset(long id, String approver) {
        assertEquals(
                202,
                Api.as("admin")
                        .post("/api/v1/accounts/" + id + "/password-reset", "")
                        .status());
        Api.Reply approved = Api.as(approver).post("/api/v1/accounts/" + id + "/password-reset/approve", "");
        assertEquals(200, approved.status(), approved::toString);
        String first = Api.as("admin")
                .get("/api/v1/accounts/" + id + "/password-reset")
                .json()
                .getString("passwordHalf");
        return first + approved.json().getString("passwordHalf");
    }
}
