package org.tongxin.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/** Terms through the API: an empty organisation's first term by import, the next by marking, the standing of a day. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TermApiIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anOfficeOpensTermsByImportAndByMarkingAndReadsAMembersStandingOfADay() throws Exception {
        String code = Api.unique("TT-");
        JsonObject org = Api.as("admin")
                .post(
                        "/api/v1/organisations",
                        "{\"parentId\":" + Fixtures.organisationId("SX-DT") + ",\"code\":\"" + code
                                + "\",\"name\":\"换届接口" + code + "\"}")
                .json();
        long id = org.getJsonNumber("id").longValue();
        assertEquals(
                201,
                Api.as("office")
                        .post("/api/v1/committees/sectors", "{\"organisationId\":" + id + ",\"name\":\"教育界\"}")
                        .status());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String first = today.toString();

        // a bad row: 422 problem+json with the field by row and column, nothing opened
        byte[] bad = workbook(List.of(row(code, 1, "教育界"), row(code, 2, "不存在界别")));
        Api.Reply refused = Api.as("office")
                .speaking("en")
                .postBytes(
                        "/api/v1/terms/import?organisation=" + id + "&number=1&startsOn=" + first + "&dryRun=false",
                        bad,
                        XLSX);
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        assertEquals("urn:tongxin:problem:invalid-rows", refused.json().getString("type"));
        assertTrue(refused.json().getJsonObject("fields").containsKey("rows[3].sector"), refused::toString);
        assertEquals(
                0,
                Api.as("office").get("/api/v1/terms?organisation=" + id).array().size());

        byte[] good = workbook(List.of(row(code, 1, "教育界"), row(code, 2, "教育界")));
        Api.Reply preview = Api.as("office")
                .postBytes(
                        "/api/v1/terms/import?organisation=" + id + "&number=1&startsOn=" + first + "&dryRun=true",
                        good,
                        XLSX);
        assertEquals(200, preview.status(), preview::toString);
        assertEquals(2, preview.json().getInt("joining"));
        assertEquals(false, preview.json().getBoolean("applied"));
        Api.Reply opened = Api.as("office")
                .postBytes(
                        "/api/v1/terms/import?organisation=" + id + "&number=1&startsOn=" + first + "&dryRun=false",
                        good,
                        XLSX);
        assertEquals(201, opened.status(), opened::toString);

        JsonObject page = Api.as("office")
                .get("/api/v1/terms/1/members?organisation=" + id)
                .json();
        assertEquals(2, page.getInt("total"));
        long leaving =
                page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        String next = today.plusDays(1).toString();
        String plan = "{\"organisationId\":" + id + ",\"number\":2,\"startsOn\":\"" + next + "\",\"leaving\":["
                + leaving + "]}";
        Api.Reply dry = Api.as("office").post("/api/v1/terms?dryRun=true", plan);
        assertEquals(200, dry.status(), dry::toString);
        assertEquals(List.of(1, 1, 0), counts(dry.json()));
        assertEquals(
                403, Api.as("leader").post("/api/v1/terms?dryRun=false", plan).status());
        Api.Reply applied = Api.as("office").post("/api/v1/terms?dryRun=false", plan);
        assertEquals(201, applied.status(), applied::toString);
        assertEquals(
                409, Api.as("office").post("/api/v1/terms?dryRun=false", plan).status());

        List<JsonObject> terms =
                Api.as("office").get("/api/v1/terms?organisation=" + id).array().getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 1), terms.stream().map(t -> t.getInt("number")).toList());
        assertEquals(today.toString(), terms.get(1).getString("endsOn"));

        JsonObject before = Api.as("office")
                .get("/api/v1/members/" + leaving + "/standing?on=" + first)
                .json();
        assertEquals(
                List.of("ACTIVE", 1, "教育界"),
                List.of(before.getString("status"), before.getInt("term"), before.getString("sectorName")));
        JsonObject after = Api.as("office")
                .get("/api/v1/members/" + leaving + "/standing?on=" + next)
                .json();
        assertEquals("LEFT", after.getString("status"));
        assertEquals(
                422,
                Api.as("office")
                        .get("/api/v1/members/" + leaving + "/standing?on=soon")
                        .status());

        HttpResponse<byte[]> xlsx = Api.as("office").download("/api/v1/terms/1/roster.xlsx?organisation=" + id);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().length > 100);
        assertEquals(403, Api.as("member1").get("/api/v1/terms").status());
    }

    private static List<Integer> counts(JsonObject o) {
        return List.of(o.getInt("continuing"), o.getInt("leaving"), o.getInt("joining"));
    }

    private static String[] row(String code, int n, String sector) {
        return new String[] {
            code + "-" + n, "接口" + "甲乙丙丁".charAt(n), "男", "汉族", "1970-01-0" + n, "中共", sector, null, "委员", null
        };
    }

    private static byte[] workbook(List<String[]> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("委员名册");
            String[] header = {"编号", "姓名", "性别", "民族", "出生日期", "党派", "界别", "届次", "职务", "专委会"};
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
            wb.write(out);
            return out.toByteArray();
        }
    }
}
