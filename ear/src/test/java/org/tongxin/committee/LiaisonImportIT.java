package org.tongxin.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
import org.tongxin.support.Fixtures;

/** Issue 14: the liaison structure's workbook import, all or nothing, with errors by sheet, row and column. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiaisonImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void oneBadRowSavesNothingAndNamesSheetRowAndColumn() throws Exception {
        long datong = Fixtures.organisationId("SX-DT");
        String a = Api.unique("导入镇");
        String b = Api.unique("导入街道");
        List<String> keys = rosterKeys(datong, 2);
        byte[] bad = workbook(
                List.of(new String[] {a, "镇"}, new String[] {b, "街道"}),
                List.of(new String[] {a, "一村", "村"}, new String[] {"没有这个镇", "二村", "村"}, new String[] {b, "三社区", "小区"}),
                List.<String[]>of(new String[] {a, a + "联络组", keys.get(0), keys.get(1) + "、不存在的编号"}));
        Api.Reply refused =
                Api.as("office").postBytes("/api/v1/liaison/import?dryRun=false&organisation=" + datong, bad, XLSX);
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        JsonObject fields = refused.json().getJsonObject("fields");
        assertEquals(3, fields.size(), refused::toString);
        assertTrue(fields.getString("points[3].town").contains("没有这个镇"), refused::toString);
        assertTrue(fields.containsKey("points[4].kind"), refused::toString);
        assertTrue(fields.getString("groups[2].members").contains("不存在的编号"), refused::toString);
        assertEquals("urn:tongxin:problem:invalid-import", refused.json().getString("type"));
        // English on request
        assertTrue(Api.as("office")
                .speaking("en")
                .postBytes("/api/v1/liaison/import?dryRun=true&organisation=" + datong, bad, XLSX)
                .json()
                .getJsonObject("fields")
                .getString("groups[2].members")
                .contains("No member"));
        assertFalse(townNames(datong).contains(a), "nothing saved: not even the valid towns");
    }

    @Test
    void aGoodFileIsCheckedThenImportedAndTheSameFileAgainChangesNothing() throws Exception {
        long datong = Fixtures.organisationId("SX-DT");
        String a = Api.unique("好镇");
        String b = Api.unique("好街道");
        List<String> keys = rosterKeys(datong, 3);
        byte[] good = workbook(
                List.of(new String[] {a, "镇"}, new String[] {b, "街道"}),
                List.of(new String[] {a, "一村", "村"}, new String[] {a, "二村", "村"}, new String[] {b, "东社区", "社区"}),
                List.of(
                        new String[] {a, a + "联络组", keys.get(0), keys.get(1)},
                        new String[] {b, b + "联络组", null, keys.get(1) + "，" + keys.get(2)}));
        Api.Reply checked =
                Api.as("office").postBytes("/api/v1/liaison/import?dryRun=true&organisation=" + datong, good, XLSX);
        assertEquals(200, checked.status(), checked::toString);
        assertFalse(checked.json().getBoolean("imported"));
        assertCounts(checked.json(), 2, 3, 2, 0);
        assertFalse(townNames(datong).contains(a), "a dry run saves nothing");

        Api.Reply imported =
                Api.as("office").postBytes("/api/v1/liaison/import?dryRun=false&organisation=" + datong, good, XLSX);
        assertEquals(200, imported.status(), imported::toString);
        assertTrue(imported.json().getBoolean("imported"));
        assertCounts(imported.json(), 2, 3, 2, 0);
        List<JsonObject> towns = Api.as("office")
                .get("/api/v1/liaison/towns?organisation=" + datong)
                .array()
                .getValuesAs(JsonObject.class);
        JsonObject townA = towns.stream()
                .filter(t -> t.getString("name").equals(a))
                .findFirst()
                .orElseThrow();
        assertEquals(2, townA.getJsonNumber("points").longValue());
        assertEquals("TOWN", townA.getString("kind"));
        assertEquals(2, townA.getJsonArray("groupMembers").size(), "leader and member");
        assertNotNull(townA.getString("leaderName"));
        JsonObject townB = towns.stream()
                .filter(t -> t.getString("name").equals(b))
                .findFirst()
                .orElseThrow();
        assertEquals("STREET", townB.getString("kind"));
        assertTrue(!townB.containsKey("leaderName") || townB.isNull("leaderName"));

        Api.Reply again =
                Api.as("office").postBytes("/api/v1/liaison/import?dryRun=false&organisation=" + datong, good, XLSX);
        assertEquals(200, again.status(), again::toString);
        assertCounts(again.json(), 0, 0, 0, 2 + 3 + 2);
    }

    @Test
    void theTemplateHasTheThreeSheetsAndOnlyOfficeStaffImport() throws Exception {
        HttpResponse<byte[]> template = Api.as("office").download("/api/v1/liaison/import/template.xlsx");
        assertEquals(200, template.statusCode());
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(template.body()))) {
            assertEquals("名称", wb.getSheet("镇街").getRow(0).getCell(0).getStringCellValue());
            assertEquals("镇街", wb.getSheet("联系点").getRow(0).getCell(0).getStringCellValue());
            assertEquals("组长编号", wb.getSheet("联络组").getRow(0).getCell(2).getStringCellValue());
        }
        long datong = Fixtures.organisationId("SX-DT");
        assertEquals(
                403,
                Api.as("leader")
                        .postBytes("/api/v1/liaison/import?dryRun=true&organisation=" + datong, template.body(), XLSX)
                        .status());
        Api.Reply empty = Api.as("office")
                .postBytes("/api/v1/liaison/import?dryRun=true&organisation=" + datong, template.body(), XLSX);
        assertEquals(422, empty.status(), empty::toString);
        assertTrue(empty.json().getJsonObject("fields").containsKey("file"));
        assertEquals(
                422,
                Api.as("office")
                        .postBytes("/api/v1/liaison/import?dryRun=maybe&organisation=" + datong, template.body(), XLSX)
                        .status());
    }

    private static void assertCounts(JsonObject result, int towns, int points, int groups, int unchanged) {
        assertEquals(towns, result.getJsonObject("towns").getInt("created"), result::toString);
        assertEquals(points, result.getJsonObject("points").getInt("created"), result::toString);
        assertEquals(groups, result.getJsonObject("groups").getInt("created"), result::toString);
        int same = result.getJsonObject("towns").getInt("unchanged")
                + result.getJsonObject("points").getInt("unchanged")
                + result.getJsonObject("groups").getInt("unchanged");
        assertEquals(unchanged, same, result::toString);
        assertTrue(result.getJsonArray("errors").isEmpty());
    }

    private static List<String> townNames(long organisation) {
        return Api.as("office")
                .get("/api/v1/liaison/towns?organisation=" + organisation)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(t -> t.getString("name"))
                .toList();
    }

    /** Roster keys of active members of the organisation itself. */
    private static List<String> rosterKeys(long organisation, int n) {
        List<String> keys = new ArrayList<>();
        for (JsonObject m : Api.as("office")
                .get("/api/v1/members?status=ACTIVE&size=100")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            if (m.getJsonNumber("organisationId").longValue() == organisation && keys.size() < n) {
                keys.add(Api.as("office")
                        .get("/api/v1/members/" + m.getJsonNumber("id"))
                        .json()
                        .getString("rosterKey"));
            }
        }
        return keys;
    }

    static byte[] workbook(List<String[]> towns, List<String[]> points, List<String[]> groups) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(wb, "镇街", new String[] {"名称", "类型"}, towns);
            sheet(wb, "联系点", new String[] {"镇街", "名称", "类型"}, points);
            sheet(wb, "联络组", new String[] {"镇街", "名称", "组长编号", "成员编号"}, groups);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(Workbook wb, String name, String[] header, List<String[]> rows) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int c = 0; c < header.length; c++) {
            h.createCell(c).setCellValue(header[c]);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = s.createRow(i + 1);
            for (int c = 0; c < rows.get(i).length; c++) {
                if (rows.get(i)[c] != null) {
                    r.createCell(c).setCellValue(rows.get(i)[c]);
                }
            }
        }
    }
}
