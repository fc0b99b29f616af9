package org.tongxin.studyhall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/** Reading groups: members, books, notes and comments, who may write, the annual ranking and the reading stars. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadingApiIT {

    private static final String GROUPS = "/api/v1/studyhall/reading-groups";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void membersOfAGroupWriteAndCommentOthersMayNot() {
        String name = Api.unique("课题组读书小组");
        Api.Reply created = Api.as("office").post(GROUPS, "{\"name\":\"" + name + "\",\"topic\":\"为养老服务专题调研做准备\"}");
        assertEquals(201, created.status(), created::toString);
        long group = created.json().getJsonNumber("id").longValue();
        Api.Reply twice = Api.as("office").post(GROUPS, "{\"name\":\"" + name + "\",\"topic\":\"x\"}");
        assertEquals(422, twice.status(), twice::toString);
        assertEquals(
                403,
                Api.as("member1")
                        .post(GROUPS, "{\"name\":\"x\",\"topic\":\"x\"}")
                        .status(),
                "members do not form groups");

        assertEquals(
                200, Api.as("member1").post(GROUPS + "/" + group + "/join", "").status());
        assertEquals(
                409, Api.as("member1").post(GROUPS + "/" + group + "/join", "").status());
        assertEquals(
                200, Api.as("member2").post(GROUPS + "/" + group + "/join", "").status());
        JsonObject withBook = Api.as("member1")
                .post(GROUPS + "/" + group + "/books", "{\"title\":\"《养老服务体系建设》\",\"author\":\"民政部\"}")
                .json();
        long book = withBook.getJsonArray("books")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        String body = "第一段体会。\n<script>alert('x')</script> 原样保存为文字";
        Api.Reply note = Api.as("member1")
                .post(
                        GROUPS + "/" + group + "/notes",
                        "{\"bookId\":" + book + ",\"title\":\"读后感\",\"body\":" + jakarta.json.Json.createValue(body)
                                + "}");
        assertEquals(201, note.status(), note::toString);
        JsonObject written = note.json().getJsonArray("notes").getJsonObject(0);
        assertEquals(body, written.getString("body"), "plain text, line breaks and markup kept as typed");
        assertEquals("《养老服务体系建设》", written.getString("book"));

        Api.Reply outsider =
                Api.as("member3").post(GROUPS + "/" + group + "/notes", "{\"title\":\"x\",\"body\":\"y\"}");
        assertEquals(403, outsider.status(), outsider::toString);
        assertEquals("urn:tongxin:problem:not-in-group", outsider.json().getString("type"));
        Api.Reply empty = Api.as("member2").post(GROUPS + "/" + group + "/notes", "{\"title\":\"x\",\"body\":\"  \"}");
        assertEquals(422, empty.status(), empty::toString);

        long noteId = written.getJsonNumber("id").longValue();
        Api.Reply commented = Api.as("member2")
                .post("/api/v1/studyhall/reading-notes/" + noteId + "/comments", "{\"body\":\"很有启发\"}");
        assertEquals(201, commented.status(), commented::toString);
        JsonObject detail = Api.as("member3").get(GROUPS + "/" + group).json();
        assertEquals(2, detail.getJsonArray("members").size());
        assertEquals(
                "很有启发",
                detail.getJsonArray("notes")
                        .getJsonObject(0)
                        .getJsonArray("comments")
                        .getJsonObject(0)
                        .getString("body"));
        assertEquals(
                403,
                Api.as("member3")
                        .post("/api/v1/studyhall/reading-notes/" + noteId + "/comments", "{\"body\":\"x\"}")
                        .status());
    }

    @Test
    void officeStaffChooseReadingStarsFromTheRanking() {
        int year = LocalDate.now(Hall.ZONE).getYear();
        Api.Reply ranking = Api.as("office").get("/api/v1/studyhall/reading-ranking?year=" + year);
        assertEquals(200, ranking.status(), ranking::toString);
        List<JsonObject> rows = ranking.array().getValuesAs(JsonObject.class);
        assertTrue(rows.size() > 50, "the demo year's attendance ranks the members: " + rows.size());
        for (int i = 1; i < rows.size(); i++) {
            long before =
                    rows.get(i - 1).getInt("attendances") + rows.get(i - 1).getInt("notes");
            long after = rows.get(i).getInt("attendances") + rows.get(i).getInt("notes");
            assertTrue(before >= after, "best first");
        }
        assertEquals(
                403,
                Api.as("member1")
                        .get("/api/v1/studyhall/reading-ranking?year=" + year)
                        .status());

        JsonObject pick =
                rows.stream().filter(r -> !r.getBoolean("star")).findFirst().orElseThrow();
        long member = pick.getJsonNumber("memberId").longValue();
        String star = "{\"year\":" + year + ",\"memberId\":" + member + ",\"citation\":\"全年参加书院活动最多\"}";
        assertEquals(
                403,
                Api.as("keeper").post("/api/v1/studyhall/reading-stars", star).status());
        Api.Reply chosen = Api.as("office").post("/api/v1/studyhall/reading-stars", star);
        assertEquals(201, chosen.status(), chosen::toString);
        assertEquals(
                409,
                Api.as("office").post("/api/v1/studyhall/reading-stars", star).status());
        assertTrue(Api.as("member1")
                .get("/api/v1/studyhall/reading-stars?year=" + year)
                .body()
                .contains(pick.getString("name")));
        assertTrue(Api.as("office")
                .get("/api/v1/studyhall/reading-ranking?year=" + year)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(r -> r.getJsonNumber("memberId").longValue() == member && r.getBoolean("star")));
        assertEquals(
                204,
                Api.as("office")
                        .delete("/api/v1/studyhall/reading-stars/" + year + "/" + member)
                        .status());
    }
}
