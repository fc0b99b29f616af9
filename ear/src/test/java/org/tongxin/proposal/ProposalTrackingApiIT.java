package org.tongxin.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.ok;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/**
 * The proposal office's follow-up through the API (issue 18): the overdue list, the deadline reminders to the lead
 * unit's logins (in-app, once per proposal and due date), and the statistics of a filing year with the league table
 * and the {@code .xlsx} export. The database is shared with the other tests of the run: counts are compared before and
 * after, never taken as they are.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalTrackingApiIT {

    private static final String PROPOSALS = "/api/v1/proposals";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theOfficeListsOverdueAssignmentsOldestFirstAndOnlyTheOfficeAndLeadersMay() {
        List<JsonObject> rows = rows(Api.as("proposals").get(PROPOSALS + "/overdue?size=200"));
        assertFalse(rows.isEmpty(), "the demo has an overdue assignment");
        LocalDate previous = LocalDate.MIN;
        for (JsonObject p : rows) {
            assertTrue(p.getBoolean("overdue"), p::toString);
            assertTrue(Set.of("ASSIGNED", "REHANDLING").contains(p.getString("state")), p::toString);
            LocalDate due = LocalDate.parse(p.getString("due"));
            assertFalse(due.isBefore(previous), "oldest due first");
            previous = due;
        }
        assertEquals(200, Api.as("leader").get(PROPOSALS + "/overdue").status());
        assertEquals(403, Api.as("unit1").get(PROPOSALS + "/overdue").status());
        assertEquals(403, Api.as("member1").get(PROPOSALS + "/overdue").status());
        assertTrue(
                rows(Api.as("office-pc").get(PROPOSALS + "/overdue?size=200")).stream()
                        .noneMatch(p -> rows.stream().anyMatch(q -> id(q) == id(p))),
                "another organisation's office sees its own only");
    }

    @Test
    void theLeadUnitIsRemindedOnceBeforeTheDueDateAndOnceWhenOverdue() {
        long unit1 = unitId("unit1");
        JsonObject p = accepted();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        p = ok(Api.as("proposals").post(path(p) + "/assignment", assignment(unit1, today.plusDays(3))), 200);
        assertEquals(403, Api.as("member1").post(PROPOSALS + "/reminders", "{}").status());
        assertEquals(403, Api.as("unit1").post(PROPOSALS + "/reminders", "{}").status());
        ok(Api.as("proposals").post(PROPOSALS + "/reminders", "{}"), 200);
        ok(Api.as("proposals").post(PROPOSALS + "/reminders", "{}"), 200);
        assertEquals(1, reminders("unit1", id(p), "proposal.reminder.DUE_SOON"), "due in three days: reminded once");
        assertEquals(0, reminders("unit2", id(p), "proposal.reminder.DUE_SOON"), "only the lead unit's logins");

        JsonObject late = rows(Api.as("proposals").get(PROPOSALS + "/overdue?size=200")).stream()
                .filter(x -> "大同市农业农村局".equals(x.getString("leadUnitName", "")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo's overdue assignment of unit2"));
        assertEquals(1, reminders("unit2", id(late), "proposal.reminder.OVERDUE"), "overdue: reminded once");
        JsonObject text = Api.as("unit2")
                .speaking("en")
                .get("/api/v1/notifications?max=200")
                .json();
        assertTrue(text.toString().contains("is overdue"), "the reminder's text in the reader's language");
    }

    @Test
    void statisticsCountTheYearsProposalsInTheDatabase() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        JsonObject before = ok(Api.as("proposals").get(PROPOSALS + "/statistics?year=" + year), 200);
        JsonObject p = accepted();
        JsonObject after = ok(Api.as("proposals").get(PROPOSALS + "/statistics?year=" + year), 200);
        assertEquals(before.getInt("filed") + 1, after.getInt("filed"));
        assertEquals(before.getInt("accepted") + 1, after.getInt("accepted"));
        assertEquals(before.getInt("assigned"), after.getInt("assigned"));
        assertTrue(after.getInt("filed") >= after.getInt("accepted"));
        assertTrue(after.getInt("accepted") >= after.getInt("assigned"));
        assertTrue(after.getInt("assigned") >= after.getInt("answered"));
        assertTrue(after.getInt("answered") >= after.getInt("answeredOnTime"));
        assertTrue(after.getInt("overdue") >= 1, "the demo's overdue assignment");
        long categories = after.getJsonObject("byCategory").values().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue())
                .sum();
        assertEquals(after.getInt("answered"), categories, "every answer has its category");
        long ratings = after.getJsonObject("byRating").values().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue())
                .sum();
        assertEquals(after.getInt("rated"), ratings);
        double rate = after.getJsonNumber("satisfactionRate").doubleValue();
        assertTrue(rate > 0 && rate <= 1, "the demo has satisfied ratings");
        List<JsonObject> units = after.getJsonArray("units").getValuesAs(JsonObject.class);
        assertTrue(
                units.stream()
                        .map(u -> u.getString("unitName"))
                        .toList()
                        .containsAll(List.of("大同市发展和改革委员会", "大同市农业农村局")),
                units::toString);
        assertEquals(
                after.getInt("assigned"),
                units.stream().mapToInt(u -> u.getInt("assigned")).sum());

        // assigning it moves it to the lead unit's line
        long unit1 = unitId("unit1");
        int led = led(after, unit1);
        ok(Api.as("proposals").post(path(p) + "/assignment", assignment(unit1, null)), 200);
        JsonObject assigned = ok(Api.as("proposals").get(PROPOSALS + "/statistics?year=" + year), 200);
        assertEquals(after.getInt("assigned") + 1, assigned.getInt("assigned"));
        assertEquals(led + 1, led(assigned, unit1));

        JsonObject plenary =
                ok(Api.as("proposals").get(PROPOSALS + "/statistics?year=" + year + "&session=PLENARY"), 200);
        assertTrue(plenary.getInt("filed") <= assigned.getInt("filed"));
        assertEquals("PLENARY", plenary.getString("session"));
        assertEquals(
                0,
                ok(Api.as("proposals").get(PROPOSALS + "/statistics?year=1990"), 200)
                        .getInt("filed"));
        assertEquals(
                422,
                Api.as("proposals")
                        .get(PROPOSALS + "/statistics?session=SOMETIMES")
                        .status());
        assertEquals(200, Api.as("leader").get(PROPOSALS + "/statistics").status());
        assertEquals(403, Api.as("unit1").get(PROPOSALS + "/statistics").status());
        assertEquals(403, Api.as("member1").get(PROPOSALS + "/statistics").status());
    }

    @Test
    void theStatisticsExportIsAWorkbookInTheCallersLanguage() throws Exception {
        HttpResponse<byte[]> r = Api.as("proposals").speaking("en").download(PROPOSALS + "/statistics.xlsx");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertEquals("Proposal statistics", wb.getSheetAt(0).getSheetName());
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    text.append(c.toString()).append('|');
                }
            }
        }
        assertTrue(text.toString().contains("Handling units' league table"), text::toString);
        assertTrue(text.toString().contains("大同市农业农村局"), text::toString);
        assertEquals(
                403, Api.as("unit1").download(PROPOSALS + "/statistics.xlsx").statusCode());
    }

    // ---- helpers

    private static int led(JsonObject stats, long unit) {
        return stats.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonNumber("unitId").longValue() == unit)
                .mapToInt(u -> u.getInt("assigned"))
                .findFirst()
                .orElse(0);
    }

    private static long reminders(String unit, long proposal, String type) {
        JsonObject inbox = ok(Api.as(unit).get("/api/v1/notifications?max=200"), 200);
        return inbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> type.equals(n.getString("type")))
                .filter(n -> n.getString("link", "").endsWith("?id=" + proposal))
                .count();
    }

    private static JsonObject accepted() {
        JsonObject d = ok(
                Api.as("member1")
                        .post(
                                PROPOSALS,
                                Json.createObjectBuilder()
                                        .add("title", "关于完善农村养老服务的提案 " + Api.unique("t"))
                                        .add("reason", "农村养老服务供给不足")
                                        .add("analysis", "农村老人多，照料设施少")
                                        .add("suggestions", "建设互助幸福院")
                                        .add("coSigners", Json.createArrayBuilder())
                                        .build()
                                        .toString()),
                201);
        JsonObject p = ok(Api.as("member1").post(path(d) + "/submit", "{}"), 200);
        return ok(
                Api.as("proposals")
                        .post(
                                path(p) + "/review",
                                Json.createObjectBuilder()
                                        .add("decision", "ACCEPT")
                                        .build()
                                        .toString()),
                200);
    }

    private static String assignment(long lead, LocalDate due) {
        var b = Json.createObjectBuilder().add("leadUnitId", lead).add("coUnitIds", Json.createArrayBuilder());
        if (due != null) {
            b.add("due", due.toString());
        }
        return b.build().toString();
    }

    /** The department a unit's login acts for: what the lead unit of its demo assignments names. */
    private static long unitId(String unit) {
        return rows(Api.as(unit).get(PROPOSALS + "?state=ASSIGNED&size=200")).stream()
                .map(p -> ok(Api.as(unit).get(PROPOSALS + "/" + id(p)), 200))
                .filter(p -> p.getJsonArray("steps").toString().contains("ANSWER"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo assignment led by " + unit))
                .getJsonObject("leadUnit")
                .getJsonNumber("id")
                .longValue();
    }

    private static List<JsonObject> rows(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String path(JsonObject o) {
        return PROPOSALS + "/" + id(o);
    }
}
