package org.tongxin.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;
import static org.tongxin.support.ApiAsserts.ok;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Proposals through the REST API as the demo city's people see them: members (member1 files, member2 co-signs), the
 * proposal committee's office (proposals), the handling units (unit1 发改委, unit2 农业农村局), a leader, and a
 * district's office (office-pc). Filing, co-signer confirmation, submission, review, assignment, the unit's answer, the
 * answer review, the rating with one re-handling, closing, the duty credit of an accepted proposal, and who sees what
 * ({@code 404} for anyone else).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalApiIT {

    private static final String PROPOSALS = "/api/v1/proposals";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    // ---- the demo

    @Test
    void theDemoCityHasProposalsInSeveralStatesAndItsUnitsSeeTheirAssignments() {
        Set<String> states = rows(Api.as("proposals").get(PROPOSALS + "?size=200")).stream()
                .map(p -> p.getString("state"))
                .collect(Collectors.toSet());
        assertTrue(
                states.containsAll(Set.of(
                        "DRAFT",
                        "SUBMITTED",
                        "ACCEPTED",
                        "NOT_ACCEPTED",
                        "ASSIGNED",
                        "ANSWERED",
                        "DELIVERED",
                        "REHANDLING",
                        "RATED",
                        "DONE")),
                states::toString);
        List<JsonObject> unit1 = rows(Api.as("unit1").get(PROPOSALS + "?size=200"));
        assertFalse(unit1.isEmpty());
        assertTrue(
                unit1.stream()
                        .noneMatch(p -> Set.of("DRAFT", "SUBMITTED", "ACCEPTED", "NOT_ACCEPTED")
                                .contains(p.getString("state"))),
                "a unit sees only what was assigned to it");
        assertFalse(rows(Api.as("member1").get(PROPOSALS + "?state=DELIVERED")).isEmpty(), "an answer to rate");
    }

    // ---- the contract of the issue

    @Test
    void aMemberFilesADraftAndSubmitsIt() {
        Api.Reply r = Api.as("member1")
                .post(
                        PROPOSALS,
                        Json.createObjectBuilder()
                                .add("title", "关于改善学校周边交通秩序的提案 " + Api.unique("t"))
                                .add("reason", "上下学高峰期学校周边拥堵")
                                .add("analysis", "接送车辆多，临时停车位不足")
                                .add("suggestions", "设置临时停车区，错峰放学")
                                .add("coSigners", Json.createArrayBuilder())
                                .build()
                                .toString());
        assertEquals(201, r.status(), r::toString);
        JsonObject p = r.json();
        assertNotNull(p.getJsonNumber("id"));
        assertEquals("DRAFT", p.getString("state"));
        assertEquals("INDIVIDUAL", p.getString("kind"));
        assertEquals(Set.of("EDIT", "SUBMIT", "DISCARD"), steps(p));

        JsonObject submitted = ok(Api.as("member1").post(path(p) + "/submit", "{}"), 200);
        assertEquals("SUBMITTED", submitted.getString("state"));
        assertProblem(409, "proposal-state", Api.as("member1").post(path(p) + "/submit", "{}"));
        assertTrue(
                ids(Api.as("proposals").get(PROPOSALS + "?state=SUBMITTED&size=200"))
                        .contains(id(p)),
                "in the office's review queue");
    }

    @Test
    void theInputIsCheckedFieldByField() {
        Api.Reply noTitle =
                Api.as("member1").post(PROPOSALS, body(" ", List.of()).build().toString());
        assertProblem(422, "required", noTitle);
        assertTrue(noTitle.body().contains("title"), noTitle::toString);
        long self = proposerOf(draft("member1", List.of()));
        assertProblem(
                422,
                "invalid-input",
                Api.as("member1")
                        .post(PROPOSALS, body("自己联名", List.of(self)).build().toString()));
        assertEquals(
                403,
                Api.as("proposals")
                        .post(PROPOSALS, body("机关不能提出", List.of()).build().toString())
                        .status());
        assertEquals(
                403,
                Api.as("unit1")
                        .post(PROPOSALS, body("单位不能提出", List.of()).build().toString())
                        .status());
    }

    // ---- the whole path

    @Test
    void aJointProposalGoesFromDraftToDoneEachStepByItsPartyAndTheLedgerCreditsBothProposers() {
        long member2 = memberId("member2", "zxy");
        JsonObject p = draft("member1", List.of(member2));
        long member1 = proposerOf(p);
        assertEquals("JOINT", p.getString("kind"));
        assertFalse(p.getJsonArray("coSigners").getJsonObject(0).getBoolean("confirmed"));
        assertEquals(Set.of("EDIT", "DISCARD"), steps(p), "not submitted before the co-signer confirms");
        assertProblem(409, "co-signers-pending", Api.as("member1").post(path(p) + "/submit", "{}"));

        // the co-signer sees the invitation and confirms; nobody else sees the draft
        JsonObject seen = ok(Api.as("member2").get(path(p)), 200);
        assertEquals(Set.of("CONFIRM"), steps(seen));
        assertEquals(404, Api.as("member3").get(path(p)).status());
        assertEquals(404, Api.as("unit1").get(path(p)).status());
        assertEquals(404, Api.as("office-pc").get(path(p)).status());
        assertTrue(ids(Api.as("member2").get(PROPOSALS + "?size=200")).contains(id(p)), "co-signed: in the list");
        JsonObject confirmed = ok(Api.as("member2").post(path(p) + "/confirm", "{}"), 200);
        assertTrue(confirmed.getJsonArray("coSigners").getJsonObject(0).getBoolean("confirmed"));
        p = ok(
                Api.as("member1")
                        .post(path(p) + "/submit", version(confirmed).build().toString()),
                200);
        assertEquals("SUBMITTED", p.getString("state"));

        // review: the office of the proposal's organisation only
        assertEquals(
                403,
                Api.as("member1").post(path(p) + "/review", decision("ACCEPT")).status());
        assertEquals(
                404,
                Api.as("office-pc")
                        .post(path(p) + "/review", decision("ACCEPT"))
                        .status());
        assertProblem(422, "invalid-input", Api.as("proposals").post(path(p) + "/review", decision("MAYBE")));
        p = ok(Api.as("proposals").post(path(p) + "/review", decision("ACCEPT")), 200);
        assertEquals("ACCEPTED", p.getString("state"));
        String source = "proposal:accepted:" + id(p);
        JsonObject first = entry(member1, source).orElseThrow(() -> new AssertionError("no entry for the proposer"));
        JsonObject co = entry(member2, source).orElseThrow(() -> new AssertionError("no entry for the co-signer"));
        assertEquals("PROPOSAL", first.getString("category"));
        assertEquals("FIRST_AUTHOR", first.getString("role"));
        assertEquals("CO_AUTHOR", co.getString("role"));

        // assignment to unit1 (lead) and unit2 (co-handling), the due date three months on by default
        long unit1 = unitId("unit1");
        long unit2 = unitId("unit2");
        assertProblem(
                422,
                "invalid-input",
                Api.as("proposals").post(path(p) + "/assignment", assignment(unit1, List.of(unit1), null)));
        assertEquals(404, Api.as("unit1").get(path(p)).status(), "not assigned yet");
        p = ok(Api.as("proposals").post(path(p) + "/assignment", assignment(unit1, List.of(unit2), null)), 200);
        assertEquals("ASSIGNED", p.getString("state"));
        LocalDate due = LocalDate.parse(p.getString("due"));
        LocalDate assigned = LocalDate.parse(p.getString("assignedOn"));
        assertFalse(due.isBefore(assigned.plusMonths(3)), p::toString);
        assertTrue(due.isBefore(assigned.plusMonths(3).plusDays(10)), p::toString);
        assertTrue(LocalDate.parse(p.getString("sendBackUntil")).isAfter(assigned.plusDays(9)), p::toString);

        // the lead unit answers; the co-handling unit reads it only; the proposer does not see the answer yet
        JsonObject asUnit2 = ok(Api.as("unit2").get(path(p)), 200);
        assertEquals(Set.of("OPINION"), steps(asUnit2), "a co-handling unit sends its opinion only");
        assertEquals(Set.of("SEND_BACK", "ANSWER"), steps(ok(Api.as("unit1").get(path(p)), 200)));
        assertEquals(
                403,
                Api.as("unit2")
                        .post(path(p) + "/answer", answer("ADOPTED", "会办意见"))
                        .status());
        assertProblem(422, "invalid-input", Api.as("unit1").post(path(p) + "/answer", answer("SOMETIMES", "答复")));
        p = ok(Api.as("unit1").post(path(p) + "/answer", answer("IN_PROGRESS", "已列入年度重点工作，正在推进。")), 200);
        assertEquals("ANSWERED", p.getString("state"));
        assertTrue(absent(ok(Api.as("member1").get(path(p)), 200), "answer"), "under review: not shown");

        // the answer review: returned once, then approved
        p = ok(Api.as("proposals").post(path(p) + "/answer-review", decision("RETURN", "请补充具体时间表")), 200);
        assertEquals("ASSIGNED", p.getString("state"));
        assertEquals("请补充具体时间表", ok(Api.as("unit1").get(path(p)), 200).getString("answerReturnReason"));
        p = ok(Api.as("unit1").post(path(p) + "/answer", answer("IN_PROGRESS", "已列入年度重点工作，年底前完成。")), 200);
        p = ok(Api.as("proposals").post(path(p) + "/answer-review", decision("APPROVE", null)), 200);
        assertEquals("DELIVERED", p.getString("state"));
        JsonObject delivered = ok(Api.as("member1").get(path(p)), 200);
        assertEquals("IN_PROGRESS", delivered.getJsonObject("answer").getString("category"));
        assertEquals(Set.of("RATE"), steps(delivered));
        assertEquals(
                403,
                Api.as("member2").post(path(p) + "/rating", rating("SATISFIED")).status(),
                "the proposer rates");

        // not satisfied: re-handled once; the second rating stands
        p = ok(Api.as("member1").post(path(p) + "/rating", rating("NOT_SATISFIED")), 200);
        assertEquals("REHANDLING", p.getString("state"));
        p = ok(Api.as("unit1").post(path(p) + "/answer", answer("ADOPTED", "已制定实施方案并落实资金。")), 200);
        p = ok(Api.as("proposals").post(path(p) + "/answer-review", decision("APPROVE", null)), 200);
        p = ok(Api.as("member1").post(path(p) + "/rating", rating("BASICALLY_SATISFIED")), 200);
        assertEquals("RATED", p.getString("state"));
        assertEquals("BASICALLY_SATISFIED", p.getString("rating"));
        assertEquals("NOT_SATISFIED", p.getString("firstRating"));
        p = ok(Api.as("proposals").post(path(p) + "/close", "{}"), 200);
        assertEquals("DONE", p.getString("state"));
        assertProblem(409, "proposal-state", Api.as("proposals").post(path(p) + "/close", "{}"));
    }

    @Test
    void theOfficeDoesNotAcceptWithAReasonAndAStaleVersionIsRefused() {
        JsonObject p = ok(Api.as("member1").post(path(draft("member1", List.of())) + "/submit", "{}"), 200);
        assertProblem(422, "required", Api.as("proposals").post(path(p) + "/review", decision("NOT_ACCEPT", " ")));
        assertProblem(
                409,
                "stale",
                Api.as("proposals")
                        .post(
                                path(p) + "/review",
                                Json.createObjectBuilder()
                                        .add("decision", "ACCEPT")
                                        .add("version", p.getInt("version") + 7)
                                        .build()
                                        .toString()));
        p = ok(Api.as("proposals").post(path(p) + "/review", decision("NOT_ACCEPT", "建议通过12345热线反映")), 200);
        assertEquals("NOT_ACCEPTED", p.getString("state"));
        assertEquals("建议通过12345热线反映", ok(Api.as("member1").get(path(p)), 200).getString("refusalReason"));
        assertTrue(entry(proposerOf(p), "proposal:accepted:" + id(p)).isEmpty(), "no points without acceptance");
    }

    @Test
    void theLeadUnitSendsTheAssignmentBackAndThenNoLongerSeesIt() {
        JsonObject p = accepted();
        long unit1 = unitId("unit1");
        p = ok(
                Api.as("proposals")
                        .post(
                                path(p) + "/assignment",
                                assignment(unit1, List.of(), Fixtures.today().plusDays(40))),
                200);
        assertEquals(Fixtures.today().plusDays(40).toString(), p.getString("due"));
        assertProblem(422, "required", Api.as("unit1").post(path(p) + "/send-back", "{\"reason\":\" \"}"));
        p = ok(Api.as("unit1").post(path(p) + "/send-back", "{\"reason\":\"不属于本单位职责，建议交市住建局\"}"), 200);
        assertEquals("ACCEPTED", p.getString("state"));
        assertEquals(404, Api.as("unit1").get(path(p)).status());
        JsonObject office = ok(Api.as("proposals").get(path(p)), 200);
        assertEquals("不属于本单位职责，建议交市住建局", office.getString("sendBackReason"));
        assertTrue(steps(office).contains("ASSIGN"));
    }

    @Test
    void visibilityAUnitSeesOnlyWhatWasAssignedToItAndEveryoneElseGets404() {
        JsonObject p = accepted();
        long unit2 = unitId("unit2");
        p = ok(Api.as("proposals").post(path(p) + "/assignment", assignment(unit2, List.of(), null)), 200);
        assertEquals(200, Api.as("unit2").get(path(p)).status());
        assertEquals(404, Api.as("unit1").get(path(p)).status());
        assertFalse(ids(Api.as("unit1").get(PROPOSALS + "?size=200")).contains(id(p)));
        assertTrue(ids(Api.as("unit2").get(PROPOSALS + "?size=200")).contains(id(p)));
        assertEquals(
                404,
                Api.as("unit1")
                        .post(path(p) + "/answer", answer("ADOPTED", "不是我的"))
                        .status());
        assertEquals(404, Api.as("member3").get(path(p)).status());
        assertEquals(404, Api.as("office-pc").get(path(p)).status());
        assertEquals(200, Api.as("leader").get(path(p)).status(), "the organisation's leaders read it");
        assertEquals(200, Api.as("office").get(path(p)).status(), "the organisation's office staff read it");
        assertEquals(404, Api.as("member1").get(PROPOSALS + "/999999999").status());
        assertEquals(403, Api.as("peer").get(PROPOSALS).status());
    }

    @Test
    void aHandlingUnitReadsProposalsAndNoOtherBusinessData() {
        for (String path : List.of(
                "/api/v1/members?size=5",
                "/api/v1/reports?size=5",
                // the outcomes sent to its department it reads and answers (ConsultationOutcomeApiIT), no plan
                "/api/v1/consultation/plans?year=2026",
                "/api/v1/departments",
                "/api/v1/studyhall/spaces",
                "/api/v1/committees")) {
            assertEquals(403, Api.as("unit1").get(path).status(), "unit1 " + path);
        }
        assertEquals(200, Api.as("unit1").get(PROPOSALS).status());
        assertEquals(403, Api.as("admin").get(PROPOSALS).status(), "an administrator reads no proposals");
    }

    // ---- helpers

    private static JsonObject accepted() {
        JsonObject p = ok(Api.as("member1").post(path(draft("member1", List.of())) + "/submit", "{}"), 200);
        return ok(Api.as("proposals").post(path(p) + "/review", decision("ACCEPT")), 200);
    }

    private static JsonObject draft(String who, List<Long> coSigners) {
        return ok(
                Api.as(who)
                        .post(
                                PROPOSALS,
                                body("关于发展黄花产业的提案 " + Api.unique("p"), coSigners)
                                        .build()
                                        .toString()),
                201);
    }

    private static JsonObjectBuilder body(String title, List<Long> coSigners) {
        JsonArrayBuilder co = Json.createArrayBuilder();
        coSigners.forEach(co::add);
        return Json.createObjectBuilder()
                .add("title", title)
                .add("reason", "黄花产业链条短")
                .add("analysis", "精深加工不足，品牌影响力弱")
                .add("suggestions", "建设冷链仓储和初加工设施")
                .add("coSigners", co);
    }

    private static long proposerOf(JsonObject p) {
        return p.getJsonNumber("proposerId").longValue();
    }

    /** The department a unit's login acts for: what the lead unit of its demo assignments names. */
    private static long unitId(String unit) {
        return rows(Api.as(unit).get(PROPOSALS + "?state=ASSIGNED&size=200")).stream()
                .map(p -> ok(Api.as(unit).get(PROPOSALS + "/" + p.getJsonNumber("id")), 200))
                .filter(p -> steps(p).contains("ANSWER"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo assignment led by " + unit))
                .getJsonObject("leadUnit")
                .getJsonNumber("id")
                .longValue();
    }

    private static long memberId(String caller, String initials) {
        return Api.as(caller)
                .get("/api/v1/members?q=" + initials)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static Optional<JsonObject> entry(long memberId, String source) {
        JsonObject duty = ok(Api.as("office").get("/api/v1/members/" + memberId + "/duty"), 200);
        return duty.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> source.equals(e.getString("source")))
                .filter(e -> !e.getBoolean("voided"))
                .findFirst();
    }

    private static String decision(String d) {
        return decision(d, null);
    }

    private static String decision(String d, String reason) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("decision", d);
        if (reason != null) {
            b.add("reason", reason);
        }
        return b.build().toString();
    }

    private static String assignment(long lead, List<Long> co, LocalDate due) {
        JsonArrayBuilder c = Json.createArrayBuilder();
        co.forEach(c::add);
        JsonObjectBuilder b = Json.createObjectBuilder().add("leadUnitId", lead).add("coUnitIds", c);
        if (due != null) {
            b.add("due", due.toString());
        }
        return b.build().toString();
    }

    private static String answer(String category, String text) {
        return Json.createObjectBuilder()
                .add("category", category)
                .add("text", text)
                .build()
                .toString();
    }

    private static String rating(String r) {
        return Json.createObjectBuilder()
                .add("rating", r)
                .add("comment", "评价意见")
                .build()
                .toString();
    }

    private static JsonObjectBuilder version(JsonObject p) {
        return Json.createObjectBuilder().add("version", p.getInt("version"));
    }

    private static List<JsonObject> rows(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static Set<Long> ids(Api.Reply r) {
        return rows(r).stream().map(ProposalApiIT::id).collect(Collectors.toSet());
    }

    private static Set<String> steps(JsonObject p) {
        return p.getJsonArray("steps").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .collect(Collectors.toSet());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String path(JsonObject o) {
        return PROPOSALS + "/" + id(o);
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }
}
