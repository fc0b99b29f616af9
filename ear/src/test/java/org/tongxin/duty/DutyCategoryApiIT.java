package org.tongxin.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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

/** Duty categories per organisation through the REST API: the demo city's office adds its own. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DutyCategoryApiIT {

    private static final String CATEGORIES = "/api/v1/duty/categories";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String category(String nameZh, String nameEn, String points, String cap, boolean deduction) {
        var b = Json.createObjectBuilder()
                .add("nameZh", nameZh)
                .add("nameEn", nameEn)
                .add("points", new BigDecimal(points))
                .add("deduction", deduction);
        if (cap != null) {
            b.add("annualCap", new BigDecimal(cap));
        }
        return b.build().toString();
    }

    private static JsonObject created(String json) {
        Api.Reply r = Api.as("office").post(CATEGORIES, json);
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    @Test
    void anEntryUnderAnOwnCategoryCountsWithItsPointsAndCapInTheRecordTheRankingAndThePreview() {
        long datong = Fixtures.organisationId("SX-DT");
        String name = Api.unique("33216工作法");
        JsonObject c = created(category(name, name + " method", "3", "5", false));
        String code = c.getString("code");
        assertTrue(code.startsWith("C" + datong + "-"), c::toString);
        assertFalse(c.getBoolean("builtIn"));
        assertTrue(c.getBoolean("manual"));

        List<JsonObject> listed =
                Api.as("office").get(CATEGORIES).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(listed.stream().anyMatch(x -> x.getString("code").equals(code)), listed::toString);
        JsonObject plenary = listed.stream()
                .filter(x -> x.getString("code").equals("PLENARY"))
                .findFirst()
                .orElseThrow();
        assertTrue(plenary.getBoolean("builtIn"));
        assertEquals("出席全体会议", plenary.getString("nameZh"));
        assertEquals("Plenary session attended", plenary.getString("nameEn"));

        long member = memberId("zwm");
        BigDecimal before = record(member).getJsonNumber("total").bigDecimalValue();
        for (int i = 0; i < 2; i++) {
            Api.Reply r =
                    Api.as("office").post("/api/v1/duty/entries", """
                            {"category":"%s","occurredOn":"2026-11-20","description":"%s","memberIds":[%d]}""".formatted(code.toLowerCase(), name, member));
            assertEquals(201, r.status(), r::toString);
        }
        JsonObject record = record(member);
        JsonObject line = record.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("category").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(record.toString()));
        assertEquals(2, line.getInt("events"));
        assertEquals(
                0, new BigDecimal("6").compareTo(line.getJsonNumber("subtotal").bigDecimalValue()), line::toString);
        assertEquals(0, new BigDecimal("5").compareTo(line.getJsonNumber("cap").bigDecimalValue()), line::toString);
        assertEquals(
                0, new BigDecimal("5").compareTo(line.getJsonNumber("counted").bigDecimalValue()), line::toString);
        BigDecimal after = record.getJsonNumber("total").bigDecimalValue();
        assertEquals(0, before.add(new BigDecimal("5")).compareTo(after), "two acts of 3 count 5 under a cap of 5");
        assertEquals(0, after.compareTo(rankingTotal(datong, member)), "the ranking caps in the database alike");

        // the rule set of the year lists the category; the preview of other points covers its entries
        JsonObject rules = Api.as("office")
                .get("/api/v1/duty/rules?organisation=" + datong + "&year=2026")
                .json();
        JsonArrayBuilder lines = Json.createArrayBuilder();
        boolean listedInRules = false;
        for (JsonObject l : rules.getJsonArray("rules").getValuesAs(JsonObject.class)) {
            if (l.getString("category").equals(code)) {
                listedInRules = true;
                assertEquals(
                        0,
                        new BigDecimal("3").compareTo(l.getJsonNumber("points").bigDecimalValue()));
                lines.add(Json.createObjectBuilder(l).add("points", 1));
            } else {
                lines.add(l);
            }
        }
        assertTrue(listedInRules, rules::toString);
        String preview = Json.createObjectBuilder()
                .add("organisation", datong)
                .add("year", 2026)
                .add("firstAuthorPercent", rules.getInt("firstAuthorPercent"))
                .add("excellentFrom", rules.getJsonNumber("excellentFrom"))
                .add("goodFrom", rules.getJsonNumber("goodFrom"))
                .add("competentFrom", rules.getJsonNumber("competentFrom"))
                .add("rules", lines)
                .build()
                .toString();
        Api.Reply p = Api.as("office").post("/api/v1/duty/rules/preview", preview);
        assertEquals(200, p.status(), p::toString);
        assertTrue(p.json().getInt("entriesRescored") >= 2, p::toString);
        JsonObject diff = p.json().getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("memberId").longValue() == member)
                .findFirst()
                .orElseThrow(() -> new AssertionError(p.toString()));
        assertEquals(
                0,
                new BigDecimal("-3")
                        .compareTo(diff.getJsonNumber("newTotal")
                                .bigDecimalValue()
                                .subtract(diff.getJsonNumber("oldTotal").bigDecimalValue())),
                "5 counted become 2: " + diff);
    }

    @Test
    void aNameAlreadyUsedIsAConflictAndBrokenTermsAreRefusedFieldByField() {
        String name = Api.unique("重复类别");
        created(category(name, name + " en", "2", null, false));
        assertProblem(409, Api.as("office").post(CATEGORIES, category(name, Api.unique("other"), "2", null, false)));
        assertProblem(
                409, Api.as("office").post(CATEGORIES, category(Api.unique("其他"), name + " EN", "2", null, false)));
        Api.Reply noName =
                Api.as("office").speaking("en").post(CATEGORIES, category(Api.unique("无英文"), " ", "2", null, false));
        assertProblem(422, noName);
        assertTrue(noName.json().getJsonObject("fields").containsKey("nameEn"), noName::toString);
        assertProblem(
                422,
                Api.as("office").post(CATEGORIES, category(Api.unique("扣分"), Api.unique("minus"), "2", null, true)));
        Api.Reply negative =
                Api.as("office").post(CATEGORIES, category(Api.unique("负分"), Api.unique("neg"), "-2", null, false));
        assertProblem(422, negative);
        assertTrue(negative.json().getJsonObject("fields").containsKey("points"), negative::toString);
        JsonObject deduction = created(category(Api.unique("迟到"), Api.unique("late"), "-1", "4", true));
        assertTrue(deduction.getBoolean("deduction"));
    }

    @Test
    void aRenamedCategoryKeepsItsCodeAndARetiredOneTakesNoNewEntriesButKeepsItsHistory() {
        String name = Api.unique("走访群众");
        JsonObject c = created(category(name, name + " visits", "2", null, false));
        long id = c.getJsonNumber("id").longValue();
        String code = c.getString("code");
        long member = memberId("sgq");
        Api.Reply recorded = Api.as("office").post("/api/v1/duty/entries", """
                        {"category":"%s","occurredOn":"2026-11-20","description":"走访","memberIds":[%d]}""".formatted(code, member));
        assertEquals(201, recorded.status(), recorded::toString);

        String renamed = name + "（改）";
        Api.Reply put =
                Api.as("office").put(CATEGORIES + "/" + id, category(renamed, name + " visits", "2", "10", false));
        assertEquals(200, put.status(), put::toString);
        assertEquals(renamed, put.json().getString("nameZh"));
        assertEquals(code, put.json().getString("code"));
        assertProblem(
                422,
                Api.as("office").put(CATEGORIES + "/" + id, category(renamed, name + " visits", "-2", null, true)));

        Api.Reply retired = Api.as("office").post(CATEGORIES + "/" + id + "/retire", "");
        assertEquals(200, retired.status(), retired::toString);
        assertTrue(retired.json().getBoolean("retired"));
        assertProblem(409, Api.as("office").post(CATEGORIES + "/" + id + "/retire", ""));
        Api.Reply refused = Api.as("office").post("/api/v1/duty/entries", """
                        {"category":"%s","occurredOn":"2026-11-20","description":"走访","memberIds":[%d]}""".formatted(code, member));
        assertProblem(422, refused);
        assertTrue(refused.json().getJsonObject("fields").containsKey("category"), refused::toString);
        assertTrue(
                record(member).getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getString("category").equals(code) && l.getInt("events") == 1),
                "the entry made before the retirement still counts");
    }

    @Test
    void onlyOfficeStaffChangeCategoriesAndBuiltInsAreNotChangedHere() {
        String json = category(Api.unique("领导"), Api.unique("leader"), "1", null, false);
        assertProblem(403, Api.as("leader").post(CATEGORIES, json));
        assertProblem(403, Api.as("editor").post(CATEGORIES, json));
        assertProblem(403, Api.as("member1").get(CATEGORIES));
        assertEquals(200, Api.as("leader").get(CATEGORIES).status());
        long plenary =
                Api.as("office").get(CATEGORIES).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(x -> x.getString("code").equals("PLENARY"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        assertProblem(409, Api.as("office").post(CATEGORIES + "/" + plenary + "/retire", ""));
        assertProblem(409, Api.as("office").put(CATEGORIES + "/" + plenary, json));
    }

    @Test
    void eachOrganisationSeesTheBuiltInsAndItsOwnOnlyAndYingzeHasItsWorkMethod() {
        JsonObject own = created(category(Api.unique("本级"), Api.unique("ours"), "1", null, false));
        String yingze = officeStaffOf("SX-TY-YZ");
        List<JsonObject> theirs = Api.as(yingze, PASSWORD)
                .get(CATEGORIES)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(
                theirs.stream()
                        .anyMatch(x -> !x.getBoolean("builtIn")
                                && x.getString("nameZh").contains("33216")),
                "the demo county models its \"33216\" work method as a category: " + theirs);
        assertFalse(theirs.stream().anyMatch(x -> x.getString("code").equals(own.getString("code"))));
        assertProblem(
                404,
                Api.as(yingze, PASSWORD)
                        .post(CATEGORIES + "/" + own.getJsonNumber("id").longValue() + "/retire", ""));
    }

    private static final String PASSWORD = "Quiet-Lantern-Orchard-73";

    /** A new office-staff login of another organisation. */
    private static String officeStaffOf(String organisationCode) {
        String username = Fixtures.username("dc");
        String initial = "Initial-Pass-2026";
        Api.Reply created = Api.as("admin")
                .post(
                        "/api/v1/accounts",
                        "{\"username\":\"" + username + "\",\"displayName\":\"类别测试\",\"organisationId\":"
                                + Fixtures.organisationId(organisationCode) + ",\"initialPassword\":\"" + initial
                                + "\"}");
        assertEquals(201, created.status(), created::toString);
        Api.Reply roles = Api.as("security")
                .put(
                        "/api/v1/accounts/" + created.json().getJsonNumber("id") + "/roles",
                        "{\"roles\":[\"office-staff\"]}");
        assertEquals(200, roles.status(), roles::toString);
        Api.Reply changed = Api.as(username, initial)
                .post(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + PASSWORD + "\"}");
        assertEquals(204, changed.status(), changed::toString);
        return username;
    }

    private static JsonObject record(long member) {
        Api.Reply r = Api.as("office").get("/api/v1/members/" + member + "/duty?year=2026");
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static BigDecimal rankingTotal(long organisation, long member) {
        for (int page = 0; page < 50; page++) {
            Api.Reply r = Api.as("office")
                    .get("/api/v1/duty/ranking?organisation=" + organisation + "&year=2026&size=100&page=" + page);
            assertEquals(200, r.status(), r::toString);
            List<JsonObject> items = r.json().getJsonArray("items").getValuesAs(JsonObject.class);
            for (JsonObject row : items) {
                if (row.getJsonNumber("memberId").longValue() == member) {
                    return row.getJsonNumber("total").bigDecimalValue();
                }
            }
            if (items.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("member " + member + " is not ranked");
    }

    private static long memberId(String initials) {
        return Api.as("office")
                .get("/api/v1/members?q=" + initials)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }
}
