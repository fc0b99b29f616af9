package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
 * The organisation tree through the API (issue 14): rename, move under another parent, cycles refused,
 * retire, and the .xlsx import, all or nothing with its errors by row and column.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationApiIT {

    private static final String ORGS = "/api/v1/organisations";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String tag = Api.unique("T").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");

    @Test
    void anOrganisationIsRenamedAndMovedAndNeverBelowItself() {
        long root = root();
        JsonObject cityA = create(root, "A" + tag, "甲市" + tag);
        JsonObject cityB = create(root, "B" + tag, "乙市" + tag);
        JsonObject county = create(id(cityA), "C" + tag, "丙县" + tag);
        JsonObject other = create(id(cityA), "D" + tag, "丁县" + tag);

        Api.Reply moved = Api.as("admin")
                .put(
                        ORGS + "/" + id(county),
                        "{\"name\":\"丙区" + tag + "\",\"parentId\":" + id(cityB)
                                + ",\"timeZone\":\"Asia/Urumqi\",\"version\":" + county.getInt("version") + "}");
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(id(cityB), moved.json().getJsonNumber("parentId").longValue());
        assertEquals("丙区" + tag, moved.json().getString("name"));
        assertEquals("Asia/Urumqi", moved.json().getString("timeZone"));
        JsonObject read = Api.as("admin").get(ORGS + "/" + id(county)).json();
        assertEquals(id(cityB), read.getJsonNumber("parentId").longValue());
        assertTrue(find(id(county)).isPresent(), "the moved county is still in the admin's tree");

        Api.Reply stale = Api.as("admin")
                .put(ORGS + "/" + id(county), "{\"name\":\"x\",\"version\":" + county.getInt("version") + "}");
        assertEquals(409, stale.status(), stale::toString);

        JsonObject a = Api.as("admin").get(ORGS + "/" + id(cityA)).json();
        for (long below : List.of(id(other), id(cityA))) {
            Api.Reply cycle = Api.as("admin")
                    .put(
                            ORGS + "/" + id(cityA),
                            "{\"parentId\":" + below + ",\"version\":" + a.getInt("version") + "}");
            assertEquals(409, cycle.status(), cycle::toString);
            assertTrue(cycle.contentType().startsWith("application/problem+json"), cycle::toString);
            assertTrue(cycle.body().contains("urn:tongxin:problem:organisation-cycle"), cycle::toString);
            assertTrue(cycle.json().getJsonObject("fields").containsKey("parentId"), cycle::toString);
        }
        Api.Reply level = Api.as("admin")
                .put(ORGS + "/" + id(other), "{\"parentId\":" + root + ",\"version\":" + other.getInt("version") + "}");
        assertEquals(422, level.status(), level::toString);
        assertTrue(level.body().contains("organisation-level"), level::toString);

        Api.Reply office = Api.as("office")
                .put(ORGS + "/" + id(other), "{\"name\":\"x\",\"version\":" + other.getInt("version") + "}");
        assertEquals(403, office.status(), office::toString);
    }

    @Test
    void aRetiredOrganisationAndThoseBelowItTakeNothingNew() {
        long root = root();
        JsonObject city = create(root, "R" + tag, "撤市" + tag);
        JsonObject county = create(id(city), "S" + tag, "撤县" + tag);

        Api.Reply retired = Api.as("admin").post(ORGS + "/" + id(city) + "/retire", null);
        assertEquals(200, retired.status(), retired::toString);
        assertTrue(retired.json().getBoolean("retired"));
        assertTrue(Api.as("admin").get(ORGS + "/" + id(county)).json().getBoolean("retired"), "below it too");

        Api.Reply child =
                Api.as("admin").post(ORGS, "{\"parentId\":" + id(city) + ",\"code\":\"X" + tag + "\",\"name\":\"新县\"}");
        assertEquals(409, child.status(), child::toString);
        assertTrue(child.body().contains("urn:tongxin:problem:organisation-retired"), child::toString);

        Api.Reply rootRetired = Api.as("admin").post(ORGS + "/" + root + "/retire", null);
        assertEquals(409, rootRetired.status(), rootRetired::toString);
        assertEquals(
                403,
                Api.as("office").post(ORGS + "/" + id(county) + "/retire", null).status());
    }

    @Test
    void theImportIsAllOrNothingWithErrorsByRowAndColumnAndADryRunWritesNothing() throws Exception {
        String rootCode = Api.as("admin").get(ORGS + "/" + root()).json().getString("code");
        String city = "IC" + tag;
        String county = "ID" + tag;
        byte[] bad = workbook(List.of(
                new String[] {city, "导入市" + tag, "市", rootCode},
                new String[] {county, "导入县" + tag, "县", city},
                new String[] {"IE" + tag, "错上级" + tag, "县", "NOPE" + tag},
                new String[] {"IF" + tag, "错级别" + tag, "村", city}));
        Api.Reply refused = Api.as("admin").postBytes(ORGS + "/import?dryRun=false", bad, XLSX);
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("urn:tongxin:problem:invalid-import"), refused::toString);
        JsonObject fields = refused.json().getJsonObject("fields");
        assertEquals(java.util.Set.of("4.parent", "5.level"), fields.keySet(), refused::toString);
        assertTrue(code(city).isEmpty(), "nothing of the file was imported");

        byte[] good = workbook(List.of(
                new String[] {county, "导入县" + tag, "县（区）", city}, // the child before its parent: order does not matter
                new String[] {city, "导入市" + tag, "市", rootCode}));
        Api.Reply dry = Api.as("admin").postBytes(ORGS + "/import?dryRun=true", good, XLSX);
        assertEquals(200, dry.status(), dry::toString);
        assertFalse(dry.json().getBoolean("imported"));
        assertEquals(2, dry.json().getInt("created"));
        assertTrue(code(city).isEmpty(), "a dry run writes nothing");

        Api.Reply done = Api.as("admin").postBytes(ORGS + "/import?dryRun=false", good, XLSX);
        assertEquals(200, done.status(), done::toString);
        assertTrue(done.json().getBoolean("imported"));
        assertEquals(2, done.json().getInt("created"));
        JsonObject importedCity = code(city).orElseThrow();
        JsonObject importedCounty = code(county).orElseThrow();
        assertEquals("COUNTY", importedCounty.getString("level"));
        assertEquals(id(importedCity), importedCounty.getJsonNumber("parentId").longValue());

        Api.Reply again = Api.as("admin").postBytes(ORGS + "/import?dryRun=false", good, XLSX);
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.json().getInt("created"));
        assertEquals(2, again.json().getInt("unchanged"));

        assertEquals(
                403,
                Api.as("office")
                        .postBytes(ORGS + "/import?dryRun=true", good, XLSX)
                        .status());
        Api.Reply unreadable = Api.as("admin").postBytes(ORGS + "/import?dryRun=true", new byte[] {1, 2, 3}, XLSX);
        assertEquals(422, unreadable.status(), unreadable::toString);
        assertTrue(unreadable.json().getJsonObject("fields").containsKey("file"), unreadable::toString);
    }

    @Test
    void theTemplateIsAWorkbookWithTheColumns() throws Exception {
        HttpResponse<byte[]> template = Api.as("admin").download(ORGS + "/template.xlsx");
        assertEquals(200, template.statusCode());
        assertTrue(template.headers().firstValue("Content-Type").orElse("").startsWith(XLSX));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(template.body()))) {
            Row header = wb.getSheetAt(0).getRow(0);
            assertEquals("代码", header.getCell(0).getStringCellValue());
            assertEquals("上级代码", header.getCell(3).getStringCellValue());
        }
    }

    private static long root() {
        return Api.as("admin").get(ORGS).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> !o.containsKey("parentId") || o.isNull("parentId"))
                .findFirst()
                .map(OrganisationApiIT::id)
                .orElseThrow();
    }

    private static JsonObject create(long parent, String code, String name) {
        Api.Reply created = Api.as("admin")
                .post(ORGS, "{\"parentId\":" + parent + ",\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private static Optional<JsonObject> find(long id) {
        return Api.as("admin").get(ORGS).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> id(o) == id)
                .findFirst();
    }

    private static Optional<JsonObject> code(String code) {
        return Api.as("admin").get(ORGS).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code))
                .findFirst();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static byte[] workbook(List<String[]> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("组织");
            String[] header = {"代码", "名称", "级别", "上级代码"};
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < rows.size(); i++) {
                Row r = s.createRow(i + 1);
                for (int c = 0; c < rows.get(i).length; c++) {
                    r.createCell(c).setCellValue(rows.get(i)[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
