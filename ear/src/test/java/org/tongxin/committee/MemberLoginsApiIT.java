package org.tongxin.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;
import org.tongxin.support.RosterWorkbook;

/**
 * Roster to logins through the API (issue 14): the import and export of the roster, member logins in bulk,
 * one account per member and one member per account, and a member leaving the roster losing their login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberLoginsApiIT {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String batch = chinese(new Random().nextInt(1_000_000));
    /** Two members of the same name (their logins clash), a third of another name. */
    private final String name = "登录" + batch;

    @Test
    void bulkLoginsGetPinyinNamesNumberedOnAClashSkipTheLinkedAndOpenOnlyThePasswordChangeFirst() {
        List<Long> ids = importMembers(row(1, name, "在职"), row(2, name, "在职"));
        long linked = memberId("zwm"); // 张伟明, the demo's member1
        Api.Reply reply = Api.as("office")
                .post(
                        "/api/v1/members/accounts",
                        "{\"memberIds\":[" + ids.get(0) + "," + ids.get(1) + "," + linked + "]}");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject result = reply.json();
        List<JsonObject> created = result.getJsonArray("created").getValuesAs(JsonObject.class);
        assertEquals(2, created.size(), result::toString);
        String base = "denglu" + pinyinDigits(batch);
        assertEquals(base, created.get(0).getString("username"), result::toString);
        assertEquals(base + "2", created.get(1).getString("username"), result::toString);
        assertEquals(
                ids.get(0).longValue(), created.get(0).getJsonNumber("memberId").longValue());
        List<JsonObject> skipped = result.getJsonArray("skipped").getValuesAs(JsonObject.class);
        assertEquals(1, skipped.size(), result::toString);
        assertEquals(linked, skipped.get(0).getJsonNumber("memberId").longValue());
        assertEquals("has-account", skipped.get(0).getString("reason"));

        // the one-time password opens nothing but the first password change
        String username = created.get(0).getString("username");
        String once = created.get(0).getString("oneTimePassword");
        JsonObject me = Api.as(username, once).get("/api/v1/me").json();
        assertTrue(me.getBoolean("mustChangePassword"), me::toString);
        assertTrue(me.getJsonArray("roles").toString().contains("member"), me::toString);
        Api.Reply refused = Api.as(username, once).get("/api/v1/reports/source-points");
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.body().contains("password-change-required"), refused::toString);
        String chosen = "Qiu-Shi-" + Long.toHexString(System.nanoTime()) + "-Zz9";
        Api.Reply changed = Api.as(username, once)
                .post(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"" + once + "\",\"newPassword\":\"" + chosen + "\"}");
        assertEquals(204, changed.status(), changed::toString);
        Api.Reply points = Api.as(username, chosen).get("/api/v1/reports/source-points");
        assertEquals(200, points.status(), "a member of the roster now, not not-a-member: " + points);

        // the sheet of slips: the creator's, a PDF; nobody else's
        String slips = result.getString("slips");
        HttpResponse<byte[]> pdf = Api.as("office").download(slips);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        String otherOffice = Fixtures.username("office");
        Fixtures.account(otherOffice, "Other-Office-2026-Xq", "office-staff");
        assertEquals(
                404, Api.as(otherOffice, "Other-Office-2026-Xq").download(slips).statusCode());
        assertEquals(403, Api.as("member2").download(slips).statusCode());

        // a second run creates nothing for those who have a login now
        JsonObject again = Api.as("office")
                .post("/api/v1/members/accounts", "{\"memberIds\":[" + ids.get(0) + "]}")
                .json();
        assertEquals(0, again.getJsonArray("created").size(), again::toString);
        assertEquals(
                "has-account", again.getJsonArray("skipped").getJsonObject(0).getString("reason"));
    }

    @Test
    void oneAccountPerMemberAndOneMemberPerAccountLinkAndUnlink() {
        List<Long> ids = importMembers(row(1, name, "在职"), row(2, name + "乙", "在职"));
        JsonObject result = Api.as("office")
                .post("/api/v1/members/accounts", "{\"memberIds\":[" + ids.get(0) + "]}")
                .json();
        String first = result.getJsonArray("created").getJsonObject(0).getString("username");
        long firstAccount = account(ids.get(0)).getJsonNumber("accountId").longValue();
        assertEquals(first, account(ids.get(0)).getString("username"));

        // the account of one member cannot be linked to another
        Api.Reply taken = Api.as("office")
                .put("/api/v1/members/" + ids.get(1) + "/account", "{\"accountId\":" + firstAccount + "}");
        assertEquals(409, taken.status(), taken::toString);
        assertTrue(taken.body().contains("account-linked"), taken::toString);

        // a member with an account gets no second one
        String plain = Fixtures.username("plain");
        long plainId = Fixtures.account(plain, "Plain-Account-2026-Xq", null);
        Api.Reply second =
                Api.as("office").put("/api/v1/members/" + ids.get(0) + "/account", "{\"accountId\":" + plainId + "}");
        assertEquals(409, second.status(), second::toString);
        assertTrue(second.body().contains("member-has-account"), second::toString);

        // link an existing account, then unlink it: the member shows no account, the account still exists
        Api.Reply linked =
                Api.as("office").put("/api/v1/members/" + ids.get(1) + "/account", "{\"accountId\":" + plainId + "}");
        assertEquals(200, linked.status(), linked::toString);
        assertEquals(plain, linked.json().getString("username"));
        assertEquals(
                204,
                Api.as("office")
                        .delete("/api/v1/members/" + ids.get(1) + "/account")
                        .status());
        JsonObject none = account(ids.get(1));
        assertTrue(!none.containsKey("accountId") || none.isNull("accountId"), none::toString);
        assertEquals(
                409,
                Api.as("office")
                        .delete("/api/v1/members/" + ids.get(1) + "/account")
                        .status());
        assertEquals(
                200, Api.as(plain, "Plain-Account-2026-Xq").get("/api/v1/me").status());

        // only office staff link; an administrator's account is never linked
        assertEquals(
                403,
                Api.as("member2")
                        .put("/api/v1/members/" + ids.get(1) + "/account", "{\"accountId\":" + plainId + "}")
                        .status());
        long adminId =
                Api.as("admin").get("/api/v1/me").json().getJsonNumber("id").longValue();
        assertEquals(
                404,
                Api.as("office")
                        .put("/api/v1/members/" + ids.get(1) + "/account", "{\"accountId\":" + adminId + "}")
                        .status());
    }

    @Test
    void aMemberLeavingTheRosterKeepsTheirHistoryAndTheirLoginIsDisabled() {
        List<Long> ids = importMembers(row(1, name, "在职"));
        JsonObject created = Api.as("office")
                .post("/api/v1/members/accounts", "{\"memberIds\":[" + ids.get(0) + "]}")
                .json()
                .getJsonArray("created")
                .getJsonObject(0);
        String username = created.getString("username");
        String once = created.getString("oneTimePassword");
        assertEquals(200, Api.as(username, once).get("/api/v1/me").status());

        importMembers(row(1, name, "辞职")); // the same roster key, now resigned
        assertEquals(401, Api.as(username, once).get("/api/v1/me").status(), "the login is disabled");
        JsonObject profile =
                Api.as("office").get("/api/v1/members/" + ids.get(0)).json();
        assertEquals("RESIGNED", profile.getJsonObject("member").getString("status"));
        assertTrue(profile.getJsonArray("history").toString().contains("RESIGNED"), profile::toString);
        assertEquals(false, account(ids.get(0)).getBoolean("enabled"), "still linked, disabled");
    }

    @Test
    void theImportRefusesRowsOfOtherOrganisationsByRowAndColumnAndADryRunWritesNothing() throws Exception {
        String[] sibling = row(2, name, "在职");
        sibling[14] = "SX-CZ";
        Api.Reply refused = Api.as("office")
                .speaking("en")
                .postBytes(
                        "/api/v1/members/import?dryRun=false",
                        RosterWorkbook.of(List.of(row(1, name, "在职"), sibling)),
                        XLSX);
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        JsonObject body = refused.json();
        assertEquals("urn:tongxin:problem:invalid-file", body.getString("type"));
        assertEquals(
                List.of("3:organisation"),
                List.copyOf(body.getJsonObject("fields").keySet()),
                body::toString);
        assertTrue(body.getJsonObject("fields").getString("3:organisation").contains("SX-CZ"), body::toString);
        assertEquals(0, search(name).size(), "nothing imported");

        Api.Reply dry = Api.as("office")
                .postBytes(
                        "/api/v1/members/import?dryRun=true",
                        RosterWorkbook.of(List.<String[]>of(row(1, name, "在职"))),
                        XLSX);
        assertEquals(200, dry.status(), dry::toString);
        assertEquals(false, dry.json().getBoolean("imported"));
        assertEquals(0, search(name).size(), "a dry run writes nothing");
        assertEquals(
                403,
                Api.as("member2")
                        .postBytes("/api/v1/members/import", new byte[0], XLSX)
                        .status());
    }

    @Test
    void theExportTakesTheListsFilters() throws Exception {
        importMembers(row(1, name, "在职"), row(2, name + "乙", "辞职"));
        HttpResponse<byte[]> file = Api.as("office")
                .download("/api/v1/members/export.xlsx?status=ACTIVE&q="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertEquals(200, file.statusCode(), () -> new String(file.body(), StandardCharsets.UTF_8));
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith(XLSX));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file.body()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(1, s.getLastRowNum(), "only the active one");
            assertEquals(name, s.getRow(1).getCell(1).getStringCellValue());
            assertEquals("IT-" + batch + "-1", s.getRow(1).getCell(0).getStringCellValue());
        }
        assertEquals(
                422,
                Api.as("office")
                        .download("/api/v1/members/export.xlsx?status=GONE")
                        .statusCode());
    }

    // --- helpers ------------------------------------------------------------------------------

    private List<Long> importMembers(String[]... rows) {
        Api.Reply imported;
        try {
            imported = Api.as("office")
                    .postBytes("/api/v1/members/import?dryRun=false", RosterWorkbook.of(List.of(rows)), XLSX);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertEquals(200, imported.status(), imported::toString);
        assertTrue(imported.json().getBoolean("imported"), imported::toString);
        // the members of the rows, in the rows' order (two rows may share a name: ids grow with creation)
        List<Long> ids = new java.util.ArrayList<>();
        for (String[] r : rows) {
            search(r[1]).stream()
                    .filter(m -> m.getString("name").equals(r[1]))
                    .map(m -> m.getJsonNumber("id").longValue())
                    .sorted()
                    .filter(id -> !ids.contains(id))
                    .findFirst()
                    .ifPresent(ids::add);
        }
        return ids;
    }

    private static List<JsonObject> search(String text) {
        return Api.as("office")
                .get("/api/v1/members?size=50&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static long memberId(String q) {
        return search(q).get(0).getJsonNumber("id").longValue();
    }

    private static JsonObject account(long memberId) {
        return Api.as("office").get("/api/v1/members/" + memberId + "/account").json();
    }

    private String[] row(int n, String memberName, String status) {
        return RosterWorkbook.member("IT-" + batch + "-" + n, memberName, "1975-06-0" + n, "1390000000" + n, status);
    }

    private static String chinese(int number) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            b.append(DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String pinyinDigits(String chineseDigits) {
        String[] readings = {"ling", "yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu"};
        StringBuilder b = new StringBuilder();
        for (char c : chineseDigits.toCharArray()) {
            b.append(readings[DIGITS.indexOf(c)]);
        }
        return b.toString();
    }
}
