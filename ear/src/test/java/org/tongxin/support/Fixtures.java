package org.tongxin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.Locale;

/** Records the tests need, made through the API as the demo administrators would. */
public final class Fixtures {

    private Fixtures() {}

    /**
     * A new account in the demo city, ready to use: opened by admin, its password then chosen by the
     * person (so it is not in the must-change state), and given a business role by security (null: no
     * role). An administrator role given this way revokes the password (an administrator knew the
     * initial one): such an account opens only through a dual-controlled reset.
     */
    public static long account(String username, String password, String role) {
        String initial = "Fixture-Start-" + Long.toHexString(System.nanoTime());
        long id = newAccount(username, initial, null);
        Api.Reply changed = Api.as(username, initial)
                .post(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + password + "\"}");
        assertEquals(204, changed.status(), changed::toString);
        grant(id, role);
        return id;
    }

    /** A new account in the demo city as admin opens it: the person must change the password at first login. */
    public static long newAccount(String username, String initialPassword, String role) {
        Api.Reply created = Api.as("admin")
                .post(
                        "/api/v1/accounts",
                        "{\"username\":\"" + username
                                + "\",\"displayName\":\"测试用户\",\"organisationId\":" + organisationId("SX-DT")
                                + ",\"initialPassword\":\"" + initialPassword + "\"}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        grant(id, role);
        return id;
    }

    private static void grant(long id, String role) {
        if (role != null) {
            Api.Reply roles =
                    Api.as("security").put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"" + role + "\"]}");
            assertEquals(200, roles.status(), roles::toString);
        }
    }

    public static String username(String prefix) {
        return Api.unique(prefix).toLowerCase(Locale.ROOT);
    }

    public static long organisationId(String code) {
        return Api.as("admin").get("/api/v1/organisations").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no organisation " + code))
                .getJsonNumber("id")
                .longValue();
    }

    /**
     * Today for the demo organisations (Asia/Shanghai), the day their records are dated by: not the test JVM's
     * (UTC), which is a day behind from 16:00 to 24:00 UTC.
     */
    public static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }
}
