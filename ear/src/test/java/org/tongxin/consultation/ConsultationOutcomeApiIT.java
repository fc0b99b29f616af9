package org.tongxin.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * Consultation outcomes and the departments registry through the REST API, as the demo city's office (office), its
 * leader (leader), a member (member1), a district's office (office-pc, Pingcheng, below Datong) and the handling units
 * unit1 (大同市发展和改革委员会) and unit2 (大同市农业农村局) see them: each step
 * for its role and from its state, the rules of the input, who sees what, and the consensus report as PDF and Word.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationOutcomeApiIT {

    private static final String API = "/api/v1/consultation";
    private static final String OUTCOMES = API + "/outcomes";
    private static final String DEPARTMENTS = "/api/v1/departments";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    // ---- the demo

    @Test
    void theDemoCityHasOutcomesInSeveralStatesOneDoneAndPublishedWithALeadersInstruction() {
        int year = Fixtures.today().getYear();
        Api.Reply r = Api.as("office").get(OUTCOMES + "?year=" + year + "&size=200");
        assertEquals(200, r.status(), r::toString);
        List<JsonObject> rows = r.json().getJsonArray("items").getValuesAs(JsonObject.class);
        Set<String> states = rows.stream().map(o -> o.getString("state")).collect(Collectors.toSet());
        assertTrue(states.containsAll(Set.of("AGREED", "SENT", "ANSWERED", "TRACKING", "DONE")), states::toString);
        JsonObject done = rows.stream()
                .filter(o -> o.getString("state").equals("DONE") && o.getBoolean("published"))
                .filter(o -> o.getString("departmentName").equals("大同市发展和改革委员会"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(r.body()));
        JsonObject detail = Api.as("office").get(OUTCOMES + "/" + id(done)).json();
        assertFalse(detail.getJsonArray("instructions").isEmpty());
        assertEquals(
                "CITY", detail.getJsonArray("instructions").getJsonObject(0).getString("level"));
        assertFalse(detail.getString("answer").isBlank());
        assertFalse(detail.getJsonArray("notes").isEmpty());

        Set<String> names = Api.as("office").get(DEPARTMENTS).array().getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("name"))
                .collect(Collectors.toSet());
        assertTrue(
                names.containsAll(Set.of("大同市发展和改革委员会", "大同市住房和城乡建设局", "大同市教育局", "大同市卫生健康委员会", "大同市农业农村局")),
                names::toString);
    }

    // ---- departments

    @Test
    void theOfficeRegistersRenamesRetiresAndReinstatesItsOwnDepartments() {
        JsonObject d = department("office", "市测试局");
        String name = d.getString("name");
        assertFalse(d.getBoolean("retired"));
        assertProblem(409, "department-exists", Api.as("office").post(DEPARTMENTS, body("name", name)));
        assertProblem(422, "invalid-input", Api.as("office").post(DEPARTMENTS, body("name", " ")));
        assertEquals(
                403,
                Api.as("leader")
                        .post(DEPARTMENTS, body("name", Api.unique("市领导局")))
                        .status());
        assertEquals(403, Api.as("member1").get(DEPARTMENTS).status());
        assertEquals(200, Api.as("leader").get(DEPARTMENTS).status(), "leaders read the registry");

        String renamed = Api.unique("市改名局");
        Api.Reply r = Api.as("office")
                .put(
                        path(d),
                        Json.createObjectBuilder()
                                .add("name", renamed)
                                .add("version", d.getInt("version"))
                                .build()
                                .toString());
        assertEquals(200, r.status(), r::toString);
        assertEquals(renamed, r.json().getString("name"));
        assertProblem(
                409,
                "stale",
                Api.as("office")
                        .put(path(d), version(d).add("name", "又一名").build().toString()));

        // another organisation does not see it, nor change it
        assertFalse(ids(Api.as("office-pc").get(DEPARTMENTS + "?retired=true")).contains(id(d)));
        assertProblem(
                404,
                "not-found",
                Api.as("office-pc")
                        .post(path(d) + "/retire", version(r.json()).build().toString()));

        JsonObject retired = Api.as("office")
                .post(path(d) + "/retire", version(r.json()).build().toString())
                .json();
        assertTrue(retired.getBoolean("retired"), retired::toString);
        assertProblem(
                409,
                "department-retired",
                Api.as("office")
                        .post(path(d) + "/retire", version(retired).build().toString()));
        assertFalse(ids(Api.as("office").get(DEPARTMENTS)).contains(id(d)), "a retired department is not offered");
        assertTrue(ids(Api.as("office").get(DEPARTMENTS + "?retired=true")).contains(id(d)));
        JsonObject back = Api.as("office")
                .post(path(d) + "/reinstate", version(retired).build().toString())
                .json();
        assertFalse(back.getBoolean("retired"), back::toString);
    }

    // ---- the path of an outcome

    @Test
    void anOutcomeGoesFromAgreedToDoneAndPublishedEachStepByItsRoleFromItsState() {
        JsonObject o = created(department("office", "市发改测试局"));
        assertEquals("AGREED", o.getString("state"));
        assertEquals(Set.of("CHANGE", "SEND"), steps(o));
        assertEquals(
                Set.of(), steps(Api.as("leader").get(OUTCOMES + "/" + id(o)).json()), "a leader has no step yet");

        assertProblem(403, "outcome-step-role", step("leader", o, "SEND"));
        assertProblem(409, "outcome-state", answer("office", o, "已办理", "刘建华"));
        assertProblem(409, "outcome-state", instruct("leader", o));
        JsonObject changed = ok(Api.as("office")
                .put(
                        OUTCOMES + "/" + id(o),
                        Json.createObjectBuilder()
                                .add("suggestion", "建议改为两年行动方案")
                                .add(
                                        "departmentId",
                                        o.getJsonNumber("departmentId").longValue())
                                .add("due", Fixtures.today().plusDays(20).toString())
                                .add("version", o.getInt("version"))
                                .build()
                                .toString()));
        assertEquals("建议改为两年行动方案", changed.getString("suggestion"));

        o = stepped("office", changed, "SEND", "SENT");
        assertEquals("office", o.getString("sentBy"));
        assertProblem(
                409,
                "outcome-state",
                Api.as("office")
                        .put(
                                OUTCOMES + "/" + id(o),
                                Json.createObjectBuilder()
                                        .add("suggestion", "交办后修改")
                                        .add(
                                                "departmentId",
                                                o.getJsonNumber("departmentId").longValue())
                                        .add(
                                                "due",
                                                Fixtures.today().plusDays(20).toString())
                                        .add("version", o.getInt("version"))
                                        .build()
                                        .toString()));
        assertProblem(409, "outcome-state", step("office", o, "PUBLISH"));

        // progress notes by the office, instructions by a leader only
        Api.Reply note = Api.as("office")
                .post(
                        OUTCOMES + "/" + id(o) + "/notes",
                        version(o).add("text", "已召开对接会").build().toString());
        assertEquals(201, note.status(), note::toString);
        o = note.json();
        assertEquals("已召开对接会", o.getJsonArray("notes").getJsonObject(0).getString("text"));
        assertProblem(403, "outcome-step-role", instruct("office", o));
        Api.Reply instruction = instruct("leader", o);
        assertEquals(201, instruction.status(), instruction::toString);
        o = instruction.json();
        JsonObject i = o.getJsonArray("instructions").getJsonObject(0);
        assertEquals("王建国（市长）", i.getString("leader"));
        assertEquals("CITY", i.getString("level"));
        assertEquals("leader", i.getString("by"));

        Api.Reply noText = answer("office", o, null, "刘建华");
        assertProblem(422, "invalid-input", noText);
        assertTrue(noText.json().getJsonObject("fields").containsKey("answer"), noText::toString);
        Api.Reply future = Api.as("office")
                .post(
                        OUTCOMES + "/" + id(o) + "/transitions",
                        version(o)
                                .add("step", "ANSWER")
                                .add("answer", "已办理")
                                .add("answeredBy", "刘建华")
                                .add("on", Fixtures.today().plusDays(1).toString())
                                .build()
                                .toString());
        assertProblem(422, "invalid-input", future);
        assertProblem(403, "outcome-step-role", answer("leader", o, "已办理", "刘建华"));
        Api.Reply answered = answer("office", o, "我局已将该建议列入年度重点工作。", "办公室主任 刘建华");
        o = ok(answered);
        assertEquals("ANSWERED", o.getString("state"));
        assertEquals("我局已将该建议列入年度重点工作。", o.getString("answer"));
        assertEquals("办公室主任 刘建华", o.getString("answeredBy"));
        assertEquals("同测函〔2026〕1号", o.getString("answerDocument"));
        assertEquals(Fixtures.today().toString(), o.getString("answeredOn"));
        assertEquals("office", o.getString("answerRecordedBy"));

        JsonObject stale = o;
        o = stepped("office", o, "PUBLISH", "ANSWERED");
        assertTrue(o.getBoolean("published"));
        assertProblem(409, "stale", step("office", stale, "TRACK"));
        assertProblem(409, "outcome-state", step("office", o, "PUBLISH"));
        assertProblem(403, "outcome-step-role", step("leader", o, "TRACK"));
        o = stepped("office", o, "TRACK", "TRACKING");
        o = stepped("office", o, "COMPLETE", "DONE");
        assertEquals(Fixtures.today().toString(), o.getString("doneOn"));
        assertProblem(409, "outcome-state", step("office", o, "TRACK"));
        assertProblem(
                409,
                "outcome-state",
                Api.as("office")
                        .post(
                                OUTCOMES + "/" + id(o) + "/notes",
                                version(o).add("text", "落实后记录").build().toString()));
        assertEquals(201, instruct("leader", o).status(), "instructions may follow the outcome to its end");
        assertProblem(422, "invalid-input", step("office", o, "NOTE"));
    }

    @Test
    void membersReadPublishedOutcomesOnlyAndNeverAct() {
        JsonObject o = created(department("office", "市公示测试局"));
        assertProblem(404, "not-found", Api.as("member1").get(OUTCOMES + "/" + id(o)));
        assertFalse(ids(Api.as("member1").get(OUTCOMES + "?size=200")).contains(id(o)));
        o = stepped("office", o, "SEND", "SENT");
        o = ok(answer("office", o, "已办理", "刘建华"));
        o = stepped("office", o, "PUBLISH", "ANSWERED");

        Api.Reply list = Api.as("member1").get(OUTCOMES + "?size=200");
        assertEquals(200, list.status(), list::toString);
        List<JsonObject> rows = list.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(rows.stream().allMatch(r -> r.getBoolean("published")), "members see published outcomes only");
        assertTrue(ids(list).contains(id(o)));
        Api.Reply seen = Api.as("member1").get(OUTCOMES + "/" + id(o));
        assertEquals(200, seen.status(), seen::toString);
        assertEquals("已办理", seen.json().getString("answer"));
        assertEquals(Set.of(), steps(seen.json()));
        assertEquals(403, step("member1", o, "UNPUBLISH").status());
        assertEquals(
                403,
                Api.as("member1")
                        .post(
                                OUTCOMES,
                                newOutcome(demoItem(), 0L, "建议", 10).build().toString())
                        .status());
        assertEquals(
                403,
                Api.as("member1")
                        .download(API + "/items/" + demoItem() + "/report.pdf")
                        .statusCode());

        // withdrawn, it is private again
        stepped("office", o, "UNPUBLISH", "ANSWERED");
        assertProblem(404, "not-found", Api.as("member1").get(OUTCOMES + "/" + id(o)));
        assertEquals(403, Api.as("editor").get(OUTCOMES).status(), "an information editor has no part in outcomes");
    }

    @Test
    void anotherOrganisationNeitherSeesNorActsOnTheCitysOutcomes() {
        JsonObject o = created(department("office", "市可见性测试局"));
        assertProblem(404, "not-found", Api.as("office-pc").get(OUTCOMES + "/" + id(o)));
        assertFalse(ids(Api.as("office-pc").get(OUTCOMES + "?size=200")).contains(id(o)));
        assertProblem(404, "not-found", step("office-pc", o, "SEND"));
        JsonObject theirs = department("office-pc", "平城区测试局");
        assertProblem(
                404,
                "not-found",
                Api.as("office-pc")
                        .post(
                                OUTCOMES,
                                newOutcome(demoItem(), id(theirs), "越级记录", 10)
                                        .build()
                                        .toString()));
        assertEquals(
                404,
                Api.as("office-pc")
                        .download(API + "/items/" + demoItem() + "/report.pdf")
                        .statusCode());
    }

    @Test
    void theInputIsCheckedTextDueDateAndADepartmentOfTheOrganisationInUse() {
        long item = demoItem();
        long own = id(department("office", "市校验测试局"));
        Api.Reply noText = Api.as("office")
                .post(OUTCOMES, newOutcome(item, own, " ", 10).build().toString());
        assertProblem(422, "invalid-input", noText);
        assertTrue(noText.json().getJsonObject("fields").containsKey("suggestion"), noText::toString);

        Api.Reply past = Api.as("office")
                .post(OUTCOMES, newOutcome(item, own, "建议", -1).build().toString());
        assertProblem(422, "invalid-input", past);
        assertTrue(past.json().getJsonObject("fields").containsKey("due"), past::toString);

        long foreign = id(department("office-pc", "平城区校验测试局"));
        Api.Reply other = Api.as("office")
                .post(OUTCOMES, newOutcome(item, foreign, "建议", 10).build().toString());
        assertProblem(422, "invalid-input", other);
        assertTrue(other.json().getJsonObject("fields").containsKey("departmentId"), other::toString);

        JsonObject retiring = department("office", "市停用测试局");
        JsonObject agreed = created(retiring);
        Api.Reply retire = Api.as("office")
                .post(path(retiring) + "/retire", version(retiring).build().toString());
        assertEquals(200, retire.status(), retire::toString);
        Api.Reply retired = Api.as("office")
                .post(OUTCOMES, newOutcome(item, id(retiring), "建议", 10).build().toString());
        assertProblem(422, "department-retired", retired);
        assertTrue(retired.json().getJsonObject("fields").containsKey("departmentId"), retired::toString);
        assertProblem(422, "department-retired", step("office", agreed, "SEND"), "not sent to a retired department");

        assertProblem(
                404,
                "not-found",
                Api.as("office")
                        .post(
                                OUTCOMES,
                                newOutcome(987654321L, own, "建议", 10).build().toString()));
        Api.Reply noItem = Api.as("office").post(OUTCOMES, "{\"suggestion\":\"建议\"}");
        assertProblem(422, "required", noItem);

        // a draft plan's consultation has no outcomes yet
        long draftItem = draftItem();
        assertProblem(
                409,
                "plan-state",
                Api.as("office")
                        .post(
                                OUTCOMES,
                                newOutcome(draftItem, own, "建议", 10).build().toString()));

        assertProblem(422, "invalid-input", Api.as("office").get(OUTCOMES + "?state=LOST"));
        assertProblem(422, "invalid-page", Api.as("office").get(OUTCOMES + "?size=0"));
    }

    @Test
    void theListIsPagedAndFilteredByStateYearDepartmentAndConsultation() {
        JsonObject d = department("office", "市筛选测试局");
        JsonObject a = created(d);
        JsonObject b = stepped("office", created(d), "SEND", "SENT");
        Api.Reply ofDepartment = Api.as("office").get(OUTCOMES + "?departmentId=" + id(d));
        assertEquals(Set.of(id(a), id(b)), ids(ofDepartment));
        assertEquals(2, ofDepartment.json().getInt("total"));
        assertEquals(Set.of(id(b)), ids(Api.as("office").get(OUTCOMES + "?departmentId=" + id(d) + "&state=SENT")));
        assertEquals(Set.of(), ids(Api.as("office").get(OUTCOMES + "?departmentId=" + id(d) + "&year=2001")));
        assertEquals(
                Set.of(id(a), id(b)),
                ids(Api.as("office").get(OUTCOMES + "?departmentId=" + id(d) + "&itemId=" + demoItem())));
        Api.Reply first = Api.as("office").get(OUTCOMES + "?departmentId=" + id(d) + "&size=1&page=0");
        assertEquals(1, first.json().getJsonArray("items").size());
        assertEquals(2, first.json().getInt("total"));
        assertEquals(0, first.json().getInt("page"));
        assertEquals(1, first.json().getInt("size"));
        assertTrue(Api.as("office")
                .get(OUTCOMES + "?published=true&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .allMatch(r -> r.getBoolean("published")));
        assertTrue(
                ids(Api.as("leader").get(OUTCOMES + "?departmentId=" + id(d))).contains(id(a)), "leaders read them");
    }

    // ---- the consensus report

    @Test
    void theConsensusReportDownloadsAsPdfAndWord() throws IOException {
        long item = demoItem();
        HttpResponse<byte[]> pdf = Api.as("office").download(API + "/items/" + item + "/report.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));

        HttpResponse<byte[]> docx = Api.as("leader").download(API + "/items/" + item + "/report.docx");
        assertEquals(200, docx.statusCode());
        assertTrue(docx.headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        String document = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(document != null, "a Word document");
        assertTrue(document.contains("协商报告"), "the report's title");
        assertTrue(document.contains("推动资源型经济转型"), "the consultation's topic");
        assertTrue(document.contains("大同市发展和改革委员会"), "the outcome's department");
        assertEquals(
                404,
                Api.as("office").download(API + "/items/987654321/report.pdf").statusCode());
    }

    // ---- the department answers itself (a handling unit's login, issue 17/18)

    @Test
    void aHandlingUnitSeesAndAnswersOnlyTheOutcomesSentToItsOwnDepartment() {
        JsonObject ndrc = demoDepartment("大同市发展和改革委员会"); // unit1's department; unit2 acts for 大同市农业农村局
        JsonObject o = created(ndrc);
        String path = OUTCOMES + "/" + id(o);

        // not yet sent: the unit does not see it
        assertProblem(404, "not-found", Api.as("unit1").get(path), "agreed, not sent");
        assertFalse(ids(Api.as("unit1").get(OUTCOMES + "?size=200")).contains(id(o)));
        assertProblem(404, "not-found", answer("unit1", o, "已办理", "张主任"), "agreed, not sent");

        o = stepped("office", o, "SEND", "SENT");
        Api.Reply seen = Api.as("unit1").get(path);
        assertEquals(200, seen.status(), seen::toString);
        assertEquals(Set.of("ANSWER"), steps(seen.json()), "the unit's one step is the answer");
        Api.Reply list = Api.as("unit1").get(OUTCOMES + "?size=200");
        assertTrue(ids(list).contains(id(o)), list::toString);
        for (JsonObject row : list.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("大同市发展和改革委员会", row.getString("departmentName"), row::toString);
            assertTrue(!row.getString("state").equals("AGREED"), row::toString);
        }
        assertTrue(
                ids(Api.as("unit1").get(OUTCOMES + "?size=200&departmentId=" + id(demoDepartment("大同市农业农村局"))))
                        .isEmpty(),
                "another department's filter finds nothing");

        // another department's unit does not see it, nor answer it
        assertProblem(404, "not-found", Api.as("unit2").get(path), "another department's unit");
        assertFalse(ids(Api.as("unit2").get(OUTCOMES + "?size=200")).contains(id(o)));
        assertProblem(404, "not-found", answer("unit2", o, "已办理", "李主任"), "another department's unit");

        // the unit takes no other step, and nothing else of consultation
        assertProblem(403, "outcome-step-role", step("unit1", o, "TRACK"));
        assertEquals(
                403,
                Api.as("unit1")
                        .post(
                                path + "/notes",
                                version(o).add("text", "进展").build().toString())
                        .status());
        assertEquals(
                403,
                Api.as("unit1")
                        .get(API + "/plans?year=" + Fixtures.today().getYear())
                        .status());

        JsonObject answered = ok(answer("unit1", o, "我委已将该建议纳入年度工作要点。", "办公室主任 张明"));
        assertEquals("ANSWERED", answered.getString("state"));
        assertEquals("我委已将该建议纳入年度工作要点。", answered.getString("answer"));
        assertEquals("办公室主任 张明", answered.getString("answeredBy"));
        assertEquals("unit1", answered.getString("answerRecordedBy"), "the outcome records who answered");
        assertEquals(Set.of(), steps(answered));
        assertProblem(409, "outcome-state", answer("unit1", answered, "再答复", "张明"));
        JsonObject byOffice = ok(Api.as("office").get(path));
        assertEquals("unit1", byOffice.getString("answerRecordedBy"));
        assertTrue(steps(byOffice).contains("TRACK"), "the office goes on from the unit's answer");
    }

    // ---- helpers

    /** A demo department of the city, by name. */
    private static JsonObject demoDepartment(String name) {
        return Api.as("office").get(DEPARTMENTS).array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name));
    }

    /** The demo plan's plenary consultation (推动资源型经济转型…), which has a done and published outcome. */
    private static long demoItem() {
        int year = Fixtures.today().getYear();
        long datong = Api.as("office")
                .get("/api/v1/me")
                .json()
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
        return Api.as("office").get(API + "/plans?year=" + year).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("organisationId").longValue() == datong)
                .flatMap(p -> p.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .filter(i -> i.getString("form").equals("PLENARY"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** An item of a new draft plan of the city, for a year no earlier run took. */
    private static long draftItem() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2030, 2100);
            Api.Reply r = Api.as("office").post(API + "/plans", "{\"year\":" + year + "}");
            if (r.status() == 201) {
                JsonObject plan = r.json();
                Api.Reply added = Api.as("office")
                        .post(
                                API + "/plans/" + id(plan) + "/items",
                                Json.createObjectBuilder()
                                        .add("form", "MONTHLY")
                                        .add("topic", "草稿协商")
                                        .add("month", 5)
                                        .add("leadLeader", "张德明（主席）")
                                        .add("version", plan.getInt("version"))
                                        .build()
                                        .toString());
                assertEquals(201, added.status(), added::toString);
                return added.json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();
            }
        }
        throw new AssertionError("no free year");
    }

    private static JsonObject department(String who, String prefix) {
        Api.Reply r = Api.as(who).post(DEPARTMENTS, body("name", Api.unique(prefix)));
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private static JsonObjectBuilder newOutcome(long item, long department, String suggestion, int dueInDays) {
        return Json.createObjectBuilder()
                .add("itemId", item)
                .add("suggestion", suggestion)
                .add("departmentId", department)
                .add("due", Fixtures.today().plusDays(dueInDays).toString());
    }

    /** A new agreed outcome of the demo plan's plenary consultation for the department. */
    private static JsonObject created(JsonObject department) {
        Api.Reply r = Api.as("office")
                .post(
                        OUTCOMES,
                        newOutcome(demoItem(), id(department), "建议编制三年行动方案", 30)
                                .build()
                                .toString());
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private static Api.Reply step(String who, JsonObject o, String step) {
        return Api.as(who)
                .post(
                        OUTCOMES + "/" + id(o) + "/transitions",
                        version(o).add("step", step).build().toString());
    }

    private static JsonObject stepped(String who, JsonObject o, String step, String state) {
        JsonObject after = ok(step(who, o, step));
        assertEquals(state, after.getString("state"));
        return after;
    }

    private static Api.Reply answer(String who, JsonObject o, String text, String by) {
        JsonObjectBuilder b =
                version(o).add("step", "ANSWER").add("answeredBy", by).add("document", "同测函〔2026〕1号");
        if (text != null) {
            b.add("answer", text);
        }
        return Api.as(who)
                .post(OUTCOMES + "/" + id(o) + "/transitions", b.build().toString());
    }

    private static Api.Reply instruct(String who, JsonObject o) {
        return Api.as(who)
                .post(
                        OUTCOMES + "/" + id(o) + "/instructions",
                        version(o)
                                .add("leader", "王建国（市长）")
                                .add("level", "CITY")
                                .add("on", Fixtures.today().toString())
                                .add("text", "请认真研究吸纳")
                                .build()
                                .toString());
    }

    private static JsonObject ok(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static Set<String> steps(JsonObject o) {
        return o.getJsonArray("steps").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .collect(Collectors.toSet());
    }

    private static String body(String field, String value) {
        return Json.createObjectBuilder().add(field, value).build().toString();
    }

    private static JsonObjectBuilder version(JsonObject o) {
        return Json.createObjectBuilder().add("version", o.getInt("version"));
    }

    private static Set<Long> ids(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        var v = r.value();
        var list = v instanceof jakarta.json.JsonArray a
                ? a.getValuesAs(JsonObject.class)
                : r.json().getJsonArray("items").getValuesAs(JsonObject.class);
        return list.stream().map(x -> x.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String path(JsonObject department) {
        return DEPARTMENTS + "/" + id(department);
    }

    private static void assertProblem(int status, String type, Api.Reply reply) {
        assertProblem(status, type, reply, "");
    }

    private static void assertProblem(int status, String type, Api.Reply reply, String why) {
        assertEquals(status, reply.status(), () -> why + " " + reply);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals("urn:tongxin:problem:" + type, reply.json().getString("type"), () -> why + " " + reply);
    }
}
