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

/**
 * A handling unit's login set up by an office from nothing (issue 18): the administrator creates the account, the
 * security administrator gives it the {@code handling-unit} role and links it to a department the office registered;
 * then the login works as that unit. Only a handling unit's login acts for a department, only one of its own
 * organisation's and not retired, and only the security administrator links it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandlingUnitAccountApiIT {

    private static final String PASSWORD = "Amber-Willow-Harbour-41";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aSecurityAdministratorLinksAHandlingUnitsLoginToADepartmentOfItsOrganisation() {
        long department = department("office", Api.unique("测试承办局"));
        String username = Fixtures.username("unit");
        long account = Fixtures.account(username, PASSWORD, "handling-unit");

        Api.Reply linked = Api.as("security").put(link(account), "{\"departmentId\":" + department + "}");
        assertEquals(200, linked.status(), linked::toString);
        assertEquals(department, linked.json().getJsonNumber("departmentId").longValue());
        assertTrue(linked.json().getString("departmentName").startsWith("测试承办局"));
        JsonObject listed = Api.as("security")
                .get("/api/v1/accounts?q=" + username)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(department, listed.getJsonNumber("departmentId").longValue(), "the list shows the link too");

        // the login works as a unit: it reads the proposals assigned to its department (none yet)
        Api.Reply mine = Api.as(username, PASSWORD).get("/api/v1/proposals");
        assertEquals(200, mine.status(), mine::toString);
        assertEquals(0, mine.json().getJsonArray("items").size());

        Api.Reply unlinked = Api.as("security").put(link(account), "{\"departmentId\":null}");
        assertEquals(200, unlinked.status(), unlinked::toString);
        assertFalse(
                unlinked.json().containsKey("departmentId") && !unlinked.json().isNull("departmentId"));
    }

    @Test
    void onlyAHandlingUnitsLoginActsForADepartmentInUseOfItsOwnOrganisation() {
        JsonObject made = departmentMade("office", Api.unique("测试农业局"));
        long department = made.getJsonNumber("id").longValue();
        long member = Fixtures.account(Fixtures.username("notunit"), PASSWORD, "member");
        assertField("not-handling-unit", Api.as("security").put(link(member), "{\"departmentId\":" + department + "}"));

        long unit = Fixtures.account(Fixtures.username("unit"), PASSWORD, "handling-unit");
        // a department of another organisation (Luzhou's office registers it; the account is of Datong)
        long elsewhere = department("office-lz", Api.unique("潞州测试局"));
        assertField("invalid-input", Api.as("security").put(link(unit), "{\"departmentId\":" + elsewhere + "}"));
        assertField("invalid-input", Api.as("security").put(link(unit), "{\"departmentId\":987654321}"));

        Api.Reply retired = Api.as("office")
                .post("/api/v1/departments/" + department + "/retire", "{\"version\":" + made.getInt("version") + "}");
        assertEquals(200, retired.status(), retired::toString);
        assertField("department-retired", Api.as("security").put(link(unit), "{\"departmentId\":" + department + "}"));

        // the system administrator creates accounts but does not decide what they may see
        long other = department("office", Api.unique("测试水利局"));
        assertEquals(
                403,
                Api.as("admin")
                        .put(link(unit), "{\"departmentId\":" + other + "}")
                        .status());
        JsonObject after = Api.as("security").get("/api/v1/accounts/" + unit).json();
        assertTrue(!after.containsKey("departmentId") || after.isNull("departmentId"), "nothing was linked");
    }

    private static String link(long account) {
        return "/api/v1/accounts/" + account + "/department";
    }

    private static long department(String office, String name) {
        return departmentMade(office, name).getJsonNumber("id").longValue();
    }

    private static JsonObject departmentMade(String office, String name) {
        Api.Reply made = Api.as(office).post("/api/v1/departments", "{\"name\":\"" + name + "\"}");
        assertEquals(201, made.status(), made::toString);
        return made.json();
    }

    private static void assertField(String code, Api.Reply reply) {
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.body().contains("\"departmentId\""), reply::toString);
        assertTrue(reply.body().contains(code), reply::toString);
    }
}
