package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.tongxin.support.TestTotp;

/**
 * Issue 15, two factors over the API: administrators never with HTTP Basic alone (but for who-am-I), the
 * token endpoint with the code, a code accepted once, wrong codes toward the lockout, recovery codes once,
 * the security administrator's reset (dual control for a security administrator).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorApiIT {

    private static final String P = "urn:tongxin:problem:";
    private static final String PASSWORD = "Two-Factor-Pass-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdministratorWithBasicAloneIsRefusedEverythingButWhoAmI() {
        for (String admin : new String[] {"admin", "security", "auditor"}) {
            Api.Reply refused = Api.basic(admin).get("/api/v1/accounts");
            assertEquals(403, refused.status(), refused::toString);
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
            assertEquals(P + "second-factor-required", refused.json().getString("type"));
        }
        assertEquals(403, Api.basic("auditor").get("/api/v1/audit?size=1").status());
        Api.Reply me = Api.basic("admin").get("/api/v1/me");
        assertEquals(200, me.status(), me::toString);
        assertTrue(me.body().contains("sys-admin"), me::toString);
        assertTrue(me.json().getBoolean("secondFactorRequired"));
        // an account without a second factor goes on with Basic as before
        Api.Reply member = Api.basic("member1").get("/api/v1/me");
        assertEquals(200, member.status(), member::toString);
        assertFalse(member.json().getBoolean("secondFactorRequired"));
        assertEquals(
                200, Api.basic("member1").get("/api/v1/notifications?max=1").status());
    }

    @Test
    void aGoodCodeGivesATokenThatWorksAndTheSameCodeIsRefusedAfterwards() {
        String username = Fixtures.username("tfa");
        Fixtures.account(username, PASSWORD, "member");
        Api person = Api.enrol(username, PASSWORD);

        // Basic alone no longer does for an account with a second factor
        Api.Reply basic = Api.basic(username, PASSWORD).get("/api/v1/notifications?max=1");
        assertEquals(P + "second-factor-required", basic.json().getString("type"), basic::toString);

        String code = TestTotp.next(username, person.secret());
        Api.Reply issued = Api.basic(username, PASSWORD).post("/api/v1/auth/token", "{\"code\":\"" + code + "\"}");
        assertEquals(200, issued.status(), issued::toString);
        assertEquals("Bearer", issued.json().getString("tokenType"));
        assertTrue(issued.json().getString("accessToken").startsWith("tx1."));
        assertTrue(issued.json().getInt("expiresIn") > 0);
        Api bearer = Api.bearer(issued.json().getString("accessToken"));
        assertEquals(200, bearer.get("/api/v1/notifications?max=1").status());
        JsonObject me = bearer.get("/api/v1/me").json();
        assertEquals(username, me.getString("username"));

        Api.Reply replay = Api.basic(username, PASSWORD).post("/api/v1/auth/token", "{\"code\":\"" + code + "\"}");
        assertEquals(401, replay.status(), replay::toString);
        assertEquals(P + "second-factor-replayed", replay.json().getString("type"));

        Api.Reply missing = Api.basic(username, PASSWORD).post("/api/v1/auth/token", "{}");
        assertEquals(401, missing.status(), missing::toString);
        assertEquals(P + "second-factor-code-required", missing.json().getString("type"));
    }

    @Test
    void wrongCodesCountTowardTheLockout() {
        String username = Fixtures.username("tfl");
        Fixtures.account(username, PASSWORD, "member");
        Api person = Api.enrol(username, PASSWORD);
        int policyFailures = 5; // the default policy (SecurityPolicy.DEFAULT)
        for (int i = 0; i < policyFailures; i++) {
            Api.Reply wrong = Api.basic(username, PASSWORD).post("/api/v1/auth/token", "{\"code\":\"000000\"}");
            if (wrong.status() == 401 && wrong.body().contains("login-locked")) {
                break;
            }
            assertEquals(P + "second-factor-invalid", wrong.json().getString("type"), wrong::toString);
        }
        // locked now: even the right password and a right (recovery) code are refused
        Api.Reply locked = Api.basic(username, PASSWORD)
                .post(
                        "/api/v1/auth/token",
                        "{\"code\":\"" + person.recoveryCodes().get(0) + "\"}");
        assertEquals(401, locked.status(), locked::toString);
        assertEquals(P + "login-locked", locked.json().getString("type"));
        String trail =
                Api.as("auditor").get("/api/v1/audit?size=50&actor=" + username).body();
        assertTrue(trail.contains("SECOND_FACTOR_FAILURE") || trail.contains("ACCOUNT_LOCKED"), trail);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        String username = Fixtures.username("tfr");
        Fixtures.account(username, PASSWORD, "member");
        Api person = Api.enrol(username, PASSWORD);
        assertEquals(10, person.recoveryCodes().size());
        String recovery = person.recoveryCodes().get(3);
        Api.Reply first = Api.basic(username, PASSWORD).post("/api/v1/auth/token", "{\"code\":\"" + recovery + "\"}");
        assertEquals(200, first.status(), first::toString);
        Api.Reply again = Api.basic(username, PASSWORD).post("/api/v1/auth/token", "{\"code\":\"" + recovery + "\"}");
        assertEquals(401, again.status(), again::toString);
        assertEquals(P + "second-factor-invalid", again.json().getString("type"));
    }

    @Test
    void aTokenEndsWithTheCredentialsItWasIssuedUnderAndForeignTokensAreRefused() {
        String username = Fixtures.username("tft");
        long id = Fixtures.account(username, PASSWORD, "member");
        Api person = Api.enrolled(username, PASSWORD);
        assertEquals(200, person.get("/api/v1/me").status());
        assertEquals(
                200,
                Api.as("admin").post("/api/v1/accounts/" + id + "/disable", "").status());
        Api.Reply disabled = person.get("/api/v1/me");
        assertEquals(401, disabled.status(), disabled::toString);
        assertEquals(P + "token-invalid", disabled.json().getString("type"));
        assertTrue(disabled.challenge().startsWith("Bearer"), disabled::toString);

        Api.Reply forged =
                Api.bearer("tx1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").get("/api/v1/me");
        assertEquals(401, forged.status(), forged::toString);
        Api.Reply other = Api.bearer("eyJhbGciOiJub25lIn0.e30.").get("/api/v1/me");
        assertEquals(401, other.status(), other::toString);
    }

    @Test
    void onlyTheSecurityAdministratorResetsASecondFactorAndASecurityAdministratorsNeedsTwo() {
        String username = Fixtures.username("tfs");
        long id = Fixtures.account(username, PASSWORD, "member");
        Api person = Api.enrolled(username, PASSWORD);
        assertEquals(
                403,
                Api.as("admin")
                        .post("/api/v1/accounts/" + id + "/second-factor/reset", "")
                        .status());
        Api.Reply reset = Api.as("security").post("/api/v1/accounts/" + id + "/second-factor/reset", "");
        assertEquals(200, reset.status(), reset::toString);
        assertTrue(reset.json().getBoolean("reset"));
        assertEquals(401, person.get("/api/v1/me").status(), "the old token ends with the second factor");
        // a member without a second factor is back to Basic, and may enrol again
        assertEquals(
                200,
                Api.basic(username, PASSWORD).get("/api/v1/notifications?max=1").status());
        assertEquals(
                200,
                Api.basic(username, PASSWORD)
                        .post("/api/v1/me/second-factor", "")
                        .status());

        long securityId =
                Api.as("security").get("/api/v1/me").json().getJsonNumber("id").longValue();
        Api.Reply own = Api.as("security").post("/api/v1/accounts/" + securityId + "/second-factor/reset", "");
        assertEquals(422, own.status(), own::toString);

        String sec = Fixtures.username("tfsa");
        long secId = Fixtures.account(sec, PASSWORD, "security-admin");
        Api.Reply asked = Api.as("admin").post("/api/v1/accounts/" + secId + "/second-factor/reset", "");
        assertEquals(200, asked.status(), asked::toString);
        assertFalse(asked.json().getBoolean("reset"), "one administrator only asks");
        assertFalse(Api.as("admin")
                .post("/api/v1/accounts/" + secId + "/second-factor/reset", "")
                .json()
                .getBoolean("reset"));
        Api.Reply done = Api.as("auditor").post("/api/v1/accounts/" + secId + "/second-factor/reset", "");
        assertEquals(200, done.status(), done::toString);
        assertTrue(done.json().getBoolean("reset"), "a second administrator completes it");
        String trail = Api.as("auditor").get("/api/v1/audit?size=100").body();
        assertTrue(trail.contains("SECOND_FACTOR_RESET_REQUESTED"), trail);
        assertTrue(trail.contains("SECOND_FACTOR_RESET"), trail);
        assertTrue(trail.contains("SECOND_FACTOR_ENROLLED"), trail);
    }

    @Test
    void thePolicyCanRequireASecondFactorForMoreRoles() {
        String username = Fixtures.username("tfp");
        Fixtures.account(username, PASSWORD, "leader");
        assertEquals(
                200,
                Api.basic(username, PASSWORD).get("/api/v1/notifications?max=1").status());
        String path = "/api/v1/security-policy/second-factor-roles";
        try {
            Api.Reply set = Api.as("security").put(path, "{\"roles\":[\"leader\"]}");
            assertEquals(200, set.status(), set::toString);
            Api.Reply refused = Api.basic(username, PASSWORD).get("/api/v1/notifications?max=1");
            assertEquals(403, refused.status(), refused::toString);
            assertEquals(P + "second-factor-required", refused.json().getString("type"));
            Api.Reply noToken = Api.basic(username, PASSWORD).post("/api/v1/auth/token", "{}");
            assertEquals(403, noToken.status(), noToken::toString);
            assertEquals(P + "second-factor-enrolment-required", noToken.json().getString("type"));
            assertEquals(
                    200,
                    Api.enrolled(username, PASSWORD)
                            .get("/api/v1/notifications?max=1")
                            .status());
            // only the security administrator changes it, and only for roles other than the administrators'
            assertEquals(403, Api.as("admin").put(path, "{\"roles\":[]}").status());
            assertEquals(
                    422,
                    Api.as("security").put(path, "{\"roles\":[\"sys-admin\"]}").status());
        } finally {
            assertEquals(200, Api.as("security").put(path, "{\"roles\":[]}").status());
        }
        assertEquals(
                200, Api.basic("member1").get("/api/v1/notifications?max=1").status());
    }
}
