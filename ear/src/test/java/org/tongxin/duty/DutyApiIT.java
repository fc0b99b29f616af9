package org.tongxin.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
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

/** The duty ledger through the REST API, on the demo city's year of duty. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DutyApiIT {

    private static final String TODAY_YEAR = "2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aMemberReadsTheirOwnRecordWithEveryPointExplained() {
        long own = memberId("member1", "zwm");
        Api.Reply reply = Api.as("member1").get("/api/v1/members/" + own + "/duty?year=" + TODAY_YEAR);
        assertEquals(200, reply.status(), reply::toString);
        JsonObject record = reply.json();
        assertEquals(own, record.getJsonNumber("memberId").longValue());
        List<JsonObject> entries = record.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertFalse(entries.isEmpty(), "the demo year gives member1 entries");
        for (JsonObject e : entries) {
            BigDecimal expected = e.getJsonNumber("basePoints")
                    .bigDecimalValue()
                    .multiply(e.getJsonNumber("sharePercent").bigDecimalValue())
                    .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
            assertEquals(0, expected.compareTo(e.getJsonNumber("points").bigDecimalValue()), e::toString);
            assertTrue(e.getInt("ruleSetRevision") >= 1, e::toString);
            assertFalse(e.getString("source").isBlank());
        }
        BigDecimal counted = record.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("counted").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, counted.compareTo(record.getJsonNumber("total").bigDecimalValue()));
        assertTrue(List.of("EXCELLENT", "GOOD", "COMPETENT", "NOT_COMPETENT").contains(record.getString("grade")));
    }

    @Test
    void anotherMembersRecordIsRefusedAndOneOutsideTheCallersReachIsNotFound() {
        long member1 = memberId("member1", "zwm");
        assertProblem(403, Api.as("member2").get("/api/v1/members/" + member1 + "/duty"));
        assertProblem(403, Api.as("editor").get("/api/v1/members/" + member1 + "/duty"));
        assertEquals(
                200,
                Api.as("office").get("/api/v1/members/" + member1 + "/duty").status());
        assertEquals(
                200,
                Api.as("leader").get("/api/v1/members/" + member1 + "/duty").status());
        long changzhi = Fixtures.organisationId("SX-CZ");
        long outside = Api.as("editor-sx")
                .get("/api/v1/members?size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.getJsonNumber("organisationId").longValue() == changzhi)
                .map(m -> m.getJsonNumber("id").longValue())
                .findFirst()
                .orElseThrow();
        assertProblem(404, Api.as("office").get("/api/v1/members/" + outside + "/duty"));
    }

    @Test
    void officeStaffRecordAMeetingForManyMembersAtOnceAndVoidAWrongEntry() {
        long a = memberId("member1", "zwm");
        long b = memberId("member2", "sgq");
        String description = "常委会议 " + Api.unique("api");
        Api.Reply created = Api.as("office").post("/api/v1/duty/entries", """
                {"category":"STANDING_MEETING","occurredOn":"2026-11-20","description":"%s","memberIds":[%d,%d,%d]}""".formatted(description, a, b, a));
        assertEquals(201, created.status(), created::toString);
        List<Long> ids = created.json().getJsonArray("ids").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue)
                .toList();
        assertEquals(2, ids.size(), "a member named twice is recorded once");
        JsonObject entry = entry(a, ids.get(0));
        assertEquals(description, entry.getString("description"));
        assertEquals("committee", entry.getString("sourceModule"));
        assertEquals(
                0, new BigDecimal("4").compareTo(entry.getJsonNumber("points").bigDecimalValue()));

        assertProblem(422, Api.as("office").post("/api/v1/duty/entries/" + ids.get(0) + "/void", "{\"reason\":\" \"}"));
        assertEquals(
                204,
                Api.as("office")
                        .post("/api/v1/duty/entries/" + ids.get(0) + "/void", "{\"reason\":\"误登记\"}")
                        .status());
        JsonObject voided = entry(a, ids.get(0));
        assertTrue(voided.getBoolean("voided"));
        assertEquals("误登记", voided.getString("voidReason"));
        assertProblem(
                409, Api.as("office").post("/api/v1/duty/entries/" + ids.get(0) + "/void", "{\"reason\":\"again\"}"));
    }

    @Test
    void aManualEntryIsCheckedFieldByFieldInTheCallersLanguage() {
        long a = memberId("member1", "zwm");
        Api.Reply unknown = Api.as("office")
                .speaking("en")
                .post(
                        "/api/v1/duty/entries",
                        "{\"category\":\"BANQUET\",\"occurredOn\":\"2026-11-20\",\"description\":\"x\",\"memberIds\":["
                                + a + "]}");
        assertProblem(422, unknown);
        assertEquals(
                "Unknown value: BANQUET", unknown.json().getJsonObject("fields").getString("category"));
        Api.Reply future = Api.as("office")
                .post(
                        "/api/v1/duty/entries",
                        "{\"category\":\"MEETING\",\"occurredOn\":\"2099-01-01\",\"description\":\"x\",\"memberIds\":["
                                + a + "]}");
        assertProblem(422, future);
        assertEquals("请选择日期，且不能晚于今天", future.json().getJsonObject("fields").getString("occurredOn"));
        Api.Reply automatic = Api.as("office")
                .post(
                        "/api/v1/duty/entries",
                        "{\"category\":\"STUDY\",\"occurredOn\":\"2026-11-20\",\"description\":\"x\",\"memberIds\":["
                                + a + "]}");
        assertProblem(422, automatic);
        assertProblem(
                403,
                Api.as("member1")
                        .post(
                                "/api/v1/duty/entries",
                                "{\"category\":\"MEETING\",\"occurredOn\":\"2026-11-20\",\"description\":\"x\",\"memberIds\":["
                                        + a + "]}"));
    }

    @Test
    void theRankingIsOrderedAndItsGradesAddUpToTheRankedMembers() {
        long datong = Fixtures.organisationId("SX-DT");
        JsonObject page = Api.as("leader")
                .get("/api/v1/duty/ranking?organisation=" + datong + "&year=" + TODAY_YEAR + "&size=50")
                .json();
        List<JsonObject> rows = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(50, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            BigDecimal prev = rows.get(i - 1).getJsonNumber("total").bigDecimalValue();
            BigDecimal cur = rows.get(i).getJsonNumber("total").bigDecimalValue();
            assertTrue(prev.compareTo(cur) >= 0, "ranked by total: " + rows.get(i - 1) + " then " + rows.get(i));
            assertTrue(rows.get(i).getInt("rank") >= rows.get(i - 1).getInt("rank"));
        }
        assertEquals(1, rows.get(0).getInt("rank"));
        JsonObject grades = Api.as("leader")
                .get("/api/v1/duty/grades?organisation=" + datong + "&year=" + TODAY_YEAR)
                .json();
        long sum = grades.values().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue())
                .sum();
        assertEquals(page.getJsonNumber("total").longValue(), sum);
        assertProblem(403, Api.as("member1").get("/api/v1/duty/ranking?organisation=" + datong));
    }

    @Test
    void rulesAreReadByLeadersAndChangedOnlyByOfficeStaffAgainstTheCurrentRevision() {
        long datong = Fixtures.organisationId("SX-DT");
        JsonObject rules = Api.as("leader")
                .get("/api/v1/duty/rules?organisation=" + datong + "&year=2034")
                .json();
        assertEquals(0, rules.getInt("revision"), "nothing published for 2034: the defaults");
        assertEquals(60, rules.getInt("firstAuthorPercent"));
        String body = """
                {"organisation":%d,"year":2034,"expectedRevision":%d,"firstAuthorPercent":70,"excellentFrom":90,"goodFrom":80,
                 "competentFrom":60,"rules":%s}""".formatted(datong, 0, rules.getJsonArray("rules").toString());
        assertProblem(403, Api.as("leader").put("/api/v1/duty/rules", body));
        Api.Reply saved = Api.as("office").put("/api/v1/duty/rules", body);
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(1, saved.json().getInt("toRevision"));
        assertProblem(409, Api.as("office").put("/api/v1/duty/rules", body));
        Api.Reply bands = Api.as("office")
                .speaking("en")
                .post("/api/v1/duty/rules/preview", body.replace("\"goodFrom\":80", "\"goodFrom\":95"));
        assertProblem(422, bands);
        assertTrue(bands.json().getJsonObject("fields").containsKey("bands"), bands::toString);
    }

    private static JsonObject entry(long member, long id) {
        return Api.as("office")
                .get("/api/v1/members/" + member + "/duty?year=" + TODAY_YEAR)
                .json()
                .getJsonArray("entries")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id));
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
