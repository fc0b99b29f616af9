package org.tongxin.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/**
 * Annual consultation plans through the REST API, as the demo city's office (office), its leader (leader), a district's
 * office (office-pc, Pingcheng, below Datong) and a member see them: visibility across organisations, each step of the
 * path for its role only, the shape rule, and dated amendments of an approved plan.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanApiIT {

    private static final String API = "/api/v1/consultation";
    private static final String PLANS = API + "/plans";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A new draft of the caller's organisation, for a year no earlier run took. */
    private static JsonObject newPlan(String who) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2030, 2100);
            Api.Reply r = Api.as(who).post(PLANS, "{\"year\":" + year + "}");
            if (r.status() == 201) {
                assertEquals("DRAFT", r.json().getString("state"));
                return r.json();
            }
            assertProblem(409, "plan-exists", r);
        }
        throw new AssertionError("no free year");
    }

    private static JsonObjectBuilder item(String form, String topic, int month) {
        return Json.createObjectBuilder()
                .add("form", form)
                .add("topic", topic)
                .add("month", month)
                .add("leadLeader", "张德明（主席）")
                .add("departments", Json.createArrayBuilder().add("市发展改革委").add("市工信局"));
    }

    private static JsonObject add(String who, JsonObject plan, JsonObjectBuilder item) {
        Api.Reply r = Api.as(who)
                .post(
                        path(plan) + "/items",
                        item.add("version", version(plan)).build().toString());
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private static Api.Reply step(String who, JsonObject plan, String step, String on, String body) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("step", step).add("version", version(plan));
        if (on != null) {
            b.add("on", on);
        }
        if (body != null) {
            b.add("body", body);
        }
        return Api.as(who).post(path(plan) + "/transitions", b.build().toString());
    }

    private static JsonObject stepped(String who, JsonObject plan, String step, String on, String body, String state) {
        Api.Reply r = step(who, plan, step, on, body);
        assertEquals(200, r.status(), r::toString);
        assertEquals(state, r.json().getString("state"));
        return r.json();
    }

    /** A draft of Datong in its demo shape (1 / 3 / 6 / 2): twelve items. */
    private static JsonObject fullDraft() {
        JsonObject plan = newPlan("office");
        plan = add("office", plan, item("PLENARY", "全会协商：产业转型", 3));
        for (int i = 0; i < 3; i++) {
            plan = add("office", plan, item("STANDING", "常委会协商" + i, 4 + i));
        }
        for (int i = 0; i < 6; i++) {
            plan = add("office", plan, item("MONTHLY", "月度协商" + i, 2 + i));
        }
        plan = add("office", plan, item("SECTOR", "界别协商", 8));
        plan = add("office", plan, item("SPECIAL", "专题协商", 9));
        assertEquals(0, plan.getInt("missing"), plan::toString);
        return plan;
    }

    @Test
    void theDemoCityHasThisYearsPlanPublishedWithItsTaskLists() {
        int year = Fixtures.today().getYear();
        Api.Reply r = Api.as("office").get(PLANS + "?year=" + year);
        assertEquals(200, r.status(), r::toString);
        JsonObject datong = r.array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("organisationId").longValue() == organisationOf("office"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(r.body()));
        assertEquals(year, datong.getInt("year"));
        assertEquals("PUBLISHED", datong.getString("state"));
        List<JsonObject> items = datong.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(
                1,
                items.stream()
                        .filter(i -> i.getString("form").equals("PLENARY"))
                        .count());
        assertEquals(
                3,
                items.stream()
                        .filter(i -> i.getString("form").equals("STANDING"))
                        .count());
        assertEquals(
                6,
                items.stream()
                        .filter(i -> i.getString("form").equals("MONTHLY"))
                        .count());
        assertTrue(items.stream().allMatch(i -> i.containsKey("id") && i.containsKey("topic")));
        assertEquals(0, datong.getInt("missing"));
        assertEquals(items.size() * 3, datong.getJsonArray("tasks").size());
        assertEquals("中共大同市委常委会", datong.getString("approvingBody"));
    }

    @Test
    void plansAreSeenByTheirOrganisationAndThoseAboveOnly() {
        JsonObject district = newPlan("office-pc");
        int year = district.getInt("year");
        long id = id(district);
        Set<Long> cityView = ids(Api.as("office").get(PLANS + "?year=" + year));
        assertTrue(cityView.contains(id), "the city's office sees the district's plan");
        assertTrue(ids(Api.as("leader").get(PLANS + "?year=" + year)).contains(id), "and its leader");

        JsonObject city = newPlan("office");
        Set<Long> districtView = ids(Api.as("office-pc").get(PLANS + "?year=" + city.getInt("year")));
        assertFalse(districtView.contains(id(city)), "a district does not see the city's plan");
        assertProblem(404, "not-found", Api.as("office-pc").get(PLANS + "/" + id(city)));

        // the city sees the district's plan but does not change it
        Api.Reply foreign = Api.as("office")
                .post(
                        PLANS + "/" + id + "/items",
                        item("MONTHLY", "越级修改", 5)
                                .add("version", version(district))
                                .build()
                                .toString());
        assertProblem(403, "plan-not-own", foreign);
        assertEquals(
                0,
                Api.as("office-pc")
                        .get(PLANS + "/" + id)
                        .json()
                        .getJsonArray("items")
                        .size());

        assertEquals(403, Api.as("member1").get(PLANS).status(), "members see task lists, not plans");
        assertEquals(403, Api.as("editor").get(PLANS).status());
    }

    @Test
    void eachStepIsTakenByItsRoleOnlyAndFromItsStateOnly() {
        JsonObject plan = fullDraft();
        String today = Fixtures.today().toString();

        assertProblem(403, "plan-step-role", step("office", plan, "REVIEW", null, null));
        assertProblem(409, "plan-state", step("leader", plan, "APPROVE", today, "中共大同市委常委会"));
        plan = stepped("leader", plan, "REVIEW", today, null, "REVIEWED");
        assertEquals(today, plan.getString("reviewedOn"));
        assertEquals("leader", plan.getString("reviewedBy"));

        Api.Reply edit = Api.as("office")
                .post(
                        path(plan) + "/items",
                        item("MONTHLY", "审议后新增", 9)
                                .add("version", version(plan))
                                .build()
                                .toString());
        assertProblem(409, "plan-not-draft", edit);

        assertProblem(403, "plan-step-role", step("leader", plan, "SUBMIT", null, null));
        plan = stepped("office", plan, "SUBMIT", null, null, "SUBMITTED");

        assertProblem(403, "plan-step-role", step("office", plan, "APPROVE", today, "中共大同市委常委会"));
        Api.Reply noBody = step("leader", plan, "APPROVE", today, null);
        assertProblem(422, "invalid-input", noBody);
        assertTrue(noBody.json().getJsonObject("fields").containsKey("body"), noBody::toString);
        assertProblem(
                422,
                "invalid-input",
                step("leader", plan, "APPROVE", Fixtures.today().plusDays(2).toString(), "市委常委会"));
        assertTrue(plan.getJsonArray("tasks").isEmpty());
        plan = stepped("leader", plan, "APPROVE", today, "中共大同市委常委会", "APPROVED");
        assertEquals("中共大同市委常委会", plan.getString("approvingBody"));
        assertEquals(today, plan.getString("approvedOn"));
        assertEquals(
                plan.getJsonArray("items").size() * 3,
                plan.getJsonArray("tasks").size());

        JsonObject stale = plan;
        assertProblem(403, "plan-step-role", step("leader", plan, "PUBLISH", null, null));
        plan = stepped("office", plan, "PUBLISH", null, null, "PUBLISHED");
        assertProblem(409, "stale", step("office", stale, "PUBLISH", null, null));
        assertProblem(409, "plan-state", step("office", plan, "PUBLISH", null, null));
        assertProblem(409, "plan-state", step("leader", plan, "RETURN", null, null));
    }

    @Test
    void aLeaderReturnsAReviewedPlanToTheOfficeAsADraft() {
        JsonObject plan = stepped("leader", fullDraft(), "REVIEW", null, null, "REVIEWED");
        plan = stepped("leader", plan, "RETURN", null, null, "DRAFT");
        assertFalse(plan.containsKey("reviewedOn") && !plan.isNull("reviewedOn"), plan::toString);
        add("office", plan, item("COUNTERPART", "对口协商：退回后补充", 10));
    }

    @Test
    void aPlanShortOfTheShapeIsRefusedUntilTheShapeOrThePlanChanges() {
        JsonObject plan = newPlan("office");
        plan = add("office", plan, item("PLENARY", "全会协商", 3));
        Api.Reply short1 = step("leader", plan, "REVIEW", null, null);
        assertProblem(422, "plan-short-of-shape", short1);
        assertEquals(11, plan.getInt("missing"), "three standing, six monthly and two other consultations");
        assertTrue(short1.json().getString("title").contains("11"), short1::toString);

        // the district's office keeps its own shape: one monthly consultation a year is its whole plan
        JsonObject shape = Api.as("office-pc").get(API + "/shape").json();
        JsonObjectBuilder change = Json.createObjectBuilder()
                .add("plenary", 0)
                .add("standing", 0)
                .add("monthly", 1)
                .add("otherMin", 0);
        if (shape.getBoolean("own")) {
            change.add("version", shape.getInt("version"));
        }
        String body = change.build().toString(); // a built JsonObjectBuilder is empty again
        Api.Reply saved = Api.as("office-pc").put(API + "/shape", body);
        assertEquals(200, saved.status(), saved::toString);
        assertTrue(saved.json().getBoolean("own"));
        assertProblem(409, "stale", Api.as("office-pc").put(API + "/shape", body));
        assertProblem(
                422,
                "invalid-input",
                Api.as("office-pc")
                        .put(
                                API + "/shape",
                                "{\"plenary\":-1,\"standing\":0,\"monthly\":1,\"otherMin\":0,\"version\":"
                                        + saved.json().getInt("version") + "}"));
        assertEquals(403, Api.as("leader").put(API + "/shape", body).status());

        JsonObject district = newPlan("office-pc");
        assertEquals(1, district.getInt("missing"));
        district = add("office-pc", district, item("MONTHLY", "老旧小区加装电梯", 6));
        assertEquals(0, district.getInt("missing"));
    }

    @Test
    void anApprovedPlanChangesOnlyByDatedAmendmentsAndItsTaskListsFollow() {
        String today = Fixtures.today().toString();
        JsonObject plan = stepped("leader", fullDraft(), "REVIEW", null, null, "REVIEWED");
        plan = stepped("office", plan, "SUBMIT", null, null, "SUBMITTED");
        plan = stepped("leader", plan, "APPROVE", today, "中共大同市委常委会", "APPROVED");
        JsonObject plenary = plan.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("form").equals("PLENARY"))
                .findFirst()
                .orElseThrow();
        long itemId = plenary.getJsonNumber("id").longValue();

        Api.Reply plain = Api.as("office")
                .put(
                        path(plan) + "/items/" + itemId,
                        item("PLENARY", "全会协商：改期", 5)
                                .add("version", version(plan))
                                .build()
                                .toString());
        assertProblem(409, "plan-not-draft", plain);
        assertProblem(
                409,
                "plan-not-draft",
                Api.as("office").delete(path(plan) + "/items/" + itemId + "?version=" + version(plan)));

        JsonObjectBuilder moved = Json.createObjectBuilder()
                .add("kind", "CHANGE")
                .add("itemId", itemId)
                .add("item", item("PLENARY", "全会协商：产业转型", 5))
                .add("version", version(plan));
        Api.Reply noReason =
                Api.as("office").post(path(plan) + "/amendments", moved.build().toString());
        assertProblem(422, "invalid-input", noReason);
        assertEquals(
                403,
                Api.as("leader")
                        .post(
                                path(plan) + "/amendments",
                                amendment(itemId, plan, "全会推迟到五月").build().toString())
                        .status());

        Api.Reply amended = Api.as("office")
                .post(
                        path(plan) + "/amendments",
                        amendment(itemId, plan, "全会推迟到五月").build().toString());
        assertEquals(201, amended.status(), amended::toString);
        JsonObject after = amended.json();
        assertEquals("APPROVED", after.getString("state"), "an amendment does not move the plan");
        JsonObject a = after.getJsonArray("amendments").getJsonObject(0);
        assertEquals("CHANGE", a.getString("kind"));
        assertEquals("office", a.getString("by"));
        assertEquals("全会推迟到五月", a.getString("reason"));
        assertTrue(a.containsKey("at"));
        JsonObject change = a.getJsonArray("changes").getJsonObject(0);
        assertEquals("month", change.getString("field"));
        assertEquals("3", change.getString("before"));
        assertEquals("5", change.getString("after"));
        String due = after.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("itemId").longValue() == itemId
                        && t.getString("kind").equals("CONSULT"))
                .findFirst()
                .orElseThrow()
                .getString("due");
        assertEquals(LocalDate.of(after.getInt("year"), 5, 31).toString(), due, "the task list follows the amendment");

        Api.Reply removed = Api.as("office")
                .post(
                        path(plan) + "/amendments",
                        Json.createObjectBuilder()
                                .add("kind", "REMOVE")
                                .add("itemId", itemId)
                                .add("reason", "全会议题并入常委会协商")
                                .add("version", version(after))
                                .build()
                                .toString());
        assertEquals(201, removed.status(), removed::toString);
        assertEquals(2, removed.json().getJsonArray("amendments").size());
        assertEquals(
                after.getJsonArray("items").size() - 1,
                removed.json().getJsonArray("items").size());
        assertEquals(
                after.getJsonArray("tasks").size() - 3,
                removed.json().getJsonArray("tasks").size());
    }

    @Test
    void aMemberSeesTheTaskListsOfTheirOwnCommitteeOnly() {
        int year = Fixtures.today().getYear();
        Api.Reply mine = Api.as("member1").get(API + "/tasks?year=" + year);
        assertEquals(200, mine.status(), mine::toString);
        List<JsonObject> tasks = mine.array().getValuesAs(JsonObject.class);
        assertFalse(tasks.isEmpty(), "the demo plan gives every committee tasks");
        Set<Long> committees = tasks.stream()
                .map(t -> t.getJsonNumber("committeeId").longValue())
                .collect(Collectors.toSet());
        assertEquals(1, committees.size(), committees::toString);
        long committee = committees.iterator().next();
        Api.Reply all = Api.as("office").get(API + "/tasks?year=" + year);
        assertTrue(all.array().size() > tasks.size());
        Api.Reply ofCommittee = Api.as("office").get(API + "/tasks?year=" + year + "&committeeId=" + committee);
        assertEquals(tasks.size(), ofCommittee.array().size());
    }

    private static JsonObjectBuilder amendment(long itemId, JsonObject plan, String reason) {
        return Json.createObjectBuilder()
                .add("kind", "CHANGE")
                .add("itemId", itemId)
                .add("item", item("PLENARY", "全会协商：产业转型", 5))
                .add("reason", reason)
                .add("version", version(plan));
    }

    private static long organisationOf(String who) {
        return Api.as(who)
                .get("/api/v1/me")
                .json()
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
    }

    private static Set<Long> ids(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static long id(JsonObject plan) {
        return plan.getJsonNumber("id").longValue();
    }

    private static int version(JsonObject plan) {
        return plan.getInt("version");
    }

    private static String path(JsonObject plan) {
        return PLANS + "/" + id(plan);
    }
}
