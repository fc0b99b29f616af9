package org.tongxin.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;
import static org.tongxin.support.ApiAsserts.ok;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
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

/**
 * Issue 18, second slice, through the REST API: the office merges proposals (every proposer and co-signer of the merged
 * ones keeps their points when the main one is accepted, each once), converts one into a draft social-condition report
 * of its proposers or to a letter; a co-handling unit sends its opinion to the lead unit, who reads it; the office marks
 * a key proposal with a supervising leader, a leader records instructions, the office records a member interview; key
 * proposal and instruction credit the proposers in the duty ledger.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalReviewExtrasApiIT {

    private static final String PROPOSALS = "/api/v1/proposals";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    // ---- the demo

    @Test
    void theDemoHasAKeyProposalWithTheChairsInstructionAndACoHandlingOpinion() {
        List<JsonObject> all = rows(Api.as("proposals").get(PROPOSALS + "?size=200")).stream()
                .map(p -> ok(Api.as("proposals").get(path(p)), 200).getJsonObject("extras"))
                .toList();
        assertTrue(
                all.stream()
                        .anyMatch(x -> x.getBoolean("key")
                                && x.getString("supervisorName").contains("张德明")
                                && !x.getJsonArray("instructions").isEmpty()),
                "a key proposal with an instruction");
        assertTrue(all.stream().anyMatch(x -> !x.getJsonArray("opinions").isEmpty()), "a co-handling opinion");
        assertTrue(all.stream().anyMatch(x -> !x.getJsonArray("interviews").isEmpty()), "a member interview");
    }

    // ---- merge and convert

    @Test
    void mergeKeepsEveryProposerOfTheMergedProposalsAndEachEarnsPointsOnceWhenTheMainOneIsAccepted() {
        long m2 = proposerOf(draft("member2", List.of()));
        long m3 = proposerOf(draft("member3", List.of()));
        long m4 = proposerOf(draft("member4", List.of()));
        // main: member1 with co-signer member2; other: member3 with co-signers member2 (twice a proposer) and member4
        JsonObject main = submitted("member1", List.of(m2));
        long m1 = proposerOf(main);
        JsonObject other = submitted("member3", List.of(m2, m4));
        JsonObject alone = submitted("member4", List.of());

        assertEquals(
                403, Api.as("member1").post(path(main) + "/merge", merge(other)).status());
        assertProblem(422, "invalid-input", Api.as("proposals").post(path(main) + "/merge", merge(main)));
        JsonObject merged = ok(Api.as("proposals").post(path(main) + "/merge", merge(other, alone)), 200);
        assertEquals("SUBMITTED", merged.getString("state"));
        Set<Long> kept =
                merged.getJsonObject("extras").getJsonArray("mergedProposers").getValuesAs(JsonObject.class).stream()
                        .map(o -> o.getJsonNumber("memberId").longValue())
                        .collect(Collectors.toSet());
        assertEquals(Set.of(m3, m4), kept, "member2 is already a co-signer of the main one");

        JsonObject was = ok(Api.as("member3").get(path(other)), 200);
        assertEquals("MERGED", was.getString("state"));
        assertEquals(
                id(main),
                was.getJsonObject("extras").getJsonNumber("mergedIntoId").longValue());
        assertEquals(200, Api.as("member3").get(path(main)).status(), "a merged proposer follows the main one");
        assertTrue(ids(Api.as("member4").get(PROPOSALS + "?size=200")).contains(id(main)));
        assertProblem(409, "proposal-state", Api.as("proposals").post(path(alone) + "/review", decision("ACCEPT")));

        ok(Api.as("proposals").post(path(main) + "/review", decision("ACCEPT")), 200);
        String source = "proposal:accepted:" + id(main);
        JsonObject first = entry(m1, source).orElseThrow(() -> new AssertionError("no entry for member1"));
        assertEquals("FIRST_AUTHOR", first.getString("role"));
        assertEquals(3, first.getInt("coAuthors"));
        for (long m : List.of(m2, m3, m4)) {
            JsonObject e = entry(m, source).orElseThrow(() -> new AssertionError("no entry for member " + m));
            assertEquals("CO_AUTHOR", e.getString("role"));
            assertEquals("PROPOSAL", e.getString("category"));
            assertTrue(e.getJsonNumber("points").bigDecimalValue().compareTo(BigDecimal.ZERO) > 0, e::toString);
            assertEquals(1, entries(m, source), "no double credit for one person");
        }
        assertTrue(entry(m3, "proposal:accepted:" + id(other)).isEmpty(), "the merged one earns nothing by itself");
    }

    @Test
    void convertingIntoAReportCreatesADraftOfTheProposersAndALetterNeedsAReason() {
        long m2 = proposerOf(draft("member2", List.of()));
        JsonObject p = submitted("member1", List.of(m2));
        assertEquals(
                403,
                Api.as("member1")
                        .post(path(p) + "/conversion", conversion("REPORT", null))
                        .status());
        JsonObject converted = ok(Api.as("proposals").post(path(p) + "/conversion", conversion("REPORT", null)), 200);
        assertEquals("CONVERTED", converted.getString("state"));
        JsonObject extras = converted.getJsonObject("extras");
        assertEquals("REPORT", extras.getString("conversion"));
        long report = extras.getJsonNumber("convertedReportId").longValue();

        JsonObject r = ok(Api.as("member1").get("/api/v1/reports/" + report), 200);
        assertEquals("DRAFT", r.getString("state"));
        assertEquals(p.getString("title"), r.getString("title"));
        List<JsonObject> authors = r.getJsonArray("authors").getValuesAs(JsonObject.class);
        assertEquals(proposerOf(p), authors.get(0).getJsonNumber("memberId").longValue());
        assertEquals(m2, authors.get(1).getJsonNumber("memberId").longValue());
        assertTrue(r.getJsonArray("actions").toString().contains("SUBMIT"), "the proposer submits it: " + r);
        assertProblem(409, "proposal-state", Api.as("proposals").post(path(p) + "/review", decision("ACCEPT")));

        JsonObject letter = submitted("member1", List.of());
        assertProblem(
                422, "required", Api.as("proposals").post(path(letter) + "/conversion", conversion("LETTER", " ")));
        letter = ok(Api.as("proposals").post(path(letter) + "/conversion", conversion("LETTER", "属于个人诉求，转来信办理")), 200);
        assertEquals("LETTER", letter.getJsonObject("extras").getString("conversion"));
        assertEquals(
                "属于个人诉求，转来信办理",
                ok(Api.as("member1").get(path(letter)), 200)
                        .getJsonObject("extras")
                        .getString("conversionReason"));
    }

    // ---- co-handling opinions

    @Test
    void aCoHandlingUnitSendsItsOpinionToTheLeadUnitBeforeTheAnswer() {
        JsonObject p = ok(Api.as("proposals").post(path(accepted()) + "/assignment", assignment()), 200);
        assertEquals(
                403,
                Api.as("unit1").post(path(p) + "/opinion", opinion("主办不发会办意见")).status());
        assertEquals(
                403, Api.as("member1").post(path(p) + "/opinion", opinion("x")).status());
        assertProblem(422, "required", Api.as("unit2").post(path(p) + "/opinion", opinion(" ")));
        ok(Api.as("unit2").post(path(p) + "/opinion", opinion("建议加大冷链物流补贴")), 200);

        JsonObject lead = ok(Api.as("unit1").get(path(p)), 200);
        List<JsonObject> opinions =
                lead.getJsonObject("extras").getJsonArray("opinions").getValuesAs(JsonObject.class);
        assertEquals(1, opinions.size());
        assertEquals("建议加大冷链物流补贴", opinions.get(0).getString("text"));
        assertEquals(unitId("unit2"), opinions.get(0).getJsonNumber("unitId").longValue());
        assertEquals(
                List.of(),
                ok(Api.as("member1").get(path(p)), 200).getJsonObject("extras").getJsonArray("opinions"),
                "between the units and the office");

        ok(Api.as("unit1").post(path(p) + "/answer", answer()), 200);
        assertProblem(409, "proposal-state", Api.as("unit2").post(path(p) + "/opinion", opinion("太晚了")));
    }

    // ---- key proposals, instructions, interviews

    @Test
    void aKeyProposalWithItsLeaderAndAnInstructionCreditTheProposersAndAnInterviewIsRecorded() {
        long m2 = proposerOf(draft("member2", List.of()));
        JsonObject p = submitted("member1", List.of(m2));
        long m1 = proposerOf(p);
        p = ok(Api.as("proposals").post(path(p) + "/review", decision("ACCEPT")), 200);
        List<JsonObject> leaders =
                Api.as("proposals").get(PROPOSALS + "/leaders").array().getValuesAs(JsonObject.class);
        long leader = leaders.stream()
                .filter(l -> !l.getString("name").isEmpty())
                .findFirst()
                .orElseThrow()
                .getJsonNumber("accountId")
                .longValue();
        String today = LocalDate.parse(p.getString("reviewedOn")).toString();

        assertEquals(
                403, Api.as("leader").post(path(p) + "/key", key(today, leader)).status());
        assertProblem(422, "invalid-input", Api.as("proposals").post(path(p) + "/key", key(today, noLeader(leaders))));
        p = ok(Api.as("proposals").post(path(p) + "/key", key(today, leader)), 200);
        JsonObject x = p.getJsonObject("extras");
        assertTrue(x.getBoolean("key"));
        assertEquals(leader, x.getJsonNumber("supervisorAccountId").longValue());
        assertEquals("第十五届主席会议第三次会议", x.getString("keyDecision"));
        String key = "proposal:key:" + id(p);
        assertEquals("KEY_PROPOSAL", entry(m1, key).orElseThrow().getString("category"));
        assertEquals("CO_AUTHOR", entry(m2, key).orElseThrow().getString("role"));

        assertEquals(
                403,
                Api.as("proposals")
                        .post(path(p) + "/instructions", instruction("机关不批示"))
                        .status());
        p = ok(Api.as("leader").post(path(p) + "/instructions", instruction("请市发改委牵头，抓紧研究落实。")), 200);
        JsonObject i = p.getJsonObject("extras").getJsonArray("instructions").getJsonObject(0);
        assertEquals("请市发改委牵头，抓紧研究落实。", i.getString("text"));
        assertEquals(today, i.getString("givenOn"));
        String instructed = "proposal:instruction:" + id(p) + "-1";
        assertEquals("PROPOSAL_INSTRUCTION", entry(m1, instructed).orElseThrow().getString("category"));
        assertTrue(entry(m2, instructed).isPresent());

        assertEquals(
                403,
                Api.as("member1")
                        .post(path(p) + "/interviews", interview(today))
                        .status());
        p = ok(Api.as("proposals").post(path(p) + "/interviews", interview(today)), 200);
        JsonObject v = ok(Api.as("member1").get(path(p)), 200)
                .getJsonObject("extras")
                .getJsonArray("interviews")
                .getJsonObject(0);
        assertEquals("张伟明委员", v.getString("people"));
        assertEquals("承办单位态度积极，已初步落实", v.getString("said"));
        assertProblem(
                422,
                "invalid-input",
                Api.as("proposals")
                        .post(
                                path(p) + "/interviews",
                                interview(LocalDate.parse(today).plusDays(1).toString())));
    }

    // ---- helpers

    private static long noLeader(List<JsonObject> leaders) {
        // an account id that is no leader's of the organisation (far past the largest leader's)
        return leaders.stream()
                        .mapToLong(l -> l.getJsonNumber("accountId").longValue())
                        .max()
                        .orElse(0)
                + 100_000;
    }

    private static JsonObject accepted() {
        JsonObject p = submitted("member1", List.of());
        return ok(Api.as("proposals").post(path(p) + "/review", decision("ACCEPT")), 200);
    }

    private static JsonObject submitted(String who, List<Long> coSigners) {
        JsonObject p = draft(who, coSigners);
        for (Long c : coSigners) {
            ok(Api.as(login(c)).post(path(p) + "/confirm", "{}"), 200);
        }
        return ok(Api.as(who).post(path(p) + "/submit", "{}"), 200);
    }

    private static final java.util.Map<Long, String> LOGINS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String login(long memberId) {
        return LOGINS.get(memberId);
    }

    private static JsonObject draft(String who, List<Long> coSigners) {
        JsonArrayBuilder co = Json.createArrayBuilder();
        coSigners.forEach(co::add);
        JsonObject p = ok(
                Api.as(who)
                        .post(
                                PROPOSALS,
                                Json.createObjectBuilder()
                                        .add("title", "关于完善农村养老服务的提案 " + Api.unique("x"))
                                        .add("reason", "农村老人多，养老服务供给不足")
                                        .add("analysis", "互助幸福院运营资金不稳定")
                                        .add("suggestions", "建立稳定的运营补贴机制")
                                        .add("coSigners", co)
                                        .build()
                                        .toString()),
                201);
        LOGINS.put(proposerOf(p), who);
        return p;
    }

    private static long proposerOf(JsonObject p) {
        return p.getJsonNumber("proposerId").longValue();
    }

    private static long unitId(String unit) {
        return rows(Api.as(unit).get(PROPOSALS + "?state=ASSIGNED&size=200")).stream()
                .map(p -> ok(Api.as(unit).get(PROPOSALS + "/" + p.getJsonNumber("id")), 200))
                .filter(p -> p.getJsonArray("steps").toString().contains("\"ANSWER\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo assignment led by " + unit))
                .getJsonObject("leadUnit")
                .getJsonNumber("id")
                .longValue();
    }

    private static List<JsonObject> ledger(long memberId, String source) {
        JsonObject duty = ok(Api.as("office").get("/api/v1/members/" + memberId + "/duty"), 200);
        return duty.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> source.equals(e.getString("source")))
                .filter(e -> !e.getBoolean("voided"))
                .toList();
    }

    private static Optional<JsonObject> entry(long memberId, String source) {
        return ledger(memberId, source).stream().findFirst();
    }

    private static int entries(long memberId, String source) {
        return ledger(memberId, source).size();
    }

    private static String merge(JsonObject... others) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (JsonObject o : others) {
            ids.add(id(o));
        }
        return Json.createObjectBuilder().add("proposalIds", ids).build().toString();
    }

    private static String conversion(String to, String reason) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("to", to);
        if (reason != null) {
            b.add("reason", reason);
        }
        return b.build().toString();
    }

    private static String opinion(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    private static String key(String on, long leader) {
        return Json.createObjectBuilder()
                .add("decidedOn", on)
                .add("decision", "第十五届主席会议第三次会议")
                .add("supervisorAccountId", leader)
                .build()
                .toString();
    }

    private static String instruction(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    private static String interview(String on) {
        return Json.createObjectBuilder()
                .add("heldOn", on)
                .add("people", "张伟明委员")
                .add("said", "承办单位态度积极，已初步落实")
                .build()
                .toString();
    }

    private static String decision(String d) {
        return Json.createObjectBuilder().add("decision", d).build().toString();
    }

    private static String assignment() {
        return Json.createObjectBuilder()
                .add("leadUnitId", unitId("unit1"))
                .add("coUnitIds", Json.createArrayBuilder().add(unitId("unit2")))
                .build()
                .toString();
    }

    private static String answer() {
        return Json.createObjectBuilder()
                .add("category", "IN_PROGRESS")
                .add("text", "已列入年度计划")
                .build()
                .toString();
    }

    private static List<JsonObject> rows(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static Set<Long> ids(Api.Reply r) {
        return rows(r).stream().map(ProposalReviewExtrasApiIT::id).collect(Collectors.toSet());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String path(JsonObject o) {
        return PROPOSALS + "/" + id(o);
    }
}
