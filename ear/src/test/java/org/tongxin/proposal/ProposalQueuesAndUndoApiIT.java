package org.tongxin.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;
import static org.tongxin.support.ApiAsserts.ok;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
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
 * Issue 18, third slice, through the REST API: key proposals marked in the list and filtered by {@code ?key=}, a
 * leader's queue of the key proposals they supervise ({@code ?supervisedByMe=true}); the proposer deletes a draft (its
 * invitations go with it) or withdraws a submitted proposal before the review (a draft again); the office takes a
 * merged proposal out of its main one while that is still submitted, and not after it was accepted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalQueuesAndUndoApiIT {

    private static final String PROPOSALS = "/api/v1/proposals";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    // ---- key proposals in lists, the leader's supervised queue

    @Test
    void keyProposalsAreMarkedInTheListAndFilteredByKey() {
        JsonObject key = accepted("member1");
        JsonObject plain = accepted("member1");
        ok(Api.as("proposals").post(path(key) + "/key", key(leaderAccount())), 200);

        List<JsonObject> accepted = rows(Api.as("proposals").get(PROPOSALS + "?state=ACCEPTED&size=200"));
        assertTrue(row(accepted, key).getBoolean("key"));
        assertFalse(row(accepted, plain).getBoolean("key"));
        assertTrue(row(accepted, plain).containsKey("overdue"), "the existing fields stay");

        List<JsonObject> keys = rows(Api.as("proposals").get(PROPOSALS + "?key=true&size=200"));
        assertTrue(ids(keys).contains(id(key)));
        assertFalse(ids(keys).contains(id(plain)));
        assertTrue(keys.stream().allMatch(r -> r.getBoolean("key")), "key proposals only");
        Set<Long> others = ids(rows(Api.as("proposals").get(PROPOSALS + "?key=false&state=ACCEPTED&size=200")));
        assertTrue(others.contains(id(plain)));
        assertFalse(others.contains(id(key)));

        // a leader's list and a member's own list filter the same way
        assertTrue(ids(rows(Api.as("leader").get(PROPOSALS + "?key=true&size=200")))
                .contains(id(key)));
        Set<Long> own = ids(rows(Api.as("member1").get(PROPOSALS + "?key=true&size=200")));
        assertTrue(own.contains(id(key)));
        assertFalse(own.contains(id(plain)));
    }

    @Test
    void aLeaderSeesTheKeyProposalsTheySuperviseWithStateAndDueDate() {
        JsonObject key = accepted("member1");
        JsonObject plain = accepted("member1");
        ok(Api.as("proposals").post(path(key) + "/key", key(leaderAccount())), 200);

        List<JsonObject> mine = rows(Api.as("leader").get(PROPOSALS + "?supervisedByMe=true&size=200"));
        assertTrue(ids(mine).contains(id(key)));
        assertFalse(ids(mine).contains(id(plain)));
        assertTrue(mine.stream().allMatch(r -> r.getBoolean("key")));
        JsonObject row = row(mine, key);
        assertEquals("ACCEPTED", row.getString("state"));
        assertFalse(row.getBoolean("overdue"));
        // the state filter applies within the queue
        Set<Long> assigned =
                ids(rows(Api.as("leader").get(PROPOSALS + "?supervisedByMe=true&state=ASSIGNED&size=200")));
        assertFalse(assigned.contains(id(key)));

        // assigned now: the queue shows the due date
        ok(Api.as("proposals").post(path(key) + "/assignment", assignment()), 200);
        JsonObject due =
                row(rows(Api.as("leader").get(PROPOSALS + "?supervisedByMe=true&state=ASSIGNED&size=200")), key);
        assertFalse(absent(due, "due"));
        assertEquals("大同市发展和改革委员会", due.getString("leadUnitName"));

        // the queue is a leader's
        assertEquals(
                403, Api.as("proposals").get(PROPOSALS + "?supervisedByMe=true").status());
        assertEquals(
                403, Api.as("member1").get(PROPOSALS + "?supervisedByMe=true").status());
        assertEquals(
                403, Api.as("unit1").get(PROPOSALS + "?supervisedByMe=true").status());
    }

    // ---- withdrawing

    @Test
    void theProposerDeletesTheirDraftWithItsInvitationsAndNobodyElseMay() {
        long m2 = proposerOf(draft("member2", List.of()));
        JsonObject p = draft("member1", List.of(m2));
        assertTrue(steps(p).contains("DISCARD"));
        assertFalse(steps(ok(Api.as("member2").get(path(p)), 200)).contains("DISCARD"));
        assertTrue(ids(rows(Api.as("member2").get(PROPOSALS + "?state=DRAFT&size=200")))
                .contains(id(p)));

        assertProblem(403, "proposal-step-role", Api.as("member2").delete(path(p)));
        assertEquals(404, Api.as("member3").delete(path(p)).status());
        assertEquals(403, Api.as("proposals").delete(path(p)).status());
        assertEquals(204, Api.as("member1").delete(path(p)).status());

        assertEquals(404, Api.as("member1").get(path(p)).status());
        assertEquals(404, Api.as("member2").get(path(p)).status());
        assertFalse(
                ids(rows(Api.as("member2").get(PROPOSALS + "?state=DRAFT&size=200")))
                        .contains(id(p)),
                "the invitation went with it");
        assertEquals(404, Api.as("member1").delete(path(p)).status());

        JsonObject submitted = submitted("member1", List.of());
        assertProblem(409, "proposal-state", Api.as("member1").delete(path(submitted)));
    }

    @Test
    void theProposerWithdrawsASubmittedProposalBeforeTheReviewRevisesAndSubmitsItAgain() {
        long m2 = proposerOf(draft("member2", List.of()));
        JsonObject p = submitted("member1", List.of(m2));
        assertTrue(steps(ok(Api.as("member1").get(path(p)), 200)).contains("WITHDRAW"));
        assertProblem(403, "proposal-step-role", Api.as("member2").post(path(p) + "/withdraw", "{}"));
        assertEquals(403, Api.as("proposals").post(path(p) + "/withdraw", "{}").status());

        JsonObject back = ok(Api.as("member1").post(path(p) + "/withdraw", "{}"), 200);
        assertEquals("DRAFT", back.getString("state"));
        assertTrue(absent(back, "submittedAt"));
        assertTrue(steps(back).containsAll(Set.of("EDIT", "SUBMIT", "DISCARD")), back::toString);
        assertFalse(ids(rows(Api.as("proposals").get(PROPOSALS + "?state=SUBMITTED&size=200")))
                .contains(id(p)));

        JsonObject edited = ok(
                Api.as("member1")
                        .put(
                                path(p),
                                body("关于完善农村养老服务的提案（修改稿）", List.of(m2))
                                        .add("version", back.getInt("version"))
                                        .build()
                                        .toString()),
                200);
        assertTrue(edited.getJsonArray("coSigners").getJsonObject(0).getBoolean("confirmed"), "as on any edit");
        ok(Api.as("member1").post(path(p) + "/submit", "{}"), 200);
        ok(Api.as("proposals").post(path(p) + "/review", decision("ACCEPT")), 200);
        assertProblem(409, "proposal-state", Api.as("member1").post(path(p) + "/withdraw", "{}"));
    }

    // ---- undoing a merge

    @Test
    void theOfficeUndoesAMergeWhileTheMainProposalIsSubmittedAndThoseProposersLeaveIt() {
        long m2 = proposerOf(draft("member2", List.of()));
        long m4 = proposerOf(draft("member4", List.of()));
        JsonObject main = submitted("member1", List.of(m2));
        JsonObject other = submitted("member3", List.of(m4));
        long m3 = proposerOf(other);
        JsonObject alone = submitted("member5", List.of());
        long m5 = proposerOf(alone);
        ok(Api.as("proposals").post(path(main) + "/merge", merge(other, alone)), 200);
        assertEquals(Set.of(m3, m4, m5), merged(ok(Api.as("proposals").get(path(main)), 200)));
        assertTrue(steps(ok(Api.as("proposals").get(path(other)), 200)).contains("UNMERGE"));

        assertEquals(403, Api.as("member3").post(path(other) + "/unmerge", "{}").status(), "the office's");
        assertProblem(409, "proposal-state", Api.as("proposals").post(path(main) + "/unmerge", "{}"));
        JsonObject back = ok(Api.as("proposals").post(path(other) + "/unmerge", "{}"), 200);
        assertEquals("SUBMITTED", back.getString("state"));
        assertTrue(absent(back.getJsonObject("extras"), "mergedIntoId"));

        JsonObject after = ok(Api.as("proposals").get(path(main)), 200);
        assertEquals("SUBMITTED", after.getString("state"));
        assertEquals(Set.of(m5), merged(after), "member3 and their co-signer left the main proposal");
        assertEquals(404, Api.as("member3").get(path(main)).status(), "no longer one of its proposers");
        assertFalse(ids(rows(Api.as("member4").get(PROPOSALS + "?size=200"))).contains(id(main)));
        assertTrue(ids(rows(Api.as("proposals").get(PROPOSALS + "?state=SUBMITTED&size=200")))
                .contains(id(other)));

        // the main one accepted: its proposers are credited, the merge of "alone" stands
        ok(Api.as("proposals").post(path(main) + "/review", decision("ACCEPT")), 200);
        String source = "proposal:accepted:" + id(main);
        assertEquals(1, ledger(m5, source).size());
        assertEquals(List.of(), ledger(m3, source));
        assertEquals(List.of(), ledger(m4, source));
        assertProblem(409, "unmerge-reviewed", Api.as("proposals").post(path(alone) + "/unmerge", "{}"));
        assertEquals("MERGED", ok(Api.as("proposals").get(path(alone)), 200).getString("state"));

        // the proposal taken out is reviewed on its own
        ok(Api.as("proposals").post(path(other) + "/review", decision("ACCEPT")), 200);
        assertEquals(1, ledger(m3, "proposal:accepted:" + id(other)).size());
    }

    @Test
    void aProposalOthersWereMergedIntoIsWithdrawnOnlyOnceTheOfficeUndidTheMerge() {
        JsonObject main = submitted("member1", List.of());
        JsonObject other = submitted("member3", List.of());
        ok(Api.as("proposals").post(path(main) + "/merge", merge(other)), 200);
        assertProblem(409, "withdraw-merged", Api.as("member1").post(path(main) + "/withdraw", "{}"));
        ok(Api.as("proposals").post(path(other) + "/unmerge", "{}"), 200);
        assertEquals(
                "DRAFT",
                ok(Api.as("member1").post(path(main) + "/withdraw", "{}"), 200).getString("state"));
    }

    // ---- helpers

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static long leaderAccount() {
        return ok(Api.as("leader").get("/api/v1/me"), 200).getJsonNumber("id").longValue();
    }

    private static String key(long leader) {
        return Json.createObjectBuilder()
                .add("decidedOn", Fixtures.today().toString())
                .add("decision", "第十五届主席会议第五次会议")
                .add("supervisorAccountId", leader)
                .build()
                .toString();
    }

    private static JsonObject accepted(String who) {
        JsonObject p = submitted(who, List.of());
        return ok(Api.as("proposals").post(path(p) + "/review", decision("ACCEPT")), 200);
    }

    private static JsonObject submitted(String who, List<Long> coSigners) {
        JsonObject p = draft(who, coSigners);
        for (Long c : coSigners) {
            ok(Api.as(LOGINS.get(c)).post(path(p) + "/confirm", "{}"), 200);
        }
        return ok(Api.as(who).post(path(p) + "/submit", "{}"), 200);
    }

    private static final java.util.Map<Long, String> LOGINS = new java.util.concurrent.ConcurrentHashMap<>();

    private static JsonObject draft(String who, List<Long> coSigners) {
        JsonObject p = ok(
                Api.as(who)
                        .post(
                                PROPOSALS,
                                body("关于完善农村养老服务的提案 " + Api.unique("k"), coSigners)
                                        .build()
                                        .toString()),
                201);
        LOGINS.put(proposerOf(p), who);
        return p;
    }

    private static jakarta.json.JsonObjectBuilder body(String title, List<Long> coSigners) {
        JsonArrayBuilder co = Json.createArrayBuilder();
        coSigners.forEach(co::add);
        return Json.createObjectBuilder()
                .add("title", title)
                .add("reason", "农村老人多，养老服务供给不足")
                .add("analysis", "互助幸福院运营资金不稳定")
                .add("suggestions", "建立稳定的运营补贴机制")
                .add("coSigners", co);
    }

    private static String assignment() {
        return Json.createObjectBuilder()
                .add("leadUnitId", unitId("unit1"))
                .build()
                .toString();
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

    private static Set<Long> merged(JsonObject p) {
        return p.getJsonObject("extras").getJsonArray("mergedProposers").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("memberId").longValue())
                .collect(Collectors.toSet());
    }

    private static List<JsonObject> ledger(long memberId, String source) {
        JsonObject duty = ok(Api.as("office").get("/api/v1/members/" + memberId + "/duty"), 200);
        return duty.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> source.equals(e.getString("source")))
                .filter(e -> !e.getBoolean("voided"))
                .toList();
    }

    private static String merge(JsonObject... others) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (JsonObject o : others) {
            ids.add(id(o));
        }
        return Json.createObjectBuilder().add("proposalIds", ids).build().toString();
    }

    private static String decision(String d) {
        return Json.createObjectBuilder().add("decision", d).build().toString();
    }

    private static Set<String> steps(JsonObject p) {
        return p.getJsonArray("steps").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .collect(Collectors.toSet());
    }

    private static long proposerOf(JsonObject p) {
        return p.getJsonNumber("proposerId").longValue();
    }

    private static JsonObject row(List<JsonObject> rows, JsonObject p) {
        return rows.stream()
                .filter(r -> id(r) == id(p))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not in the list: " + id(p)));
    }

    private static List<JsonObject> rows(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static Set<Long> ids(List<JsonObject> rows) {
        return rows.stream().map(ProposalQueuesAndUndoApiIT::id).collect(Collectors.toSet());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String path(JsonObject o) {
        return PROPOSALS + "/" + id(o);
    }
}
