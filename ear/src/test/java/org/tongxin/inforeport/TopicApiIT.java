package org.tongxin.inforeport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/** Report topics per organisation through the REST API: the demo city's information editor keeps its list. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TopicApiIT {

    private static final String TOPICS = "/api/v1/reports/topics";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String topic(String nameZh, String nameEn) {
        return Json.createObjectBuilder()
                .add("nameZh", nameZh)
                .add("nameEn", nameEn)
                .build()
                .toString();
    }

    private static JsonObject created(String nameZh, String nameEn) {
        Api.Reply r = Api.as("editor").post(TOPICS, topic(nameZh, nameEn));
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private static List<JsonObject> list(String who, String query) {
        Api.Reply r = Api.as(who).get(TOPICS + query);
        assertEquals(200, r.status(), r::toString);
        return r.array().getValuesAs(JsonObject.class);
    }

    private static boolean lists(String who, String query, String code) {
        return list(who, query).stream().anyMatch(t -> t.getString("code").equals(code));
    }

    private static Api.Reply write(String topic) {
        return Api.as("member1")
                .post(
                        "/api/v1/reports",
                        Json.createObjectBuilder()
                                .add("title", "关于" + Api.unique("主题") + "的建议")
                                .add("body", "正文")
                                .add("proposals", Json.createArrayBuilder().add("建议一"))
                                .add("topic", topic)
                                .add("coAuthors", Json.createArrayBuilder())
                                .build()
                                .toString());
    }

    @Test
    void anOwnTopicIsOfferedToTheOrganisationOnlyAndTakesReportsUntilRetired() {
        String name = Api.unique("城市更新");
        JsonObject t = created(name, name + " renewal");
        long id = t.getJsonNumber("id").longValue();
        String code = t.getString("code");
        long datong = Fixtures.organisationId("SX-DT");
        assertTrue(code.startsWith("T" + datong + "-"), t::toString);
        assertFalse(t.getBoolean("global"));
        assertTrue(lists("member1", "", code), "the organisation's members file under it");
        assertFalse(lists("editor-pc", "", code), "another organisation does not see it");

        Api.Reply report = write(code);
        assertEquals(201, report.status(), report::toString);
        assertEquals(code, report.json().getString("topic"));

        Api.Reply renamed = Api.as("editor").put(TOPICS + "/" + id, topic(name + "改", name + " renewal"));
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals(code, renamed.json().getString("code"), "the code never changes");

        Api.Reply retired = Api.as("editor").post(TOPICS + "/" + id + "/retire", "");
        assertEquals(200, retired.status(), retired::toString);
        assertTrue(retired.json().getBoolean("retired"));
        assertProblem(409, Api.as("editor").post(TOPICS + "/" + id + "/retire", ""));
        assertFalse(lists("member1", "", code));
        assertTrue(
                list("editor", "?all=true").stream()
                        .anyMatch(x -> x.getString("code").equals(code) && x.getBoolean("retired")),
                "the editor still sees it, retired");
        assertProblem(422, write(code));
        assertEquals(
                code,
                Api.as("member1")
                        .get("/api/v1/reports/"
                                + report.json().getJsonNumber("id").longValue())
                        .json()
                        .getString("topic"),
                "a report filed under it keeps it");

        Api.Reply back = Api.as("editor").post(TOPICS + "/" + id + "/reinstate", "");
        assertEquals(200, back.status(), back::toString);
        assertFalse(back.json().getBoolean("retired"));
        assertProblem(409, Api.as("editor").post(TOPICS + "/" + id + "/reinstate", ""));
        assertTrue(lists("member1", "", code));
    }

    @Test
    void aGlobalTopicIsHiddenForOneOrganisationOnlyAndShownAgain() {
        JsonObject culture = list("editor", "?all=true").stream()
                .filter(t -> t.getString("code").equals("CULTURE"))
                .findFirst()
                .orElseThrow();
        long id = culture.getJsonNumber("id").longValue();
        assertTrue(culture.getBoolean("global"));
        Api.Reply hidden = Api.as("editor").post(TOPICS + "/" + id + "/retire", "");
        try {
            assertEquals(200, hidden.status(), hidden::toString);
            assertFalse(lists("member1", "", "CULTURE"), "hidden for the city");
            assertTrue(lists("editor-pc", "", "CULTURE"), "still offered to the district");
            assertProblem(422, write("CULTURE"));
        } finally {
            Api.Reply shown = Api.as("editor").post(TOPICS + "/" + id + "/reinstate", "");
            assertEquals(200, shown.status(), shown::toString);
        }
        assertTrue(lists("member1", "", "CULTURE"));
        assertProblem(409, Api.as("editor").put(TOPICS + "/" + id, topic("文旅", "Tourism")));
        long other = list("editor", "").stream()
                .filter(t -> t.getString("code").equals("OTHER"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        assertProblem(409, Api.as("editor").post(TOPICS + "/" + other + "/retire", ""));
    }

    @Test
    void aNameAlreadyUsedIsAConflictAndOnlyInformationEditorsChangeTopics() {
        assertProblem(409, Api.as("editor").post(TOPICS, topic("经济发展", Api.unique("economy"))));
        String name = Api.unique("营商环境");
        JsonObject t = created(name, name + " en");
        assertProblem(409, Api.as("editor").post(TOPICS, topic(name, Api.unique("x"))));
        Api.Reply blank = Api.as("editor").speaking("en").post(TOPICS, topic(" ", Api.unique("y")));
        assertProblem(422, blank);
        assertTrue(blank.json().getJsonObject("fields").containsKey("nameZh"), blank::toString);

        String json = topic(Api.unique("委员"), Api.unique("member"));
        assertProblem(403, Api.as("member1").post(TOPICS, json));
        assertProblem(403, Api.as("office").post(TOPICS, json));
        assertProblem(403, Api.as("leader").post(TOPICS, json));
        assertProblem(403, Api.as("member1").get(TOPICS + "?all=true"));
        long id = t.getJsonNumber("id").longValue();
        assertProblem(403, Api.as("member1").post(TOPICS + "/" + id + "/retire", ""));
        assertProblem(404, Api.as("editor-pc").post(TOPICS + "/" + id + "/retire", ""));
        assertProblem(404, Api.as("editor-pc").put(TOPICS + "/" + id, topic("别人的", "theirs")));
    }

    @Test
    void anInboundReportUnderATopicUnknownHereIsFiledUnderOther() {
        String ownOfTheCity = created(Api.unique("城市专题"), Api.unique("city")).getString("code");
        for (String unknown : List.of("SMART_CITY", ownOfTheCity)) {
            String key = UUID.randomUUID().toString();
            Api.Reply r = Api.as("peer")
                    .with("Idempotency-Key", key)
                    .post(
                            "/api/v1/inbound/reports",
                            Json.createObjectBuilder()
                                    .add("targetOrganisationCode", "SX")
                                    .add(
                                            "origin",
                                            Json.createObjectBuilder()
                                                    .add("deployment", "https://pc.example.gov.cn")
                                                    .add("reportId", 91)
                                                    .add("organisationCode", "XX-COUNTY")
                                                    .add("organisationName", "某县政协"))
                                    .add("title", Api.unique("未知主题"))
                                    .add("body", "正文")
                                    .add("proposals", Json.createArrayBuilder().add("建议一"))
                                    .add("topic", unknown)
                                    .add("authors", Json.createArrayBuilder().add("李四"))
                                    .build()
                                    .toString());
            assertEquals(201, r.status(), r::toString);
            long id = r.json().getJsonNumber("id").longValue();
            assertEquals(
                    "OTHER",
                    Api.as("editor-sx").get("/api/v1/reports/" + id).json().getString("topic"),
                    unknown + " is not known to the province");
        }
    }
}
