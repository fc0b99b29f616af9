package org.tongxin.inforeport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/**
 * Forwarding between deployments. The server plays both: Datong's deployment, whose route says its
 * parent (the province) is hosted elsewhere, and the province's, which receives through its inbound
 * API with the service account {@code peer}. First the other deployment cannot be reached (delivery
 * pending, retried with back-off), then the route is put right and the report arrives once, with its
 * origin; the inbound API is idempotent, also under concurrent retries, and for service accounts only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportForwardingIT {

    private static final String REPORTS = "/api/v1/reports";
    private static final String INBOUND = "/api/v1/inbound/reports";
    /** A port nobody listens on: the other deployment is down. */
    private static final String NOBODY = "http://127.0.0.1:1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject move(String who, long id, String move, int status) {
        Api.Reply r = Api.as(who).post(REPORTS + "/" + id + "/" + move, "");
        assertEquals(status, r.status(), who + " " + move + ": " + r);
        return r.json();
    }

    private static String route(String baseUrl) {
        return Json.createObjectBuilder()
                .add("baseUrl", baseUrl)
                .add("username", "peer")
                .add("password", Api.DEMO_PASSWORD)
                .add("targetCode", "SX")
                .add("targetName", "山西省政协")
                .build()
                .toString();
    }

    @Test
    void aReportForwardedToAParentHostedElsewhereIsPendingUntilDeliveredAndArrivesOnceWithItsOrigin() {
        String word = Api.unique("FWD");
        String title = "关于跨部署报送" + word + "的建议";
        JsonObject point =
                Api.as("member1").get(REPORTS + "/source-points").array().getJsonObject(0);
        String body = Json.createObjectBuilder()
                .add("title", title)
                .add("body", "县级政协独立部署后，信息需要报送至市政协。")
                .add("proposals", Json.createArrayBuilder().add("建议统一接口"))
                .add("topic", "LIVELIHOOD")
                .add("coAuthors", Json.createArrayBuilder())
                .add("sourcePoint", point.getJsonNumber("pointId"))
                .build()
                .toString();
        JsonObject created = Api.as("member1").post(REPORTS, body).json();
        long id = created.getJsonNumber("id").longValue();
        long datong = created.getJsonNumber("organisationId").longValue();
        move("member1", id, "submit", 200);
        move("editor", id, "start-editing", 200);
        move("editor", id, "adopt", 200);

        assertEquals(
                403,
                Api.as("editor")
                        .put(REPORTS + "/routes/" + datong, route(NOBODY))
                        .status(),
                "routes are for administrators");
        assertEquals(
                422,
                Api.as("admin")
                        .put(REPORTS + "/routes/" + datong, route("ftp://x"))
                        .status());
        Api.Reply put = Api.as("admin").put(REPORTS + "/routes/" + datong, route(NOBODY));
        assertEquals(200, put.status(), put::toString);
        assertFalse(put.body().contains(Api.DEMO_PASSWORD), "the secret is never shown");
        try {
            JsonObject forwarded = move("editor", id, "forward", 200);
            assertEquals(
                    "ADOPTED", forwarded.getString("state"), "the report stays adopted here; the delivery carries it");
            assertEquals("大同市政协", forwarded.getString("currentOrganisationName"));
            assertEquals("PENDING", forwarded.getJsonObject("delivery").getString("status"));
            assertFalse(forwarded.getJsonArray("actions").toString().contains("FORWARD"), forwarded::toString);
            move("editor", id, "forward", 409);
            List<JsonObject> trace =
                    Api.as("member1").get(REPORTS + "/" + id + "/trace").array().getValuesAs(JsonObject.class);
            JsonObject last = trace.get(trace.size() - 1);
            assertEquals("FORWARD", last.getString("action"));
            assertTrue(last.getString("note").contains("山西省政协"), last::toString);

            JsonObject failed = move("editor", id, "delivery/retry", 200).getJsonObject("delivery");
            assertEquals("PENDING", failed.getString("status"), "delivery pending");
            assertTrue(failed.getInt("attempts") >= 1, failed::toString);
            assertTrue(failed.getString("lastError").contains("127.0.0.1:1"), failed::toString);
            assertTrue(
                    Instant.parse(failed.getString("nextAttemptAt")).isAfter(Instant.now()),
                    "retried later, with back-off: " + failed);
            move("editor-pc", id, "delivery/retry", 404);

            assertEquals(
                    200,
                    Api.as("admin")
                            .put(REPORTS + "/routes/" + datong, route(Api.BASE))
                            .status());
            JsonObject delivered = move("editor", id, "delivery/retry", 200).getJsonObject("delivery");
            assertEquals("DELIVERED", delivered.getString("status"), delivered::toString);
            long remote = delivered.getJsonNumber("remoteReportId").longValue();
            move("editor", id, "delivery/retry", 409);

            JsonObject there = Api.as("editor-sx").get(REPORTS + "/" + remote).json();
            assertEquals("SUBMITTED", there.getString("state"));
            assertEquals("山西省政协", there.getString("currentOrganisationName"));
            assertEquals(title, there.getString("title"));
            JsonObject origin = there.getJsonObject("receivedFrom");
            assertEquals(id, origin.getJsonNumber("reportId").longValue(), "the receiving side records the origin");
            assertEquals("大同市政协", origin.getString("organisationName"));
            assertTrue(origin.getString("authors").contains("张伟明"), origin::toString);
            assertEquals(
                    point.getString("label"),
                    there.getJsonObject("source").getString("label"),
                    "the contact point travels as written");
            assertFalse(
                    there.getJsonObject("source").containsKey("pointId")
                            && !there.getJsonObject("source").isNull("pointId"),
                    "its id means nothing on the other side");
            assertEquals(
                    "RECEIVE",
                    Api.as("editor-sx")
                            .get(REPORTS + "/" + remote + "/trace")
                            .array()
                            .getJsonObject(0)
                            .getString("action"));
            List<JsonObject> found = Api.as("editor-sx")
                    .get(REPORTS + "?size=50&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertEquals(
                    List.of(remote),
                    found.stream().map(f -> f.getJsonNumber("id").longValue()).toList(),
                    "arrived once");
            move("editor-sx", remote, "start-editing", 200);
            move("editor-sx", remote, "adopt", 200);

            // what it earned there comes back home: the province's adoption and a leader's instruction, credited once
            long member = created.getJsonArray("authors")
                    .getJsonObject(0)
                    .getJsonNumber("memberId")
                    .longValue();
            Api.Reply instructed = Api.as("editor-sx").post(REPORTS + "/" + remote + "/instructions", """
                    {"leaderName":"王省长","level":"PROVINCE","givenOn":"%s","text":"请省政府办公厅研究","department":"省政府办公厅","result":""}""".formatted(
                            LocalDate.now(ZoneId.of("Asia/Shanghai"))));
            assertEquals(201, instructed.status(), instructed::toString);
            JsonObject followed = move("editor", id, "delivery/follow", 200).getJsonObject("delivery");
            List<JsonObject> earned = followed.getJsonArray("earnedThere").getValuesAs(JsonObject.class);
            assertTrue(
                    earned.stream()
                            .anyMatch(e -> e.getString("kind").equals("ADOPTION")
                                    && e.getString("level").equals("PROVINCE")
                                    && e.getString("label").equals("山西省政协")
                                    && !e.getBoolean("voided")),
                    earned::toString);
            assertTrue(
                    earned.stream()
                            .anyMatch(e -> e.getString("kind").equals("INSTRUCTION")
                                    && e.getString("label").equals("王省长")),
                    earned::toString);
            assertEquals(
                    1, remoteEntries(member, id, "INFO_ADOPTED_PROVINCE", false), "the author is credited at home");
            assertEquals(1, remoteEntries(member, id, "INSTRUCTION_PROVINCE", false));
            move("editor", id, "delivery/follow", 200);
            assertEquals(
                    1, remoteEntries(member, id, "INFO_ADOPTED_PROVINCE", false), "read back twice, credited once");
            move("editor-pc", id, "delivery/follow", 404);

            assertEquals(
                    200,
                    Api.as("editor-sx")
                            .post(REPORTS + "/" + remote + "/adoption/void", "{\"reason\":\"重复采用\"}")
                            .status());
            JsonObject voided = move("editor", id, "delivery/follow", 200).getJsonObject("delivery");
            assertTrue(
                    voided.getJsonArray("earnedThere").getValuesAs(JsonObject.class).stream()
                            .anyMatch(e -> e.getString("kind").equals("ADOPTION") && e.getBoolean("voided")),
                    voided::toString);
            assertEquals(
                    0,
                    remoteEntries(member, id, "INFO_ADOPTED_PROVINCE", false),
                    "voided there, its points voided here");
            assertEquals(1, remoteEntries(member, id, "INFO_ADOPTED_PROVINCE", true));
            assertEquals(1, remoteEntries(member, id, "INSTRUCTION_PROVINCE", false), "the instruction stands");
        } finally {
            assertEquals(
                    204, Api.as("admin").delete(REPORTS + "/routes/" + datong).status());
        }
        assertNull(Api.as("admin").get(REPORTS + "/routes").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("organisationId").longValue() == datong)
                .findFirst()
                .orElse(null));
    }

    /** The member's duty entries of a category that came back from the other deployment for the report. */
    private static long remoteEntries(long member, long report, String category, boolean voided) {
        return Api.as("member1")
                .get("/api/v1/members/" + member + "/duty")
                .json()
                .getJsonArray("entries")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("source").matches("inforeport:(adopted|instructed)-remote:" + report + "-.*")
                        && e.getString("category").equals(category)
                        && e.getBoolean("voided") == voided)
                .count();
    }

    private static String inbound(String title, String target) {
        return Json.createObjectBuilder()
                .add("targetOrganisationCode", target)
                .add(
                        "origin",
                        Json.createObjectBuilder()
                                .add("deployment", "https://pc.example.gov.cn")
                                .add("reportId", 77)
                                .add("organisationCode", "XX-COUNTY")
                                .add("organisationName", "某县政协"))
                .add("title", title)
                .add("body", "正文")
                .add("proposals", Json.createArrayBuilder().add("建议一"))
                .add("topic", "ECONOMY")
                .add("authors", Json.createArrayBuilder().add("李四"))
                .build()
                .toString();
    }

    @Test
    void theInboundApiCreatesOncePerKeyEvenUnderConcurrentRetriesAndOnlyForServiceAccounts() {
        String key = UUID.randomUUID().toString();
        String report = inbound(Api.unique("跨部署"), "SX");
        assertEquals(
                403,
                Api.as("member1")
                        .with("Idempotency-Key", key)
                        .post(INBOUND, report)
                        .status());
        assertEquals(
                403,
                Api.as("editor-sx")
                        .with("Idempotency-Key", key)
                        .post(INBOUND, report)
                        .status());
        assertEquals(
                401,
                Api.anonymous()
                        .with("Idempotency-Key", key)
                        .post(INBOUND, report)
                        .status());
        assertEquals(422, Api.as("peer").post(INBOUND, report).status(), "no idempotency key");
        assertEquals(404, Api.as("peer").get(INBOUND + "/" + key).status(), "nothing received under the key yet");
        assertEquals(
                422,
                Api.as("peer")
                        .with("Idempotency-Key", UUID.randomUUID().toString())
                        .post(INBOUND, inbound("x", "NOWHERE"))
                        .status());
        assertEquals(
                422,
                Api.as("peer")
                        .with("Idempotency-Key", UUID.randomUUID().toString())
                        .post(INBOUND, inbound("", "SX"))
                        .status());

        Api.Reply first = Api.as("peer").with("Idempotency-Key", key).post(INBOUND, report);
        assertEquals(201, first.status(), first::toString);
        long id = first.json().getJsonNumber("id").longValue();
        assertFalse(first.json().getBoolean("duplicate"));
        Api.Reply again = Api.as("peer").with("Idempotency-Key", key).post(INBOUND, report);
        assertEquals(200, again.status(), again::toString);
        assertEquals(id, again.json().getJsonNumber("id").longValue());
        assertTrue(again.json().getBoolean("duplicate"));
        JsonObject progress = Api.as("peer").get(INBOUND + "/" + key).json();
        assertEquals(id, progress.getJsonNumber("id").longValue());
        assertEquals("SUBMITTED", progress.getString("state"));
        assertEquals(0, progress.getJsonArray("adoptions").size());
        assertEquals(403, Api.as("editor-sx").get(INBOUND + "/" + key).status(), "for service accounts only");

        String raced = UUID.randomUUID().toString();
        String racedReport = inbound(Api.unique("并发"), "SX");
        List<Api.Reply> replies = IntStream.range(0, 8)
                .mapToObj(i -> Api.as("peer").with("Idempotency-Key", raced).postAsync(INBOUND, racedReport))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();
        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies::toString);
        assertEquals(7, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        assertEquals(
                1,
                replies.stream()
                        .map(r -> r.json().getJsonNumber("id").longValue())
                        .distinct()
                        .count(),
                "one report for one key");
        JsonObject received = Api.as("editor-sx").get(REPORTS + "/" + id).json();
        assertEquals("某县政协", received.getJsonObject("receivedFrom").getString("organisationName"));
        assertEquals(
                "山西省政协",
                received.getString("organisationName"),
                "a writing organisation this deployment does not know: the receiver");
    }
}
