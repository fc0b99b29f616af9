package org.tongxin.inforeport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/**
 * Information reports over REST: who sees what, every move of the path from a member's draft to the
 * province's adoption and a leader's instruction, the points each move earns, and refusals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportApiIT {

    private static final String REPORTS = "/api/v1/reports";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** The member behind a login: the first author of a draft they write. */
    private static long memberOf(String login) {
        return Api.as(login)
                .post(REPORTS, report("草稿", "用于查找委员编号", ""))
                .json()
                .getJsonArray("authors")
                .getJsonObject(0)
                .getJsonNumber("memberId")
                .longValue();
    }

    private static String report(String title, String body, String coAuthors) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("body", body)
                .add("proposals", Json.createArrayBuilder().add("建议加快审批").add("建议财政给予补贴"))
                .add("topic", "LIVELIHOOD")
                .build()
                .toString()
                .replace("}", ",\"coAuthors\":[" + coAuthors + "]}");
    }

    private static JsonObject move(String who, long id, String move, String body, int status) {
        Api.Reply r = Api.as(who).post(REPORTS + "/" + id + "/" + move, body);
        assertEquals(status, r.status(), who + " " + move + ": " + r);
        return r.json();
    }

    private static List<JsonObject> entries(String who, long member) {
        return Api.as(who)
                .get("/api/v1/members/" + member + "/duty")
                .json()
                .getJsonArray("entries")
                .getValuesAs(JsonObject.class);
    }

    private static boolean credited(String who, long member, String source, String category, String role) {
        return entries(who, member).stream()
                .anyMatch(e -> e.getString("source").equals(source)
                        && e.getString("category").equals(category)
                        && e.getString("role").equals(role)
                        && !e.getBoolean("voided"));
    }

    @Test
    void aReportGoesFromADraftToTheProvinceAndEveryStepIsTracedAndScored() {
        long first = memberOf("member1");
        long co = memberOf("member2");
        String title = Api.unique("关于老旧小区加装电梯的建议");
        Api.Reply created = Api.as("member1").post(REPORTS, report(title, "老旧小区居民反映上下楼难。", String.valueOf(co)));
        assertEquals(201, created.status(), created::toString);
        assertEquals("DRAFT", created.json().getString("state"));
        long id = created.json().getJsonNumber("id").longValue();

        assertEquals(
                404,
                Api.as("member3").get(REPORTS + "/" + id).status(),
                "another member's draft does not exist for them");
        assertEquals(404, Api.as("editor").get(REPORTS + "/" + id).status(), "editors do not see drafts");
        assertEquals(200, Api.as("member2").get(REPORTS + "/" + id).status(), "a co-author sees it");
        assertEquals(
                403, Api.as("member2").post(REPORTS + "/" + id + "/submit", "").status(), "the first author submits");

        assertEquals("SUBMITTED", move("member1", id, "submit", "", 200).getString("state"));
        move("member1", id, "submit", "", 409);
        assertTrue(Api.as("editor")
                .get(REPORTS + "?state=SUBMITTED&size=200")
                .body()
                .contains("\"id\":" + id));
        assertEquals(
                403,
                Api.as("member1")
                        .post(REPORTS + "/" + id + "/start-editing", "")
                        .status());
        assertEquals(
                404,
                Api.as("editor-pc")
                        .post(REPORTS + "/" + id + "/start-editing", "")
                        .status(),
                "a district editor does not see a city's report");

        move("editor", id, "start-editing", "", 200);
        move("editor", id, "return", "{}", 422);
        assertEquals(
                "RETURNED",
                move("editor", id, "return", "{\"note\":\"请补充具体小区和户数\"}", 200).getString("state"));
        assertTrue(Api.as("member1").get("/api/v1/notifications").body().contains("请补充具体小区和户数"));

        Api.Reply revised = Api.as("member1").put(REPORTS + "/" + id, report(title, "平城区某小区 6 栋楼 180 户居民反映上下楼难。", ""));
        assertEquals(200, revised.status(), revised::toString);
        move("member1", id, "submit", "", 200);
        move("editor", id, "start-editing", "", 200);
        Api.Reply edited = Api.as("editor")
                .post(REPORTS + "/" + id + "/edit", report(title, "平城区某小区 6 栋楼 180 户居民反映上下楼难，其中 60 岁以上老人占四成。", ""));
        assertEquals(200, edited.status(), edited::toString);
        List<JsonObject> changes =
                Api.as("member1").get(REPORTS + "/" + id + "/changes").array().getValuesAs(JsonObject.class);
        assertTrue(
                changes.stream()
                        .anyMatch(l -> l.getString("kind").equals("ADDED")
                                && l.getString("text").contains("老人占四成")),
                changes::toString);
        assertTrue(changes.stream().anyMatch(l -> l.getString("kind").equals("REMOVED")), changes::toString);

        assertEquals("ADOPTED", move("editor", id, "adopt", "", 200).getString("state"));
        String adoptedCity = "inforeport:adopted:" + id + "-";
        assertTrue(credited("member1", first, "inforeport:submitted:" + id, "INFO_SUBMITTED", "FIRST_AUTHOR"));
        assertTrue(entries("member1", first).stream()
                .anyMatch(e -> e.getString("source").startsWith(adoptedCity)
                        && e.getString("category").equals("INFO_ADOPTED_CITY")
                        && e.getString("role").equals("FIRST_AUTHOR")));
        assertTrue(credited("office", co, "inforeport:submitted:" + id, "INFO_SUBMITTED", "CO_AUTHOR"));

        JsonObject forwarded = move("editor", id, "forward", "", 200);
        assertEquals("SUBMITTED", forwarded.getString("state"));
        assertEquals("山西省政协", forwarded.getString("currentOrganisationName"));
        assertEquals("大同市政协", forwarded.getString("organisationName"), "the origin is kept");
        assertEquals(200, Api.as("editor").get(REPORTS + "/" + id).status(), "the city still sees what it forwarded");
        move("editor", id, "start-editing", "", 403);
        move("editor-sx", id, "start-editing", "", 200);
        move("editor-sx", id, "return", "{\"note\":\"x\"}", 409);
        move("editor-sx", id, "adopt", "", 200);
        assertTrue(entries("member1", first).stream()
                .anyMatch(e -> e.getString("category").equals("INFO_ADOPTED_PROVINCE")
                        && e.getString("source").startsWith("inforeport:adopted:" + id + "-")));
        move("editor-sx", id, "forward", "", 409);

        JsonObject instructed = move(
                "editor-sx",
                id,
                "instructions",
                "{\"leaderName\":\"省政协主席\",\"level\":\"PROVINCE\",\"givenOn\":\""
                        + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                        + "\",\"text\":\"请省住建厅研究办理\",\"department\":\"省住建厅\"}",
                201);
        assertEquals(1, instructed.getJsonArray("instructions").size());
        String instruction = "inforeport:instruction:"
                + instructed.getJsonArray("instructions").getJsonObject(0).getJsonNumber("id");
        assertTrue(credited("member1", first, instruction, "INSTRUCTION_PROVINCE", "FIRST_AUTHOR"));

        List<JsonObject> trace =
                Api.as("member1").get(REPORTS + "/" + id + "/trace").array().getValuesAs(JsonObject.class);
        assertEquals(
                List.of(
                        "CREATE",
                        "SUBMIT",
                        "START_EDITING",
                        "RETURN",
                        "REVISE",
                        "SUBMIT",
                        "START_EDITING",
                        "EDIT",
                        "ADOPT",
                        "FORWARD",
                        "START_EDITING",
                        "ADOPT",
                        "INSTRUCT"),
                trace.stream().map(t -> t.getString("action")).toList());
        assertEquals("大同市政协", trace.get(8).getString("organisationName"));
        assertEquals("山西省政协", trace.get(11).getString("organisationName"));
        assertEquals("请补充具体小区和户数", trace.get(3).getString("note"));
        assertTrue(trace.stream().allMatch(t -> !t.getString("actor").isBlank() && t.containsKey("at")));

        move("editor-sx", id, "adoption/void", "{\"reason\":\"与已采用信息重复\"}", 200);
        List<JsonObject> provincial = entries("member1", first).stream()
                .filter(e -> e.getString("category").equals("INFO_ADOPTED_PROVINCE")
                        && e.getString("source").startsWith("inforeport:adopted:" + id + "-"))
                .toList();
        assertFalse(provincial.isEmpty());
        assertTrue(provincial.stream().allMatch(e -> e.getBoolean("voided")), "voiding an adoption voids its points");
        move("editor-sx", id, "adoption/void", "{\"reason\":\"again\"}", 409);
    }

    @Test
    void aCombinedReportLinksItsSourcesAndItsAdoptionIsSplitBetweenTheirAuthors() {
        long one = Api.as("member6")
                .post(REPORTS, report("关于停车难的建议（一）", "老城区停车位不足", ""))
                .json()
                .getJsonNumber("id")
                .longValue();
        long two = Api.as("member7")
                .post(REPORTS, report("关于停车难的建议（二）", "医院周边停车难", ""))
                .json()
                .getJsonNumber("id")
                .longValue();
        long first = memberOf("member6");
        long second = memberOf("member7");
        move("member6", one, "submit", "", 200);
        move("member7", two, "submit", "", 200);
        move("editor", two, "start-editing", "", 200);
        String body = Json.createObjectBuilder()
                .add("sources", Json.createArrayBuilder().add(one).add(two))
                .add("title", "关于缓解停车难的综合建议")
                .add("body", "多位委员反映城区停车难")
                .add("proposals", Json.createArrayBuilder().add("建设立体停车场"))
                .add("topic", "GOVERNANCE")
                .build()
                .toString();
        assertEquals(403, Api.as("member6").post(REPORTS + "/combine", body).status());
        Api.Reply made = Api.as("editor").post(REPORTS + "/combine", body);
        assertEquals(201, made.status(), made::toString);
        JsonObject combined = made.json();
        long id = combined.getJsonNumber("id").longValue();
        assertEquals("EDITING", combined.getString("state"));
        assertTrue(combined.getBoolean("combined"));
        assertEquals(
                List.of(one, two),
                combined.getJsonArray("sources").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(jakarta.json.JsonNumber::longValue)
                        .toList());
        assertEquals(
                List.of("FIRST_AUTHOR", "CO_AUTHOR"),
                combined.getJsonArray("authors").getValuesAs(JsonObject.class).stream()
                        .map(a -> a.getString("role"))
                        .toList());
        JsonObject source = Api.as("member6").get(REPORTS + "/" + one).json();
        assertEquals("MERGED", source.getString("state"));
        assertEquals(id, source.getJsonNumber("mergedInto").longValue());
        assertEquals(
                409, Api.as("editor").post(REPORTS + "/combine", body).status(), "a merged report is not merged twice");
        move("editor", id, "return", "{\"note\":\"x\"}", 409);

        move("editor", id, "adopt", "", 200);
        String source1 = "inforeport:adopted:" + id + "-";
        assertTrue(entries("member6", first).stream()
                .anyMatch(e -> e.getString("source").startsWith(source1)
                        && e.getString("role").equals("FIRST_AUTHOR")));
        assertTrue(entries("office", second).stream()
                .anyMatch(e -> e.getString("source").startsWith(source1)
                        && e.getString("role").equals("CO_AUTHOR")));
        assertEquals(
                200,
                Api.as("member7").get(REPORTS + "/" + id).status(),
                "the sources' authors see the combined report");
    }

    @Test
    void attachmentsAreCheckedByContentStoredOutsideAndServedAsDownloads() {
        long id = Api.as("member8")
                .post(REPORTS, report("关于农村饮水安全的建议", "部分村庄水质不稳定", ""))
                .json()
                .getJsonNumber("id")
                .longValue();
        byte[] pdf = "%PDF-1.4\n% 调研照片与检测报告\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String upload = REPORTS + "/" + id + "/attachments?name="
                + java.net.URLEncoder.encode("水质检测报告.pdf", java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply stored = Api.as("member8").postBytes(upload, pdf, "application/octet-stream");
        assertEquals(201, stored.status(), stored::toString);
        assertEquals("application/pdf", stored.json().getString("contentType"));
        assertEquals(64, stored.json().getString("sha256").length());

        Api.Reply disguised = Api.as("member8")
                .postBytes(
                        upload,
                        "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "application/pdf");
        assertEquals(422, disguised.status(), disguised::toString);
        assertEquals("urn:tongxin:problem:file-type", disguised.json().getString("type"));
        assertEquals(
                404,
                Api.as("member9")
                        .postBytes(upload, pdf, "application/octet-stream")
                        .status(),
                "not their report");

        List<JsonObject> files = Api.as("member8")
                .get(REPORTS + "/" + id + "/attachments")
                .array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, files.size());
        var download = Api.as("member8")
                .download(REPORTS + "/" + id + "/attachments/" + files.get(0).getJsonNumber("id"));
        assertEquals(200, download.statusCode());
        assertTrue(java.util.Arrays.equals(pdf, download.body()), "the same bytes come back");
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals(
                "nosniff",
                download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));

        move("member8", id, "submit", "", 200);
        assertEquals(
                409,
                Api.as("member8")
                        .postBytes(upload, pdf, "application/octet-stream")
                        .status(),
                "a submitted report is the editors' now");
    }

    @Test
    void membersSeeTheirOwnReportsAndBadInputIsRefusedByField() {
        String marker = Api.unique("独有标记");
        long id = Api.as("member4")
                .post(REPORTS, report("关于乡村公交的建议", "山区村民出行难 " + marker, ""))
                .json()
                .getJsonNumber("id")
                .longValue();
        assertTrue(Api.as("member4").get(REPORTS + "?q=" + marker).json().getInt("total") == 1);
        assertEquals(0, Api.as("member5").get(REPORTS + "?q=" + marker).json().getInt("total"));
        assertFalse(Api.as("member5").get(REPORTS + "?size=200").body().contains("\"id\":" + id + ","));

        Api.Reply noProposal = Api.as("member4")
                .post(REPORTS, "{\"title\":\"t\",\"body\":\"b\",\"proposals\":[],\"topic\":\"LIVELIHOOD\"}");
        assertEquals(422, noProposal.status(), noProposal::toString);
        assertTrue(noProposal.json().getJsonObject("fields").containsKey("proposals"));
        assertEquals("请至少提出一条意见建议", noProposal.json().getString("title"));
        Api.Reply badTopic = Api.as("member4")
                .post(REPORTS, "{\"title\":\"t\",\"body\":\"b\",\"proposals\":[\"p\"],\"topic\":\"NOPE\"}");
        assertEquals(422, badTopic.status(), badTopic::toString);
        Api.Reply otherCity = Api.as("member4").post(REPORTS, report("t", "b", "-1"));
        assertEquals(422, otherCity.status(), otherCity::toString);
        assertEquals("urn:tongxin:problem:invalid-co-author", otherCity.json().getString("type"));
        assertEquals(
                403, Api.as("editor").post(REPORTS, report("t", "b", "")).status(), "editors do not write reports");
        assertEquals(
                404, Api.as("member4").post(REPORTS + "/99999999/submit", "").status());
    }

    @Test
    void aReportFromAContactPointShowsItsSourceAndCountsForTheLiaisonGroup() {
        List<JsonObject> mine =
                Api.as("member6").get(REPORTS + "/source-points").array().getValuesAs(JsonObject.class);
        assertFalse(mine.isEmpty(), "every demo member keeps in touch with a contact point");
        JsonObject point = mine.get(0);
        long pointId = point.getJsonNumber("pointId").longValue();
        String group = point.getString("liaisonGroupName");
        List<Long> myIds =
                mine.stream().map(p -> p.getJsonNumber("pointId").longValue()).toList();
        long foreign = Api.as("member9").get(REPORTS + "/source-points").array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("pointId").longValue())
                .filter(p -> !myIds.contains(p))
                .findFirst()
                .orElseThrow();
        String marker = Api.unique("联系点反映");

        Api.Reply refused =
                Api.as("member6").post(REPORTS, withSource(report("关于村道亮化的建议", "群众反映 " + marker, ""), foreign));
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("urn:tongxin:problem:invalid-source-point", refused.json().getString("type"));
        assertTrue(refused.json().getJsonObject("fields").containsKey("sourcePoint"));
        assertEquals("来源须为您所联系的联系点", refused.json().getString("title"));
        assertEquals(0, Api.as("member6").get(REPORTS + "?q=" + marker).json().getInt("total"), "nothing was saved");

        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String stats = "/api/v1/reports/stats?from=" + today + "&to=" + today;
        long[] before = groupCounts(Api.as("editor").get(stats).json(), group);

        Api.Reply created =
                Api.as("member6").post(REPORTS, withSource(report("关于村道亮化的建议", "群众反映 " + marker, ""), pointId));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        JsonObject source = Api.as("member6").get(REPORTS + "/" + id).json().getJsonObject("source");
        assertEquals(point.getString("label"), source.getString("label"));
        assertEquals(pointId, source.getJsonNumber("pointId").longValue());
        assertEquals(group, source.getString("liaisonGroupName"));

        move("member6", id, "submit", "", 200);
        move("editor", id, "start-editing", "", 200);
        move("editor", id, "adopt", "", 200);
        assertEquals(
                point.getString("label"),
                Api.as("editor")
                        .get(REPORTS + "/" + id)
                        .json()
                        .getJsonObject("source")
                        .getString("label"));
        long[] after = groupCounts(Api.as("editor").get(stats).json(), group);
        assertEquals(before[0] + 1, after[0], "received, for the liaison group of the point");
        assertEquals(before[1] + 1, after[1], "adopted, for the liaison group of the point");
        List<JsonObject> ranking = Api.as("editor")
                .get(stats)
                .json()
                .getJsonArray("byLiaisonGroup")
                .getValuesAs(JsonObject.class);
        for (int i = 1; i < ranking.size(); i++) {
            assertTrue(
                    ranking.get(i - 1).getInt("adopted") >= ranking.get(i).getInt("adopted"),
                    "a ranking: most adopted first");
        }
    }

    @Test
    void editorsRacingForOneReportGetOneSuccessAndWrongStateForTheRestNeverAnError() {
        long id = Api.as("member7")
                .post(REPORTS, report(Api.unique("关于并发受理的建议"), "并发测试", ""))
                .json()
                .getJsonNumber("id")
                .longValue();
        move("member7", id, "submit", "", 200);
        List<Api.Reply> replies = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> Api.as("editor").postAsync(REPORTS + "/" + id + "/start-editing", ""))
                .toList()
                .stream()
                .map(java.util.concurrent.CompletableFuture::join)
                .toList();
        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        assertEquals(7, replies.stream().filter(r -> r.status() == 409).count(), replies::toString);
        assertTrue(
                replies.stream()
                        .filter(r -> r.status() == 409)
                        .allMatch(r -> r.json().getString("type").equals("urn:tongxin:problem:wrong-state")),
                replies::toString);
    }

    private static String withSource(String json, long point) {
        return json.substring(0, json.length() - 1) + ",\"sourcePoint\":" + point + "}";
    }

    private static long[] groupCounts(JsonObject stats, String group) {
        return stats.getJsonArray("byLiaisonGroup").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals(group))
                .findFirst()
                .map(r -> new long[] {
                    r.getJsonNumber("received").longValue(),
                    r.getJsonNumber("adopted").longValue()
                })
                .orElse(new long[2]);
    }
}
