package org.tongxin.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

/** Issue 14: towns, contact points and liaison groups added, renamed, moved and retired through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiaisonStructureApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Long datong;

    private static long datong() {
        if (datong == null) {
            datong = Fixtures.organisationId("SX-DT");
        }
        return datong;
    }

    @Test
    void townsArePostedWithALocationRenamedUnderTheirVersionAndListed() throws Exception {
        String name = Api.unique("新镇");
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/liaison/towns"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(("office:" + Api.DEMO_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        town(datong(), name, "TOWN").toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created::body);
        JsonObject town =
                Json.createReader(new java.io.StringReader(created.body())).readObject();
        long id = town.getJsonNumber("id").longValue();
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/liaison/towns/" + id), location);
        assertEquals(0, town.getInt("version"));

        Api.Reply renamed = Api.as("office").put("/api/v1/liaison/towns/" + id, change(name + "街道", "STREET", 0));
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals(name + "街道", renamed.json().getString("name"));
        assertEquals("STREET", renamed.json().getString("kind"));
        assertEquals(1, renamed.json().getInt("version"));

        // an office that read version 0 and saves after the rename: refused, nothing overwritten
        assertProblem(409, Api.as("office").put("/api/v1/liaison/towns/" + id, change(name + "镇", "TOWN", 0)));
        JsonObject listed = towns(datong()).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertEquals(name + "街道", listed.getString("name"));
        assertTrue(absent(listed, "retiredOn"));

        // another town of the same name: 409
        assertProblem(409, Api.as("office").post("/api/v1/liaison/towns", town(datong(), name + "街道", "TOWN")));
        assertProblem(422, Api.as("office").post("/api/v1/liaison/towns", town(datong(), " ", "TOWN")));
        assertProblem(422, Api.as("office").post("/api/v1/liaison/towns", town(datong(), name + "乙", "CITY")));
    }

    @Test
    void pointsAndGroupsMoveBetweenTownsAndTheGroupsLeaderIsAMemberPicked() {
        long a = createTown(Api.unique("甲镇"));
        long b = createTown(Api.unique("乙镇"));
        Api.Reply point = Api.as("office").post("/api/v1/liaison/points", point(a, "东村", "VILLAGE"));
        assertEquals(201, point.status(), point::toString);
        long p = point.json().getJsonNumber("id").longValue();
        assertEquals(a, point.json().getJsonNumber("townId").longValue());
        assertProblem(409, Api.as("office").post("/api/v1/liaison/points", point(a, "东村", "COMMUNITY")));

        Api.Reply moved = Api.as("office").put("/api/v1/liaison/points/" + p, pointChange("东社区", "COMMUNITY", b, 0));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(b, moved.json().getJsonNumber("townId").longValue());
        assertEquals(
                1L,
                Api.as("office")
                        .get("/api/v1/liaison/points?town=" + b)
                        .json()
                        .getJsonNumber("total")
                        .longValue());
        assertProblem(409, Api.as("office").put("/api/v1/liaison/points/" + p, pointChange("东社区", "COMMUNITY", a, 0)));

        long leader = memberId();
        Api.Reply group = Api.as("office")
                .post(
                        "/api/v1/liaison/groups",
                        Json.createObjectBuilder()
                                .add("townId", a)
                                .add("name", "甲镇联络组")
                                .add("leaderId", leader)
                                .build()
                                .toString());
        assertEquals(201, group.status(), group::toString);
        long g = group.json().getJsonNumber("id").longValue();
        assertEquals(leader, group.json().getJsonNumber("leaderId").longValue());
        assertEquals(1, group.json().getJsonArray("members").size(), "the leader joins the group");
        assertProblem(
                409,
                Api.as("office")
                        .post(
                                "/api/v1/liaison/groups",
                                Json.createObjectBuilder()
                                        .add("townId", a)
                                        .add("name", "第二个")
                                        .build()
                                        .toString()));

        Api.Reply movedGroup = Api.as("office").put("/api/v1/liaison/groups/" + g, groupChange("乙镇联络组", b, null, 0));
        assertEquals(200, movedGroup.status(), movedGroup::toString);
        assertEquals(b, movedGroup.json().getJsonNumber("townId").longValue());
        assertTrue(absent(movedGroup.json(), "leaderId"), "no leader any more");
        assertProblem(409, Api.as("office").put("/api/v1/liaison/groups/" + g, groupChange("又一名", a, null, 0)));
        List<JsonObject> groups = Api.as("office")
                .get("/api/v1/liaison/groups?organisation=" + datong())
                .array()
                .getValuesAs(JsonObject.class);
        assertTrue(groups.stream()
                .anyMatch(x -> x.getJsonNumber("id").longValue() == g
                        && x.getString("townName").equals(townName(b))));
    }

    @Test
    void retiredItemsStayReadableAndTakeNothingNew() {
        long t = createTown(Api.unique("撤并镇"));
        long p = Api.as("office")
                .post("/api/v1/liaison/points", point(t, "老村", "VILLAGE"))
                .json()
                .getJsonNumber("id")
                .longValue();
        long member = memberId();
        Api.Reply assigned = Api.as("office")
                .post(
                        "/api/v1/liaison/assignments",
                        Json.createObjectBuilder()
                                .add("memberId", member)
                                .add("pointId", p)
                                .add("fixed", false)
                                .add("since", "2026-01-01")
                                .build()
                                .toString());
        assertEquals(201, assigned.status(), assigned::toString);
        long g = Api.as("office")
                .post(
                        "/api/v1/liaison/groups",
                        Json.createObjectBuilder()
                                .add("townId", t)
                                .add("name", "撤并镇联络组")
                                .build()
                                .toString())
                .json()
                .getJsonNumber("id")
                .longValue();

        // a town with a live point and group is not retired; a date in the future is refused
        assertProblem(409, Api.as("office").post("/api/v1/liaison/towns/" + t + "/retire", "{\"on\":\"2026-06-30\"}"));
        assertProblem(422, Api.as("office").post("/api/v1/liaison/points/" + p + "/retire", "{\"on\":\"2999-01-01\"}"));

        Api.Reply retiredPoint =
                Api.as("office").post("/api/v1/liaison/points/" + p + "/retire", "{\"on\":\"2026-06-30\"}");
        assertEquals(200, retiredPoint.status(), retiredPoint::toString);
        assertEquals("2026-06-30", retiredPoint.json().getString("retiredOn"));
        assertTrue(
                Api.as("office")
                        .get("/api/v1/liaison/members/" + member + "/points")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(a -> a.getJsonNumber("pointId").longValue() == p),
                "the point's assignments ended");
        assertProblem(
                409,
                Api.as("office")
                        .post(
                                "/api/v1/liaison/assignments",
                                Json.createObjectBuilder()
                                        .add("memberId", member)
                                        .add("pointId", p)
                                        .add("fixed", false)
                                        .add("since", "2026-07-01")
                                        .build()
                                        .toString()));
        assertProblem(409, Api.as("office").put("/api/v1/liaison/points/" + p, pointChange("新名", "VILLAGE", t, 1)));
        assertProblem(409, Api.as("office").post("/api/v1/liaison/points/" + p + "/retire", "{}"));

        Api.Reply retiredGroup =
                Api.as("office").post("/api/v1/liaison/groups/" + g + "/retire", "{\"on\":\"2026-06-30\"}");
        assertEquals(200, retiredGroup.status(), retiredGroup::toString);
        Api.Reply retiredTown =
                Api.as("office").post("/api/v1/liaison/towns/" + t + "/retire", "{\"on\":\"2026-06-30\"}");
        assertEquals(200, retiredTown.status(), retiredTown::toString);
        // still readable, with the date
        JsonObject listed = towns(datong()).stream()
                .filter(x -> x.getJsonNumber("id").longValue() == t)
                .findFirst()
                .orElseThrow();
        assertEquals("2026-06-30", listed.getString("retiredOn"));
        assertTrue(Api.as("office")
                .get("/api/v1/liaison/groups?organisation=" + datong())
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(
                        x -> x.getJsonNumber("id").longValue() == g && "2026-06-30".equals(x.getString("retiredOn"))));
        // and nothing new under it: no point, no group, no point moved in, no member joining
        assertProblem(409, Api.as("office").post("/api/v1/liaison/points", point(t, "新村", "VILLAGE")));
        assertProblem(
                409,
                Api.as("office")
                        .post(
                                "/api/v1/liaison/groups",
                                Json.createObjectBuilder()
                                        .add("townId", t)
                                        .add("name", "再建")
                                        .build()
                                        .toString()));
        long other = createTown(Api.unique("邻镇"));
        long q = Api.as("office")
                .post("/api/v1/liaison/points", point(other, "西村", "VILLAGE"))
                .json()
                .getJsonNumber("id")
                .longValue();
        assertProblem(409, Api.as("office").put("/api/v1/liaison/points/" + q, pointChange("西村", "VILLAGE", t, 0)));
        assertProblem(
                409, Api.as("office").post("/api/v1/liaison/towns/" + t + "/members", "{\"memberId\":" + member + "}"));
        assertProblem(409, Api.as("office").put("/api/v1/liaison/towns/" + t, change("改名", "TOWN", 1)));
    }

    @Test
    void onlyOfficeStaffWhoSeeTheOrganisationKeepTheStructure() {
        long t = createTown(Api.unique("权限镇"));
        for (String user : List.of("member1", "editor", "keeper", "leader", "admin")) {
            assertProblem(403, Api.as(user).post("/api/v1/liaison/towns", town(datong(), Api.unique("镇"), "TOWN")));
            assertProblem(403, Api.as(user).put("/api/v1/liaison/towns/" + t, change("改", "TOWN", 0)));
            assertProblem(403, Api.as(user).post("/api/v1/liaison/towns/" + t + "/retire", "{}"));
            assertProblem(403, Api.as(user).post("/api/v1/liaison/points", point(t, "村", "VILLAGE")));
            assertProblem(
                    403,
                    Api.as(user)
                            .post(
                                    "/api/v1/liaison/groups",
                                    Json.createObjectBuilder()
                                            .add("townId", t)
                                            .add("name", "组")
                                            .build()
                                            .toString()));
            assertProblem(
                    403,
                    Api.as(user)
                            .postBytes(
                                    "/api/v1/liaison/import?organisation=" + datong(),
                                    new byte[] {1},
                                    "application/octet-stream"));
        }
        // the office of Datong does not see Changzhi
        assertProblem(
                404,
                Api.as("office")
                        .post(
                                "/api/v1/liaison/towns",
                                town(Fixtures.organisationId("SX-CZ"), Api.unique("镇"), "TOWN")));
        assertEquals(
                200,
                Api.as("member1")
                        .get("/api/v1/liaison/groups?organisation=" + datong())
                        .status());
    }

    // --- helpers

    private static String town(long organisation, String name, String kind) {
        return Json.createObjectBuilder()
                .add("organisation", organisation)
                .add("name", name)
                .add("kind", kind)
                .build()
                .toString();
    }

    private static String change(String name, String kind, int version) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("kind", kind)
                .add("version", version)
                .build()
                .toString();
    }

    private static String point(long town, String name, String kind) {
        return Json.createObjectBuilder()
                .add("townId", town)
                .add("name", name)
                .add("kind", kind)
                .build()
                .toString();
    }

    private static String pointChange(String name, String kind, long town, int version) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("kind", kind)
                .add("townId", town)
                .add("version", version)
                .build()
                .toString();
    }

    private static String groupChange(String name, long town, Long leader, int version) {
        var b = Json.createObjectBuilder().add("name", name).add("townId", town).add("version", version);
        if (leader == null) {
            b.addNull("leaderId");
        } else {
            b.add("leaderId", leader);
        }
        return b.build().toString();
    }

    private static long createTown(String name) {
        Api.Reply r = Api.as("office")
                .post("/api/v1/liaison/towns", town(datong(), name, "TOWN").toString());
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private static List<JsonObject> towns(long organisation) {
        return Api.as("office")
                .get("/api/v1/liaison/towns?organisation=" + organisation)
                .array()
                .getValuesAs(JsonObject.class);
    }

    private static String townName(long id) {
        return towns(datong()).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow()
                .getString("name");
    }

    private static long memberId() {
        return Api.as("office")
                .get("/api/v1/members?status=ACTIVE&size=100")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.getJsonNumber("organisationId").longValue() == datong())
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }
}
