package org.tongxin.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** Liaison groups, contact points, the concern diary and contact cards through the API, on the demo data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiaisonApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void changzhiHasTheSeedsContactPointsInItsTownsPagedInTheDatabase() {
        long points = 0;
        long towns = 0;
        for (String code : List.of("SX-CZ", "SX-CZ-LZ", "SX-CZ-XY")) {
            List<JsonObject> list = Api.as("editor-sx")
                    .get("/api/v1/liaison/towns?organisation=" + Fixtures.organisationId(code))
                    .array()
                    .getValuesAs(JsonObject.class);
            towns += list.size();
            points += list.stream()
                    .mapToLong(t -> t.getJsonNumber("points").longValue())
                    .sum();
        }
        assertEquals(198, towns);
        assertEquals(2606, points);
        JsonObject town = Api.as("office")
                .get("/api/v1/liaison/towns?organisation=" + Fixtures.organisationId("SX-DT"))
                .array()
                .getJsonObject(0);
        JsonObject page = Api.as("office")
                .get("/api/v1/liaison/points?size=4&town=" + town.getJsonNumber("id"))
                .json();
        assertEquals(
                town.getJsonNumber("points").longValue(),
                page.getJsonNumber("total").longValue());
        assertEquals(4, page.getJsonArray("items").size());
        assertFalse(town.getJsonArray("groupMembers").isEmpty(), "every demo town has its liaison group");
        assertProblem(
                404, Api.as("member1").get("/api/v1/liaison/towns?organisation=" + Fixtures.organisationId("SX-CZ")));
    }

    @Test
    void aMemberHasOneFixedPointAndMayVisitOthers() {
        long member = memberId("member2", "sgq");
        List<JsonObject> current = Api.as("office")
                .get("/api/v1/liaison/members/" + member + "/points")
                .array()
                .getValuesAs(JsonObject.class);
        JsonObject fixed =
                current.stream().filter(a -> a.getBoolean("fixed")).findFirst().orElseThrow();
        long town = Api.as("office")
                .get("/api/v1/liaison/towns?organisation=" + Fixtures.organisationId("SX-DT"))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getString("name").equals(fixed.getString("townName")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        long other = Api.as("office")
                .get("/api/v1/liaison/points?size=50&town=" + town)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(p -> p.getJsonNumber("id").longValue())
                .filter(id -> current.stream()
                        .noneMatch(a -> a.getJsonNumber("pointId").longValue() == id))
                .findFirst()
                .orElseThrow();

        assertProblem(409, Api.as("office").post("/api/v1/liaison/assignments", assignment(member, other, true)));
        Api.Reply added = Api.as("office").post("/api/v1/liaison/assignments", assignment(member, other, false));
        assertEquals(201, added.status(), added::toString);
        assertProblem(409, Api.as("office").post("/api/v1/liaison/assignments", assignment(member, other, false)));
        assertProblem(403, Api.as("member2").post("/api/v1/liaison/assignments", assignment(member, other, false)));
        long id = added.json().getJsonNumber("id").longValue();
        assertEquals(
                200,
                Api.as("office")
                        .post("/api/v1/liaison/assignments/" + id + "/end", "{\"until\":\"2026-11-28\"}")
                        .status());
        assertTrue(
                Api.as("office")
                        .get("/api/v1/liaison/members/" + member + "/points")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(a -> a.getJsonNumber("id").longValue() == id),
                "an ended assignment is no longer current");
    }

    @Test
    void aConcernRecordedAtOnesOwnPointEarnsPointsAndOfficeStaffFollowItUp() {
        long member = memberId("member1", "zwm");
        long datong = Fixtures.organisationId("SX-DT");
        JsonObject point = Api.as("member1")
                .get("/api/v1/liaison/members/" + member + "/points")
                .array()
                .getJsonObject(0);
        long countsBefore = collected(datong);
        String what = "路灯损坏 " + Api.unique("c");
        Api.Reply created = Api.as("member1").post("/api/v1/concerns", """
                {"pointId":%d,"metOn":"2026-11-20","what":"%s","suggestion":"建议城管部门维修"}""".formatted(
                        point.getJsonNumber("pointId").longValue(), what));
        assertEquals(201, created.status(), created::toString);
        JsonObject concern = created.json();
        assertEquals("OPEN", concern.getString("status"));
        long id = concern.getJsonNumber("id").longValue();

        JsonObject duty = Api.as("member1")
                .get("/api/v1/members/" + member + "/duty?year=2026")
                .json();
        assertTrue(
                duty.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("source").equals("committee:concern:" + id)
                                && e.getString("category").equals("CONCERN")),
                "the diary entry earned its duty points in the same transaction");

        long notMine = Api.as("office")
                .get("/api/v1/liaison/points?size=50&town="
                        + Api.as("office")
                                .get("/api/v1/liaison/towns?organisation=" + datong)
                                .array()
                                .getJsonObject(5)
                                .getJsonNumber("id"))
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                        .noneMatch(a -> a.getJsonNumber("memberId").longValue() == member))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Api.Reply refused = Api.as("member1")
                .post("/api/v1/concerns", "{\"pointId\":" + notMine + ",\"metOn\":\"2026-11-20\",\"what\":\"x\"}");
        assertProblem(422, refused);

        assertTrue(
                Api.as("member2")
                        .get("/api/v1/concerns?organisation=" + datong + "&size=200")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(c -> c.getJsonNumber("id").longValue() == id),
                "members see only their own");
        assertProblem(
                422,
                Api.as("office").post("/api/v1/concerns/" + id + "/handling", "{\"resolved\":true,\"note\":\"\"}"));
        JsonObject handled = Api.as("office")
                .post("/api/v1/concerns/" + id + "/handling", "{\"resolved\":true,\"note\":\"已维修\"}")
                .json();
        assertEquals("RESOLVED", handled.getString("status"));
        assertEquals(countsBefore + 1, collected(datong));
    }

    @Test
    void aContactCardOpensItsPublicPageUntilItIsReissued() throws Exception {
        long member = memberId("member1", "zwm");
        assertProblem(403, Api.as("member2").get("/api/v1/liaison/members/" + member + "/card"));
        JsonObject card = Api.as("member1")
                .get("/api/v1/liaison/members/" + member + "/card")
                .json();
        String token = card.getString("token");
        HttpResponse<String> page = anonymous("/card.xhtml?t=" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(card.getString("name")), "the public page shows the member");
        assertFalse(page.body().contains(token.substring(0, 8) + "\""), "and not the secret");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/liaison/members/" + member + "/card.pdf"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(("member1:" + Api.DEMO_PASSWORD).getBytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4));

        assertEquals(
                token,
                Api.as("office")
                        .get("/api/v1/liaison/members/" + member + "/card")
                        .json()
                        .getString("token"),
                "reading the card does not change it");
        String renewed = Api.as("member1")
                .post("/api/v1/liaison/members/" + member + "/card/reissue", null)
                .json()
                .getString("token");
        assertNotEquals(token, renewed);
        assertEquals(
                404, anonymous("/card.xhtml?t=" + token).statusCode(), "the lost card's code no longer opens the page");
        assertEquals(200, anonymous("/card.xhtml?t=" + renewed).statusCode());
    }

    private static HttpResponse<String> anonymous(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static long collected(long organisation) {
        return Api.as("office")
                .get("/api/v1/concerns/counts?organisation=" + organisation + "&from=2026-01-01&to=2026-12-31")
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getJsonNumber("organisationId").longValue() == organisation)
                .mapToLong(c -> c.getJsonNumber("collected").longValue())
                .sum();
    }

    private static String assignment(long member, long point, boolean fixed) {
        return "{\"memberId\":" + member + ",\"pointId\":" + point + ",\"fixed\":" + fixed
                + ",\"since\":\"2026-06-01\"}";
    }

    private static long memberId(String caller, String initials) {
        return Api.as(caller)
                .get("/api/v1/members?q=" + initials)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }
}
