package org.tongxin.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.ApiAsserts;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/**
 * Issue 20's leader dashboard, {@code GET /api/v1/dashboard?from=&to=}: the figures of the leader's organisation and
 * those below it, never of a sibling or of the level above; a change below moves the figure of every leader above it
 * and of no other; the period filter counts only what happened in it; the workbook and the PDF carry the same figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardApiIT {

    private static final String PASSWORD = "Dashboard-Leader-2026!";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A leader account of the organisation with this code, its password chosen (not in the must-change state). */
    private static String leaderOf(String organisationCode) {
        String username = Fixtures.username("dash-leader");
        String initial = "Dash-Start-" + Long.toHexString(System.nanoTime());
        Api.Reply created = Api.as("admin")
                .post(
                        "/api/v1/accounts",
                        "{\"username\":\"" + username + "\",\"displayName\":\"驾驶舱测试领导\",\"organisationId\":"
                                + Fixtures.organisationId(organisationCode) + ",\"initialPassword\":\"" + initial
                                + "\"}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply changed = Api.as(username, initial)
                .post(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + PASSWORD + "\"}");
        assertEquals(204, changed.status(), changed::toString);
        Api.Reply roles = Api.as("security").put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"leader\"]}");
        assertEquals(200, roles.status(), roles::toString);
        return username;
    }

    private static JsonObject dashboard(Api who, String query) {
        Api.Reply r = who.get("/api/v1/dashboard" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static long figure(JsonObject dashboard, String section, String name) {
        return dashboard.getJsonObject(section).getJsonNumber(name).longValue();
    }

    @Test
    void aContactPointOfADistrictCountsForItsLeaderAndTheCitysButNotForAnotherCitysDistrict() {
        Api city = Api.as("leader");
        Api district = Api.as(leaderOf("SX-DT-PC"), PASSWORD);
        Api elsewhere = Api.as(leaderOf("SX-CZ-LZ"), PASSWORD);

        JsonObject cityBefore = dashboard(city, "");
        JsonObject districtBefore = dashboard(district, "");
        JsonObject elsewhereBefore = dashboard(elsewhere, "");
        assertEquals("大同市政协", cityBefore.getString("organisationName"));
        assertEquals("平城区政协", districtBefore.getString("organisationName"));
        assertTrue(
                cityBefore.getInt("organisations") > districtBefore.getInt("organisations"),
                "the city's leader sees the city and its districts: " + cityBefore.getInt("organisations"));
        assertTrue(
                figure(cityBefore, "members", "active") > figure(districtBefore, "members", "active"),
                "the city's members outnumber one district's");

        // the district's office opens a town and a contact point in it
        long pingcheng = Fixtures.organisationId("SX-DT-PC");
        Api.Reply town = Api.as("office-pc")
                .post(
                        "/api/v1/liaison/towns",
                        "{\"organisation\":" + pingcheng + ",\"name\":\"" + Api.unique("驾驶舱街道")
                                + "\",\"kind\":\"STREET\"}");
        assertEquals(201, town.status(), town::toString);
        Api.Reply point = Api.as("office-pc")
                .post(
                        "/api/v1/liaison/points",
                        "{\"townId\":" + town.json().getJsonNumber("id").longValue() + ",\"name\":\""
                                + Api.unique("驾驶舱社区") + "\",\"kind\":\"COMMUNITY\"}");
        assertEquals(201, point.status(), point::toString);

        assertEquals(
                figure(districtBefore, "coverage", "points") + 1,
                figure(dashboard(district, ""), "coverage", "points"),
                "the district's leader sees the new point");
        assertEquals(
                figure(cityBefore, "coverage", "points") + 1,
                figure(dashboard(city, ""), "coverage", "points"),
                "and so does the city's, above it");
        assertEquals(
                figure(elsewhereBefore, "coverage", "points"),
                figure(dashboard(elsewhere, ""), "coverage", "points"),
                "another city's district never counts it");
        assertEquals(
                figure(cityBefore, "coverage", "covered"),
                figure(dashboard(city, ""), "coverage", "covered"),
                "nobody is assigned to it yet: it is not covered");
    }

    @Test
    void theReportsReceivedCountOnlyInThePeriodTheyWereSubmittedIn() {
        LocalDate today = Fixtures.today();
        String todayOnly = "?from=" + today + "&to=" + today;
        String before = "?from=" + today.minusDays(30) + "&to=" + today.minusDays(1);
        Api city = Api.as("leader");
        Api district = Api.as(leaderOf("SX-DT-PC"), PASSWORD);
        JsonObject todayBefore = dashboard(city, todayOnly);
        JsonObject earlierBefore = dashboard(city, before);
        long districtBefore = figure(dashboard(district, todayOnly), "reports", "received");
        assertEquals(today.toString(), todayBefore.getString("from"));
        assertEquals(today.toString(), todayBefore.getString("to"));
        assertEquals(
                "/inforeport/stats.xhtml?from=" + today + "&to=" + today,
                todayBefore.getJsonObject("reports").getString("page"),
                "the list behind the figure, for the same period");

        Api.Reply draft = Api.as("member1").post("/api/v1/reports", """
                        {"title":"%s","body":"驾驶舱测试：社区养老服务站人手不足。","proposals":["建议增加护理员"],"topic":"LIVELIHOOD"}""".formatted(Api.unique("驾驶舱信息")));
        assertEquals(201, draft.status(), draft::toString);
        long id = draft.json().getJsonNumber("id").longValue();
        Api.Reply submitted = Api.as("member1").post("/api/v1/reports/" + id + "/submit", "");
        assertEquals(200, submitted.status(), submitted::toString);

        assertEquals(
                figure(todayBefore, "reports", "received") + 1,
                figure(dashboard(city, todayOnly), "reports", "received"),
                "submitted today to the city: received today");
        assertEquals(
                figure(earlierBefore, "reports", "received"),
                figure(dashboard(city, before), "reports", "received"),
                "a period that ends yesterday does not count it");
        assertEquals(
                districtBefore,
                figure(dashboard(district, todayOnly), "reports", "received"),
                "the district never received it");
        JsonObject year = dashboard(city, "");
        assertEquals(today.withDayOfYear(1).toString(), year.getString("from"), "no period: this year so far");
        assertEquals(today.toString(), year.getString("to"));
        assertEquals(today.getYear(), year.getInt("year"));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndOnlyLeadersAndOfficeStaffReadTheDashboard() {
        LocalDate today = Fixtures.today();
        Api.Reply backwards = Api.as("leader").get("/api/v1/dashboard?from=" + today + "&to=" + today.minusDays(1));
        ApiAsserts.assertProblem(422, "invalid-period", backwards);
        assertTrue(backwards.json().getJsonObject("fields").containsKey("to"), backwards::toString);
        ApiAsserts.assertProblem(422, "invalid-input", Api.as("leader").get("/api/v1/dashboard?from=someday"));
        assertEquals(403, Api.as("member1").get("/api/v1/dashboard").status());
        assertEquals(403, Api.as("editor").get("/api/v1/dashboard").status(), "an editor: the report statistics only");
        assertEquals(403, Api.as("keeper").get("/api/v1/dashboard").status());
        assertEquals(403, Api.as("unit1").get("/api/v1/dashboard").status());
        assertEquals(403, Api.as("admin").get("/api/v1/dashboard").status(), "administrators read no business data");
        for (String export : new String[] {"/export.xlsx", "/export.pdf"}) {
            assertEquals(
                    403,
                    Api.as("member1").download("/api/v1/dashboard" + export).statusCode(),
                    export);
        }
        assertEquals(401, Api.anonymous().get("/api/v1/dashboard").status());
    }

    /**
     * Office staff (issue 20) read the dashboard of their own organisation and those below, the same figures as a
     * leader of that organisation, with the exports; the report statistics page, which is not theirs, is not linked.
     */
    @Test
    void officeStaffReadTheSameFiguresAsALeaderOfTheirOrganisationWithoutTheReportStatisticsLink() throws Exception {
        LocalDate today = Fixtures.today();
        String period = "?from=" + today.withDayOfYear(1) + "&to=" + today;
        sameFigures(Api.as("leader"), Api.as("office"), period, "大同市政协");
        sameFigures(Api.as(leaderOf("SX-DT-PC"), PASSWORD), Api.as("office-pc"), period, "平城区政协");

        JsonObject office = dashboard(Api.as("office"), period);
        assertTrue(
                figure(office, "members", "active") > 0 && figure(office, "grades", "members") > 0,
                "real figures: " + office);
        assertFalse(office.getJsonObject("reports").containsKey("page"), "no link to the editors' and leaders' page");
        assertEquals("/committee/roster.xhtml", office.getJsonObject("members").getString("page"));
        assertEquals("/committee/ranking.xhtml", office.getJsonObject("grades").getString("page"));
        assertEquals(
                "/proposal/statistics.xhtml?year=" + today.getYear(),
                office.getJsonObject("proposals").getString("page"));
        assertTrue(dashboard(Api.as("leader"), period).getJsonObject("reports").containsKey("page"));

        HttpResponse<byte[]> xlsx = Api.as("office").download("/api/v1/dashboard/export.xlsx" + period);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(figure(office, "members", "active"), valueOf(sheet, "在册委员"));
            assertEquals(figure(office, "reports", "received"), valueOf(sheet, "收到"));
        }
        HttpResponse<byte[]> pdf = Api.as("office").download("/api/v1/dashboard/export.pdf" + period);
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "a PDF document");
    }

    /** The same dashboard for both callers, but for the links the office may not follow. */
    private static void sameFigures(Api leader, Api office, String period, String organisation) {
        JsonObject l = dashboard(leader, period);
        JsonObject o = dashboard(office, period);
        assertEquals(organisation, o.getString("organisationName"));
        assertEquals(withoutReportsPage(l), withoutReportsPage(o), organisation);
    }

    private static JsonObject withoutReportsPage(JsonObject d) {
        return jakarta.json.Json.createObjectBuilder(d)
                .add(
                        "reports",
                        jakarta.json.Json.createObjectBuilder(d.getJsonObject("reports"))
                                .remove("page"))
                .build();
    }

    @Test
    void theWorkbookAndThePdfCarryTheDashboardsFigures() throws Exception {
        LocalDate today = Fixtures.today();
        String period = "?from=" + today.withDayOfYear(1) + "&to=" + today;
        JsonObject d = dashboard(Api.as("leader"), period);
        HttpResponse<byte[]> xlsx = Api.as("leader").download("/api/v1/dashboard/export.xlsx" + period);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("履职工作驾驶舱", sheet.getRow(0).getCell(0).getStringCellValue(), "in Chinese by default");
            assertEquals(figure(d, "members", "active"), valueOf(sheet, "在册委员"), "the members, as a number");
            assertEquals(figure(d, "reports", "received"), valueOf(sheet, "收到"));
            assertEquals(figure(d, "proposals", "filed"), valueOf(sheet, "提交提案"));
        }
        HttpResponse<byte[]> english =
                Api.as("leader").speaking("en").download("/api/v1/dashboard/export.xlsx" + period);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(english.body()))) {
            assertEquals(
                    "Duty performance dashboard",
                    wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        HttpResponse<byte[]> pdf = Api.as("leader").download("/api/v1/dashboard/export.pdf" + period);
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "a PDF document");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        // issue 20 (font): the platform's Chinese font, embedded as a subset, read from the ejb jar in the server
        String raw = new String(pdf.body(), StandardCharsets.ISO_8859_1);
        assertTrue(
                raw.contains("/FontFile2") && raw.matches("(?s).*/BaseFont\\s*/[A-Z]{6}\\+NotoSerifSC-Regular.*"),
                "embedded");
        assertTrue(pdf.body().length < 200_000, pdf.body().length + " bytes");
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf.body()))
                .getTextFromPage(1);
        assertTrue(text.contains("履职工作驾驶舱") && text.contains("第 1 页 / 共 "), text);
    }

    private static long valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue()) && row.getCell(1) != null) {
                return (long) row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no line " + label);
    }
}
