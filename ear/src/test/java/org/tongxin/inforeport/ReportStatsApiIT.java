package org.tongxin.inforeport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/** The statistics of the demo city's year: totals, groups that add up, the seed's instructions, who may read them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportStatsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theCitysYearAddsUpAcrossItsGroups() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String period = "from=" + today.withDayOfYear(1) + "&to=" + today;
        Api.Reply r = Api.as("editor").get("/api/v1/reports/stats?" + period);
        assertEquals(200, r.status(), r::toString);
        JsonObject s = r.json();
        assertEquals("大同市政协", s.getString("organisationName"));
        long received = s.getJsonNumber("received").longValue();
        long adopted = s.getJsonNumber("adopted").longValue();
        assertTrue(received > 300 && adopted > 100 && adopted < received, s::toString);
        assertTrue(s.getJsonNumber("forwarded").longValue() > 0);
        assertEquals(received, sum(s, "byTopic", "received"));
        assertEquals(adopted, sum(s, "byTopic", "adopted"));
        assertEquals(adopted, sum(s, "byMonth", "adopted"));
        JsonObject instructions = s.getJsonObject("instructions");
        assertTrue(instructions.getInt("CITY") + instructions.getInt("PROVINCE") >= 35, instructions::toString);
        List<JsonObject> authors = s.getJsonArray("authors").getValuesAs(JsonObject.class);
        assertFalse(authors.isEmpty());
        for (int i = 1; i < authors.size(); i++) {
            assertTrue(authors.get(i - 1).getInt("adopted") >= authors.get(i).getInt("adopted"), "best first");
        }

        JsonObject livelihood = Api.as("leader")
                .get("/api/v1/reports/stats?" + period + "&topic=LIVELIHOOD")
                .json();
        assertTrue(livelihood.getJsonNumber("received").longValue() < received);
        assertEquals(livelihood.getJsonNumber("received").longValue(), sum(livelihood, "byTopic", "received"));

        assertEquals(
                403, Api.as("member1").get("/api/v1/reports/stats?" + period).status());
        Api.Reply backwards = Api.as("editor").get("/api/v1/reports/stats?from=" + today + "&to=" + today.minusDays(1));
        assertEquals(422, backwards.status(), backwards::toString);
    }

    @Test
    void anIssueCarriesEachAdoptedReportOnceAndDownloadsAsPdfAndDocx() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String period = "\"from\":\"" + today.withDayOfYear(1) + "\",\"to\":\"" + today + "\"";
        assertEquals(
                403,
                Api.as("member1").post("/api/v1/bulletins", "{" + period + "}").status());
        Api.Reply first = Api.as("editor").post("/api/v1/bulletins", "{\"title\":\"社情民意\"," + period + "}");
        assertEquals(201, first.status(), first::toString);
        int number = first.json().getInt("number");
        assertTrue(first.json().getJsonArray("items").size() > 50, "the demo year's adoptions");
        Api.Reply again = Api.as("editor").post("/api/v1/bulletins", "{" + period + "}");
        assertEquals(422, again.status(), again::toString);
        assertEquals("urn:tongxin:problem:nothing-to-publish", again.json().getString("type"));

        long report = Api.as("member1")
                .post(
                        "/api/v1/reports",
                        "{\"title\":\"关于夜市管理的建议\",\"body\":\"夜市噪声扰民\","
                                + "\"proposals\":[\"划定经营时段\"],\"topic\":\"GOVERNANCE\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                Api.as("member1")
                        .post("/api/v1/reports/" + report + "/submit", "")
                        .status());
        assertEquals(
                200,
                Api.as("editor")
                        .post("/api/v1/reports/" + report + "/start-editing", "")
                        .status());
        assertEquals(
                200,
                Api.as("editor")
                        .post("/api/v1/reports/" + report + "/adopt", "")
                        .status());
        JsonObject next =
                Api.as("editor").post("/api/v1/bulletins", "{" + period + "}").json();
        assertEquals(number + 1, next.getInt("number"));
        assertEquals(
                List.of(report),
                next.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(i -> i.getJsonNumber("reportId").longValue())
                        .toList());

        long id = next.getJsonNumber("id").longValue();
        Api.Reply pdf = Api.as("leader").getAccepting("/api/v1/bulletins/" + id + "/pdf", "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"));
        Api.Reply docx = Api.as("leader").getAccepting("/api/v1/bulletins/" + id + "/docx", "*/*");
        assertEquals(200, docx.status());
        assertTrue(docx.body().startsWith("PK"), "a .docx is a zip");
        assertTrue(Api.as("leader").get("/api/v1/bulletins").body().contains("\"id\":" + id));
        assertEquals(404, Api.as("editor-sx").get("/api/v1/bulletins/" + id).status(), "another organisation's issue");
    }

    private static long sum(JsonObject s, String group, String field) {
        return s.getJsonArray(group).getValuesAs(JsonObject.class).stream()
                .mapToLong(x -> x.getJsonNumber(field).longValue())
                .sum();
    }
}
