package org.tongxin.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;
import static org.tongxin.support.ApiAsserts.ok;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
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
 * Plenary sessions (全体会议) and proposal numbers (案号) through the REST API (issue 18): the office of the demo city
 * (proposals) keeps its sessions, members and units read them, a district's office (office-pc) neither sees nor changes
 * them; a plenary proposal is filed for the open session and refused when none is open or after its deadline; accepted
 * proposals are numbered, two acceptances at once never share a number; the statistics of one session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalSessionApiIT {

    private static final String PROPOSALS = "/api/v1/proposals";
    private static final String SESSIONS = PROPOSALS + "/sessions";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theOfficeKeepsItsSessionsOthersOfTheOrganisationReadThemAndNoOneElse() {
        LocalDate today = Fixtures.today();
        String name = "政协第十五届大同市委员会测试会议" + Api.unique("s");
        JsonObject s = ok(
                Api.as("proposals")
                        .post(SESSIONS, terms(name, code(), today.plusDays(40), today.plusDays(44), null, null)),
                201);
        assertEquals(today.plusDays(10).toString(), s.getString("filingOpensOn"), "30 days before the opening");
        assertEquals(today.plusDays(44).toString(), s.getString("deadline"), "the closing day");
        assertEquals(false, s.getBoolean("open"));
        long id = s.getJsonNumber("id").longValue();
        try {
            for (String reader : List.of("proposals", "member1", "leader", "unit1")) {
                assertTrue(ids(Api.as(reader).get(SESSIONS)).contains(id), reader);
            }
            assertTrue(!ids(Api.as("office-pc").get(SESSIONS)).contains(id), "another organisation's office");
            assertEquals(
                    404,
                    Api.as("office-pc")
                            .put(SESSIONS + "/" + id, terms(name, code(), today, today, null, null))
                            .status());
            assertEquals(404, Api.as("office-pc").delete(SESSIONS + "/" + id).status());
            assertEquals(
                    403,
                    Api.as("member1")
                            .post(SESSIONS, terms(name + "x", code(), today, today, null, null))
                            .status());
            assertEquals(403, Api.as("leader").delete(SESSIONS + "/" + id).status());
            assertEquals(403, Api.as("admin").get(SESSIONS).status());
            assertProblem(
                    409,
                    "session-exists",
                    Api.as("proposals").post(SESSIONS, terms(name, code(), today, today, null, null)));

            JsonObject changed = ok(
                    Api.as("proposals")
                            .put(
                                    SESSIONS + "/" + id,
                                    terms(
                                            name,
                                            s.getString("code"),
                                            today.minusDays(1),
                                            today.plusDays(2),
                                            today.minusDays(5),
                                            today.plusDays(3))),
                    200);
            assertEquals(today.plusDays(3).toString(), changed.getString("deadline"));
            assertEquals(true, changed.getBoolean("open"));
            assertProblem(
                    409,
                    "stale",
                    Api.as("proposals")
                            .put(
                                    SESSIONS + "/" + id,
                                    withVersion(name, s.getString("code"), today, s.getInt("version"))));
            JsonObject retired = ok(Api.as("proposals").put(SESSIONS + "/" + id, retire(changed, true)), 200);
            assertEquals(true, retired.getBoolean("retired"));
            assertTrue(!ids(Api.as("member1").get(SESSIONS)).contains(id), "retired: not listed");
            assertTrue(ids(Api.as("proposals").get(SESSIONS + "?retired=true")).contains(id));
            assertEquals(
                    false,
                    row(Api.as("proposals").get(SESSIONS + "?retired=true"), 200, id)
                            .getBoolean("used"),
                    "named by no proposal: unused");
        } finally {
            assertEquals(204, Api.as("proposals").delete(SESSIONS + "/" + id).status(), "unused: deleted");
        }
        assertEquals(404, Api.as("proposals").delete(SESSIONS + "/" + id).status());
    }

    @Test
    void brokenTermsAreRefusedFieldByFieldInTheCallersLanguage() {
        LocalDate today = Fixtures.today();
        String name = "测试会议" + Api.unique("v");
        Api.Reply closes =
                Api.as("proposals").post(SESSIONS, terms(name, code(), today, today.minusDays(1), null, null));
        assertProblem(422, "invalid-input", closes);
        assertEquals("闭幕日不能早于开幕日", closes.json().getJsonObject("fields").getString("closesOn"), closes::toString);
        Api.Reply deadline = Api.as("proposals")
                .speaking("en")
                .post(SESSIONS, terms(name, code(), today, today.plusDays(2), null, today.minusDays(1)));
        assertProblem(422, "invalid-input", deadline);
        assertEquals(
                "The proposal deadline cannot be before the opening day",
                deadline.json().getJsonObject("fields").getString("deadline"),
                deadline::toString);
        Api.Reply window = Api.as("proposals")
                .post(SESSIONS, terms(name, code(), today, today.plusDays(4), today.plusDays(3), today.plusDays(2)));
        assertTrue(window.json().getJsonObject("fields").containsKey("filingOpensOn"), window::toString);
        Api.Reply badCode = Api.as("proposals").post(SESSIONS, terms(name, "第三次", today, today, null, null));
        assertTrue(badCode.json().getJsonObject("fields").containsKey("code"), badCode::toString);
        Api.Reply noName = Api.as("proposals").post(SESSIONS, terms(" ", code(), today, today, null, null));
        assertTrue(noName.json().getJsonObject("fields").containsKey("name"), noName::toString);
        Api.Reply noDay = Api.as("proposals").post(SESSIONS, terms(name, code(), null, today, null, null));
        assertTrue(noDay.json().getJsonObject("fields").containsKey("opensOn"), noDay::toString);
    }

    /**
     * The organisation's open sessions (the demo's) are closed for the test and given back after it, so that the
     * session made here is the only one open, then none is.
     */
    @Test
    void aPlenaryProposalIsFiledForTheOpenSessionSubmittedUntilItsDeadlineAndRefusedWithoutOne() {
        LocalDate today = Fixtures.today();
        List<JsonObject> open = rows(Api.as("proposals").get(SESSIONS + "?open=true"));
        String code = code();
        JsonObject s = null;
        try {
            for (JsonObject o : open) {
                LocalDate past = today.minusYears(3);
                ok(
                        Api.as("proposals")
                                .put(
                                        SESSIONS + "/" + id(o),
                                        terms(o.getString("name"), o.getString("code"), past, past, past, past)),
                        200);
            }
            Api.Reply none = Api.as("member1").post(PROPOSALS, proposal("PLENARY", null));
            assertProblem(422, "no-open-session", none);
            assertTrue(none.json().getJsonObject("fields").getString("session").contains("全体会议"), none::toString);
            assertEquals(
                    201,
                    Api.as("member1").post(PROPOSALS, proposal("INTERIM", null)).status(),
                    "interim: any day");

            s = ok(
                    Api.as("proposals")
                            .post(
                                    SESSIONS,
                                    terms(
                                            "测试全体会议" + Api.unique("f"),
                                            code,
                                            today.plusDays(3),
                                            today.plusDays(6),
                                            null,
                                            null)),
                    201);
            long sid = id(s);
            JsonObject filed = ok(Api.as("member1").post(PROPOSALS, proposal("PLENARY", null)), 201);
            assertEquals(sid, filed.getJsonNumber("sessionId").longValue(), "the open session");
            assertEquals(s.getString("name"), filed.getString("sessionName"));
            JsonObject named = ok(Api.as("member1").post(PROPOSALS, proposal("PLENARY", sid)), 201);
            assertEquals(sid, named.getJsonNumber("sessionId").longValue());
            JsonObject interim = ok(Api.as("member1").post(PROPOSALS, proposal("INTERIM", sid)), 201);
            assertTrue(absent(interim, "sessionId"), "an interim proposal has no session");

            JsonObject submitted = ok(Api.as("member1").post(path(filed) + "/submit", "{}"), 200);
            JsonObject accepted =
                    ok(Api.as("proposals").post(path(submitted) + "/review", "{\"decision\":\"ACCEPT\"}"), 200);
            assertEquals(code + "-0001", accepted.getString("caseNumber"), "the session's first number");
            assertEquals(
                    code + "-0001", ok(Api.as("member1").get(path(filed)), 200).getString("caseNumber"));
            assertTrue(
                    rows(Api.as("proposals").get(PROPOSALS + "?state=ACCEPTED&size=200")).stream()
                            .anyMatch(r -> (code + "-0001").equals(r.getString("caseNumber", null))),
                    "in the list");
            JsonObject stats = ok(Api.as("proposals").get(PROPOSALS + "/statistics?sessionId=" + sid), 200);
            assertEquals(1, stats.getInt("filed"));
            assertEquals(1, stats.getInt("accepted"));
            assertEquals(s.getString("name"), stats.getString("sessionName"));
            assertEquals(
                    422,
                    Api.as("office-pc")
                            .get(PROPOSALS + "/statistics?sessionId=" + sid)
                            .status(),
                    "another organisation's session");

            // the office moves the deadline before today: the draft can no longer be submitted
            JsonObject past = ok(
                    Api.as("proposals")
                            .put(
                                    SESSIONS + "/" + sid,
                                    terms(
                                            s.getString("name"),
                                            code,
                                            today.minusDays(6),
                                            today.minusDays(2),
                                            null,
                                            null)),
                    200);
            assertEquals(false, past.getBoolean("open"));
            Api.Reply late = Api.as("member1").post(path(named) + "/submit", "{}");
            assertProblem(409, "plenary-deadline-passed", late);
            assertTrue(
                    late.json().getString("title").contains(today.minusDays(2).toString()), late::toString);
            assertProblem(422, "no-open-session", Api.as("member1").post(PROPOSALS, proposal("PLENARY", null)));
            Api.Reply closed = Api.as("member1").post(PROPOSALS, proposal("PLENARY", sid));
            assertProblem(422, "invalid-input", closed);
            assertTrue(closed.json().getJsonObject("fields").containsKey("sessionId"), closed::toString);
            assertProblem(409, "session-used", Api.as("proposals").delete(SESSIONS + "/" + sid));
            assertEquals(true, row(Api.as("proposals").get(SESSIONS), 200, sid).getBoolean("used"), "named: used");
        } finally {
            if (s != null) {
                JsonObject now = row(Api.as("proposals").get(SESSIONS + "?retired=true"), 200, id(s));
                Api.as("proposals").put(SESSIONS + "/" + id(s), retire(now, true));
            }
            for (JsonObject o : open) {
                ok(
                        Api.as("proposals")
                                .put(
                                        SESSIONS + "/" + id(o),
                                        terms(
                                                o.getString("name"),
                                                o.getString("code"),
                                                LocalDate.parse(o.getString("opensOn")),
                                                LocalDate.parse(o.getString("closesOn")),
                                                LocalDate.parse(o.getString("filingOpensOn")),
                                                LocalDate.parse(o.getString("deadline")))),
                        200);
            }
        }
    }

    @Test
    void acceptedProposalsAreNumberedAndTwoAcceptancesAtOnceNeverShareANumber() {
        List<JsonObject> submitted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonObject d = ok(Api.as("member1").post(PROPOSALS, proposal("INTERIM", null)), 201);
            submitted.add(ok(Api.as("member1").post(path(d) + "/submit", "{}"), 200));
        }
        assertTrue(absent(submitted.get(0), "caseNumber"), "no number before acceptance");
        List<CompletableFuture<Api.Reply>> at = submitted.stream()
                .map(p -> Api.as("proposals").postAsync(path(p) + "/review", "{\"decision\":\"ACCEPT\"}"))
                .toList();
        List<String> numbers = at.stream()
                .map(CompletableFuture::join)
                .map(r -> ok(r, 200).getString("caseNumber"))
                .toList();
        int year = submitted.get(0).getInt("year");
        for (String n : numbers) {
            assertTrue(n.matches(year + "-P[0-9]{4}"), n);
        }
        assertEquals(numbers.size(), numbers.stream().distinct().count(), numbers::toString);
        List<Integer> ranks = numbers.stream()
                .map(n -> Integer.parseInt(n.substring(n.length() - 4)))
                .sorted()
                .toList();
        assertEquals(ranks.get(0) + 3, ranks.get(3), "consecutive: " + ranks);
        JsonObject refused = ok(Api.as("member1").post(PROPOSALS, proposal("INTERIM", null)), 201);
        refused = ok(Api.as("member1").post(path(refused) + "/submit", "{}"), 200);
        JsonObject notAccepted = ok(
                Api.as("proposals")
                        .post(path(refused) + "/review", "{\"decision\":\"NOT_ACCEPT\",\"reason\":\"不符合立案标准\"}"),
                200);
        assertTrue(absent(notAccepted, "caseNumber"), "not accepted: no number");
        assertNotEquals(numbers.get(0), numbers.get(1));
    }

    // ---- helpers

    /** A code no other run has used (the codes of an organisation are unique). */
    private static String code() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return (100 + r.nextInt(900)) + "-" + r.nextInt(1000);
    }

    private static String terms(
            String name, String code, LocalDate opens, LocalDate closes, LocalDate filingFrom, LocalDate deadline) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", name).add("code", code);
        day(b, "opensOn", opens);
        day(b, "closesOn", closes);
        day(b, "filingOpensOn", filingFrom);
        day(b, "deadline", deadline);
        return b.build().toString();
    }

    private static String withVersion(String name, String code, LocalDate day, int version) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("code", code)
                .add("opensOn", day.toString())
                .add("closesOn", day.toString())
                .add("version", version)
                .build()
                .toString();
    }

    private static String retire(JsonObject s, boolean retired) {
        return Json.createObjectBuilder()
                .add("name", s.getString("name"))
                .add("code", s.getString("code"))
                .add("opensOn", s.getString("opensOn"))
                .add("closesOn", s.getString("closesOn"))
                .add("filingOpensOn", s.getString("filingOpensOn"))
                .add("deadline", s.getString("deadline"))
                .add("retired", retired)
                .build()
                .toString();
    }

    private static void day(JsonObjectBuilder b, String key, LocalDate day) {
        if (day != null) {
            b.add(key, day.toString());
        }
    }

    private static String proposal(String session, Long sessionId) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("title", "关于完善社区养老服务设施的提案 " + Api.unique("n"))
                .add("reason", "社区养老服务设施不足")
                .add("analysis", "老城区日间照料中心少，服务项目单一")
                .add("suggestions", "新建和改造一批社区养老服务中心")
                .add("coSigners", Json.createArrayBuilder())
                .add("session", session);
        if (sessionId != null) {
            b.add("sessionId", sessionId);
        }
        return b.build().toString();
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static List<JsonObject> rows(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        String body = r.body().strip();
        return body.startsWith("[")
                ? r.array().getValuesAs(JsonObject.class)
                : r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<Long> ids(Api.Reply r) {
        return rows(r).stream().map(ProposalSessionApiIT::id).toList();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String path(JsonObject o) {
        return PROPOSALS + "/" + id(o);
    }

    /** The session {@code id} in a list answer. */
    private static JsonObject row(Api.Reply r, int status, long id) {
        assertEquals(status, r.status(), r::toString);
        return r.array().getValuesAs(JsonObject.class).stream()
                .filter(o -> id(o) == id)
                .findFirst()
                .orElseThrow();
    }
}
