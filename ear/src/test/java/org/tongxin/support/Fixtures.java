package org.tongxin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import jakarta.json.JsonObject;

/** Records the tests need, made through the API as the demo administrators would. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A new account in the demo city, opened by admin and given a role by security (null: no role). */
    public static long account(String username, String password, String role) {
        Api.Reply created = Api.as("admin").post("/api/v1/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"测试用户\",\"organisationId\":" + organisationId("SX-DT")
                + ",\"initialPassword\":\"" + password + "\"}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        if (role != null) {
            Api.Reply roles = Api.as("security").put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"" + role + "\"]}");
            assertEquals(200, roles.status(), roles::toString);
        }
        return id;
    }

    public static String username(String prefix) {
        return Api.unique(prefix).toLowerCase(Locale.ROOT);
    }

    public static long organisationId(String code) {
        return Api.as("admin").get("/api/v1/organisations").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no organisation " + code)).getJsonNumber("id").longValue();
    }
}
