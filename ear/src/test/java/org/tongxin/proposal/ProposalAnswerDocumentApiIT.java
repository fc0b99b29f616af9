package org.tongxin.proposal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tongxin.support.ApiAsserts.assertProblem;
import static org.tongxin.support.ApiAsserts.ok;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/**
 * The signed answer document (issue 18): the lead unit uploads a PDF with its answer through the platform's upload
 * checks; the office and the units read it at once, the proposer once the answer is delivered, nobody else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalAnswerDocumentApiIT {

    private static final String PROPOSALS = "/api/v1/proposals";
    private static final byte[] PDF = "%PDF-1.4\n% 答复件\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theLeadUnitUploadsItsSignedAnswerAndWhoMaySeeTheAnswerDownloadsIt() {
        long unit1 = unitId("unit1");
        long unit2 = unitId("unit2");
        JsonObject p = accepted();
        String path = PROPOSALS + "/" + id(p);
        String doc = path + "/answer-document?name=" + URLEncoder.encode("签字答复件.pdf", StandardCharsets.UTF_8);
        assertEquals(404, put("unit1", doc, PDF).status(), "not assigned yet: not visible");
        ok(
                Api.as("proposals")
                        .post(
                                path + "/assignment",
                                Json.createObjectBuilder()
                                        .add("leadUnitId", unit1)
                                        .add(
                                                "coUnitIds",
                                                Json.createArrayBuilder().add(unit2))
                                        .build()
                                        .toString()),
                200);
        assertEquals(404, Api.as("member1").download(path + "/answer-document").statusCode(), "none yet");
        assertProblem(403, "proposal-step-role", put("unit2", doc, PDF));
        assertProblem(422, "file-type", put("unit1", doc, "not a pdf".getBytes(StandardCharsets.UTF_8)));
        assertProblem(422, "file-type", put("unit1", path + "/answer-document?name=a.pdf", new byte[] {
            (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10
        }));
        JsonObject s = ok(put("unit1", doc, PDF), 200);
        assertEquals("签字答复件.pdf", s.getString("fileName"));
        assertEquals("application/pdf", s.getString("contentType"));
        assertEquals(PDF.length, s.getInt("size"));

        assertArrayEquals(PDF, bytes("proposals", path + "/answer-document"));
        assertArrayEquals(PDF, bytes("unit2", path + "/answer-document"), "the co-handling unit reads it");
        assertEquals(404, Api.as("member1").download(path + "/answer-document").statusCode(), "not delivered yet");

        ok(Api.as("unit1").post(path + "/answer", "{\"category\":\"ADOPTED\",\"text\":\"已采纳。\"}"), 200);
        ok(Api.as("proposals").post(path + "/answer-review", "{\"decision\":\"APPROVE\"}"), 200);
        HttpResponse<byte[]> mine = Api.as("member1").download(path + "/answer-document");
        assertEquals(200, mine.statusCode());
        assertArrayEquals(PDF, mine.body());
        assertEquals(
                "application/pdf", mine.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, Api.as("member3").download(path + "/answer-document").statusCode());
        assertEquals(
                404, Api.as("office-pc").download(path + "/answer-document").statusCode());
        assertProblem(409, "proposal-state", put("unit1", doc, PDF));
    }

    private static Api.Reply put(String who, String path, byte[] content) {
        return Api.as(who).postBytes(path, content, "application/pdf");
    }

    private static byte[] bytes(String who, String path) {
        HttpResponse<byte[]> r = Api.as(who).download(path);
        assertEquals(200, r.statusCode(), who);
        return r.body();
    }

    private static JsonObject accepted() {
        JsonObject d = ok(
                Api.as("member1")
                        .post(
                                PROPOSALS,
                                Json.createObjectBuilder()
                                        .add("title", "关于规范农村集体经济组织财务管理的提案 " + Api.unique("d"))
                                        .add("reason", "村级财务管理不规范")
                                        .add("analysis", "分析")
                                        .add("suggestions", "建议")
                                        .add("coSigners", Json.createArrayBuilder())
                                        .build()
                                        .toString()),
                201);
        ok(Api.as("member1").post(PROPOSALS + "/" + id(d) + "/submit", "{}"), 200);
        return ok(Api.as("proposals").post(PROPOSALS + "/" + id(d) + "/review", "{\"decision\":\"ACCEPT\"}"), 200);
    }

    /** The department a unit's login acts for: what the lead unit of its demo assignments names. */
    private static long unitId(String unit) {
        return ok(Api.as(unit).get(PROPOSALS + "?state=ASSIGNED&size=200"), 200)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(p -> ok(Api.as(unit).get(PROPOSALS + "/" + id(p)), 200))
                .filter(p -> p.getJsonArray("steps").toString().contains("ANSWER"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo assignment led by " + unit))
                .getJsonObject("leadUnit")
                .getJsonNumber("id")
                .longValue();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
