package org.tongxin.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.ok;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/**
 * The similar-proposal hint while writing (issue 18): the organisation's accepted proposals by title (titles only for
 * other members' proposals), the caller's own in any state, never another member's draft; the best match first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalSimilarApiIT {

    private static final String PROPOSALS = "/api/v1/proposals";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAcceptedProposalIsOfferedToOtherMembersByItsTitleOnly() {
        String topic = "光伏扶贫电站运维" + number();
        JsonObject p = accepted("member1", "关于加强" + topic + "管理的提案");
        Optional<JsonObject> seen = find("member2", topic, id(p));
        assertTrue(seen.isPresent(), "an accepted proposal of the organisation is offered");
        assertFalse(seen.get().getBoolean("visible"), "another member's: the title only");
        assertTrue(find("member1", topic, id(p)).orElseThrow().getBoolean("visible"), "the proposer may open it");
        assertTrue(find("proposals", topic, id(p)).orElseThrow().getBoolean("visible"));
        assertTrue(find("office-pc", topic, id(p)).isEmpty(), "another organisation's office: not offered");
        assertTrue(
                find("member1", topic, null, "&exclude=" + id(p)).isEmpty(),
                "the draft being edited is not offered to itself");
        assertEquals(
                403,
                Api.as("unit1").get(PROPOSALS + "/similar?text=" + q(topic)).status());
    }

    @Test
    void anotherMembersDraftIsNeverOfferedButTheCallersOwnIs() {
        String topic = "汾河湿地候鸟栖息地" + number();
        JsonObject draft = ok(Api.as("member3").post(PROPOSALS, body("关于保护" + topic + "的提案")), 201);
        assertTrue(find("member3", topic, id(draft)).isPresent(), "the caller's own draft");
        assertTrue(find("member2", topic, id(draft)).isEmpty(), "another member's draft");
        assertTrue(find("proposals", topic, id(draft)).isEmpty(), "a draft is its author's only");
    }

    @Test
    void theBestMatchComesFirstAndAFewCommonWordsOfferNothing() {
        String n = number();
        JsonObject close = accepted("member1", "关于发展高粱酿酒产业集群" + n + "的提案");
        JsonObject far = accepted("member2", "关于高粱种植补贴" + n + "的提案");
        List<JsonObject> items = items("member5", "发展高粱酿酒产业集群" + n);
        assertEquals(id(close), id(items.get(0)), items::toString);
        assertTrue(
                items.stream().skip(1).anyMatch(i -> id(i) == id(far)),
                "a partial match (高粱 and the number) after the best");
        assertEquals(List.of(), items("member1", "关于的提案"), "only the words every title has");
        assertEquals(List.of(), items("member1", " "));
    }

    /** Eight digits no other test of the run uses (seven pairs of characters). */
    private static String number() {
        return String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }

    private static Optional<JsonObject> find(String who, String text, Long id) {
        return find(who, text, id, "");
    }

    private static Optional<JsonObject> find(String who, String text, Long id, String extra) {
        return Api.as(who)
                .get(PROPOSALS + "/similar?text=" + q(text) + extra)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(i -> id == null || id(i) == id)
                .findFirst();
    }

    private static List<JsonObject> items(String who, String text) {
        return ok(Api.as(who).get(PROPOSALS + "/similar?text=" + q(text)), 200)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject accepted(String who, String title) {
        JsonObject d = ok(Api.as(who).post(PROPOSALS, body(title)), 201);
        ok(Api.as(who).post(PROPOSALS + "/" + id(d) + "/submit", "{}"), 200);
        return ok(Api.as("proposals").post(PROPOSALS + "/" + id(d) + "/review", "{\"decision\":\"ACCEPT\"}"), 200);
    }

    private static String body(String title) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("reason", "案由")
                .add("analysis", "分析")
                .add("suggestions", "建议")
                .add("coSigners", Json.createArrayBuilder())
                .build()
                .toString();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
