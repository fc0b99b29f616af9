package org.tongxin.inforeport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/**
 * The reports' full-text search over REST: Chinese words found by their characters, within what the
 * caller may see, following every change at once; filters; bad input; similar reports while writing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportSearchApiIT {

    private static final String REPORTS = "/api/v1/reports";
    /** Rare characters, so that a word made of them is this run's own. */
    private static final String RARE = "鼋鼍鳏鳜鲥鲈鳗鲟鳇鲶";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Six rare characters drawn from the clock: a Chinese word no other report has. */
    private static String word() {
        String digits = Long.toString(System.nanoTime());
        StringBuilder w = new StringBuilder();
        for (char c : digits.substring(digits.length() - 6).toCharArray()) {
            w.append(RARE.charAt(c - '0'));
        }
        return w.toString();
    }

    private static String report(String title, String body) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("body", body)
                .add("proposals", Json.createArrayBuilder().add("建议统筹推进"))
                .add("topic", "EDUCATION")
                .add("coAuthors", Json.createArrayBuilder())
                .build()
                .toString();
    }

    private static List<Long> found(String who, String query) {
        Api.Reply r = Api.as(who).get(REPORTS + "?size=100&" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue())
                .toList();
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static void move(String who, long id, String move) {
        Api.Reply r = Api.as(who).post(REPORTS + "/" + id + "/" + move, "");
        assertEquals(200, r.status(), who + " " + move + ": " + r);
    }

    @Test
    void aChineseWordIsFoundWithinWhatTheCallerMaySeeAndFollowsEveryChange() {
        String word = word();
        Api.Reply created = Api.as("member1").post(REPORTS, report("关于" + word + "乡村学校撤并的建议", "部分乡村学校撤并后学生上学路远。"));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        long member = created.json()
                .getJsonArray("authors")
                .getJsonObject(0)
                .getJsonNumber("memberId")
                .longValue();
        String middle = word.substring(1, 5);

        assertEquals(List.of(id), found("member1", q(middle)), "part of a word, by its character pairs");
        assertEquals(List.of(id), found("member1", q(word + " 学校")), "two words, both found");
        assertEquals(List.of(), found("member1", q(word + " 高铁")), "a word not in it: nothing");
        assertEquals(List.of(), found("member3", q(word)), "another member's draft is not found");
        assertEquals(List.of(), found("editor", q(word)), "editors do not find drafts");

        Api.Reply revised =
                Api.as("member1").put(REPORTS + "/" + id, report("关于乡村学校撤并的建议", "撤并后" + middle + "学生上学路远。"));
        assertEquals(200, revised.status(), revised::toString);
        assertEquals(List.of(), found("member1", q(word)), "the old title is gone from the index at once");
        assertEquals(List.of(id), found("member1", q(middle)), "the new body is in it");

        move("member1", id, "submit");
        assertEquals(List.of(id), found("editor", q(middle)), "submitted: the city's editors find it");
        assertEquals(List.of(), found("editor-pc", q(middle)), "a district's editors do not");
        assertEquals(
                List.of(id),
                found(
                        "editor",
                        q(middle) + "&state=SUBMITTED&topic=EDUCATION&level=CITY&author=" + member + "&from="
                                + Fixtures.today().minusDays(1) + "&to="
                                + Fixtures.today().plusDays(1)));
        assertEquals(List.of(), found("editor", q(middle) + "&state=ADOPTED"));
        assertEquals(List.of(), found("editor", q(middle) + "&level=PROVINCE"));
        assertEquals(
                List.of(),
                found("editor", q(middle) + "&from=" + Fixtures.today().plusDays(2)));
        assertEquals(List.of(), found("editor", q(middle) + "&author=" + (member + 100_000)));

        move("editor", id, "start-editing");
        move("editor", id, "adopt");
        move("editor", id, "forward");
        assertEquals(
                List.of(id), found("editor-sx", q(middle) + "&level=PROVINCE"), "forwarded: the province finds it");
        assertEquals(List.of(id), found("editor", q(middle)), "the city still finds what it forwarded");
    }

    @Test
    void badSearchInputIsRefusedInTheCallersLanguage() {
        Api.Reply tooLong = Api.as("member1").get(REPORTS + "?" + q("长".repeat(201)));
        assertEquals(422, tooLong.status(), tooLong::toString);
        assertTrue(tooLong.body().contains("200"), tooLong::toString);
        assertEquals(422, Api.as("member1").get(REPORTS + "?level=TOWN").status());
        assertEquals(422, Api.as("member1").get(REPORTS + "?from=2026-13-01").status());
        assertEquals(
                200,
                Api.as("member1")
                        .get(REPORTS + "?" + q("\"<script>*?~ AND OR ("))
                        .status(),
                "query syntax means nothing");
    }

    @Test
    void whileWritingTheWriterSeesSimilarAdoptedReports() {
        String word = word();
        String title = "关于" + word + "县域医共体建设中基层医生流失的建议";
        Api.Reply created = Api.as("member1").post(REPORTS, report(title, "县域医共体建设推进后，基层医生流失加剧，乡镇卫生院人手紧张。"));
        long id = created.json().getJsonNumber("id").longValue();
        move("member1", id, "submit");

        String similar =
                REPORTS + "/similar?title=" + URLEncoder.encode("县域医共体" + word + "基层医生流失", StandardCharsets.UTF_8)
                        + "&body=" + URLEncoder.encode("乡镇卫生院医生流失严重", StandardCharsets.UTF_8);
        assertFalse(ids(Api.as("member2").get(similar)).contains(id), "another's submitted report is not shown");
        assertTrue(ids(Api.as("member1").get(similar)).contains(id), "the writer's own is");

        move("editor", id, "start-editing");
        move("editor", id, "adopt");
        Api.Reply other = Api.as("member2").get(similar);
        JsonObject hit = other.array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("adopted reports are suggested to everyone: " + other));
        assertEquals(title, hit.getString("title"));
        assertFalse(hit.getBoolean("visible"), "shown, but not to be opened by another member");
        assertFalse(
                ids(Api.as("member1").get(similar + "&excluding=" + id)).contains(id),
                "the report being edited is left out");

        JsonObject status = Api.as("editor").get(REPORTS + "/index").json();
        assertTrue(status.getJsonNumber("documents").longValue() >= 1, status::toString);
        assertEquals(403, Api.as("member1").get(REPORTS + "/index").status());
    }

    private static List<Long> ids(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.array().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue())
                .toList();
    }
}
