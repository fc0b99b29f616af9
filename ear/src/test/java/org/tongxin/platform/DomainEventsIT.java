package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;
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
 * Issue 19, the "later" events: a proposal assigned to its handling units and answered (the office approved the lead
 * unit's answer), and a consultation outcome agreed, sent, answered and completed reach a subscriber of
 * {@code tongxin.events} (the statistics portal's account {@code portal}, over the broker's TCP port as from another
 * machine) as CloudEvents with their type, subject, organisation and data, in the order of the changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DomainEventsIT {

    private static final String PROPOSALS = "/api/v1/proposals";
    private static final String OUTCOMES = "/api/v1/consultation/outcomes";
    private static final String BROKER = "tcp://127.0.0.1:" + Integer.getInteger("tongxin.it.events.port", 61619);
    private static final long WAIT = 20_000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aProposalAssignedAndAnsweredIsPublished() throws Exception {
        JsonObject p = ok(
                Api.as("member1")
                        .post(
                                PROPOSALS,
                                Json.createObjectBuilder()
                                        .add("title", "关于发展黄花产业的提案 " + Api.unique("ev"))
                                        .add("reason", "黄花产业链条短")
                                        .add("analysis", "精深加工不足，品牌影响力弱")
                                        .add("suggestions", "建设冷链仓储和初加工设施")
                                        .add("coSigners", Json.createArrayBuilder())
                                        .build()
                                        .toString()),
                201);
        String path = PROPOSALS + "/" + id(p);
        ok(Api.as("member1").post(path + "/submit", "{}"), 200);
        ok(Api.as("proposals").post(path + "/review", "{\"decision\":\"ACCEPT\"}"), 200);
        long unit1 = unitId("unit1");
        try (JMSContext jms = new ActiveMQJMSConnectionFactory(BROKER).createContext("portal", Api.DEMO_PASSWORD);
                JMSConsumer events =
                        jms.createConsumer(jms.createTopic("tongxin.events"), "subject = 'proposal/" + id(p) + "'")) {
            ok(Api.as("proposals").post(path + "/assignment", "{\"leadUnitId\":" + unit1 + ",\"coUnitIds\":[]}"), 200);
            ok(Api.as("unit1").post(path + "/answer", "{\"category\":\"ADOPTED\",\"text\":\"已制定实施方案并落实资金。\"}"), 200);
            ok(Api.as("proposals").post(path + "/answer-review", "{\"decision\":\"APPROVE\"}"), 200);

            TextMessage assigned = (TextMessage) events.receive(WAIT);
            assertNotNull(assigned, "the assignment is published");
            JsonObject a = json(assigned.getText());
            assertEquals("cn.tongxin.proposal.assigned", a.getString("type"));
            assertEquals("proposal/" + id(p), a.getString("subject"));
            assertEquals(
                    Long.toString(p.getJsonNumber("organisationId").longValue()),
                    assigned.getStringProperty("organisation"));
            JsonObject data = a.getJsonObject("data");
            assertEquals(id(p), data.getJsonNumber("proposalId").longValue());
            assertEquals("ASSIGNED", data.getString("state"));
            assertEquals(unit1, data.getJsonNumber("leadUnitId").longValue());
            assertTrue(data.getJsonArray("coUnitIds").isEmpty());
            assertEquals(Fixtures.today().toString(), data.getString("assignedOn"));
            assertFalse(data.getString("due").isBlank());
            assertEquals("proposals", data.getString("by"));
            assertFalse(data.containsKey("answerCategory"), "not answered yet");

            TextMessage answered = (TextMessage) events.receive(WAIT);
            assertNotNull(answered, "the approved answer is published (the unit's answer alone is not)");
            JsonObject b = json(answered.getText());
            assertEquals("cn.tongxin.proposal.answered", b.getString("type"));
            assertEquals("DELIVERED", b.getJsonObject("data").getString("state"));
            assertEquals("ADOPTED", b.getJsonObject("data").getString("answerCategory"));
            assertEquals(Fixtures.today().toString(), b.getJsonObject("data").getString("answeredOn"));
            assertTrue(Long.parseLong(b.getString("sequence")) > Long.parseLong(a.getString("sequence")), "in order");
            assertNull(events.receive(1_000), "nothing else: the unit's answer before the review is not an event");
        }
    }

    @Test
    void aConsultationOutcomeAgreedSentAnsweredAndCompletedIsPublished() throws Exception {
        JsonObject department =
                ok(Api.as("office").post("/api/v1/departments", "{\"name\":\"" + Api.unique("事件测试局") + "\"}"), 201);
        long organisation = Api.as("office")
                .get("/api/v1/me")
                .json()
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
        try (JMSContext jms = new ActiveMQJMSConnectionFactory(BROKER).createContext("portal", Api.DEMO_PASSWORD);
                JMSConsumer events = jms.createConsumer(
                        jms.createTopic("tongxin.events"),
                        "organisation = '" + organisation + "' AND type LIKE 'cn.tongxin.consultation.outcome.%'")) {
            JsonObject o = ok(
                    Api.as("office")
                            .post(
                                    OUTCOMES,
                                    Json.createObjectBuilder()
                                            .add("itemId", demoItem(organisation))
                                            .add("suggestion", "建议编制三年行动方案")
                                            .add("departmentId", id(department))
                                            .add(
                                                    "due",
                                                    Fixtures.today()
                                                            .plusDays(30)
                                                            .toString())
                                            .build()
                                            .toString()),
                    201);
            o = step(o, Json.createObjectBuilder().add("step", "SEND"));
            o = step(
                    o,
                    Json.createObjectBuilder()
                            .add("step", "ANSWER")
                            .add("answer", "我局已将该建议列入年度重点工作。")
                            .add("answeredBy", "办公室主任 刘建华"));
            o = step(o, Json.createObjectBuilder().add("step", "PUBLISH"));
            o = step(o, Json.createObjectBuilder().add("step", "COMPLETE"));
            assertEquals("DONE", o.getString("state"));

            List<JsonObject> mine = new ArrayList<>();
            Instant deadline = Instant.now().plusMillis(WAIT);
            while (mine.size() < 4 && Instant.now().isBefore(deadline)) {
                TextMessage m =
                        (TextMessage) events.receive(Math.max(1, deadline.toEpochMilli() - System.currentTimeMillis()));
                if (m != null && m.getStringProperty("subject").equals("consultation-outcome/" + id(o))) {
                    mine.add(json(m.getText()));
                }
            }
            assertEquals(
                    List.of(
                            "cn.tongxin.consultation.outcome.agreed",
                            "cn.tongxin.consultation.outcome.sent",
                            "cn.tongxin.consultation.outcome.answered",
                            "cn.tongxin.consultation.outcome.completed"),
                    mine.stream().map(e -> e.getString("type")).toList(),
                    "each step that moves the outcome, in order (publication is not an event)");
            assertEquals(
                    List.of("AGREED", "SENT", "ANSWERED", "DONE"),
                    mine.stream()
                            .map(e -> e.getJsonObject("data").getString("state"))
                            .toList());
            JsonObject done = mine.get(3).getJsonObject("data");
            assertEquals(id(o), done.getJsonNumber("outcomeId").longValue());
            assertEquals(id(department), done.getJsonNumber("departmentId").longValue());
            assertEquals("建议编制三年行动方案", done.getString("suggestion"));
            assertEquals("PLENARY", done.getString("form"));
            assertEquals(Fixtures.today().toString(), done.getString("answeredOn"));
            assertEquals(Fixtures.today().toString(), done.getString("doneOn"));
            assertEquals("office", done.getString("by"));
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static JsonObject step(JsonObject o, jakarta.json.JsonObjectBuilder body) {
        return ok(
                Api.as("office")
                        .post(
                                OUTCOMES + "/" + id(o) + "/transitions",
                                body.add("version", o.getInt("version")).build().toString()),
                200);
    }

    /** The plenary consultation's item of the city's demo plan of this year. */
    private static long demoItem(long organisation) {
        int year = Fixtures.today().getYear();
        return Api.as("office")
                .get("/api/v1/consultation/plans?year=" + year)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getJsonNumber("organisationId").longValue() == organisation)
                .flatMap(p -> p.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .filter(i -> i.getString("form").equals("PLENARY"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** The department unit1 acts for: the lead unit of one of its demo assignments. */
    private static long unitId(String unit) {
        return ok(Api.as(unit).get(PROPOSALS + "?state=ASSIGNED&size=200"), 200)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(p -> ok(Api.as(unit).get(PROPOSALS + "/" + p.getJsonNumber("id")), 200))
                .filter(p -> p.getJsonArray("steps").getValuesAs(jakarta.json.JsonString.class).stream()
                        .anyMatch(s -> s.getString().equals("ANSWER")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo assignment led by " + unit))
                .getJsonObject("leadUnit")
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject ok(Api.Reply r, int status) {
        assertEquals(status, r.status(), r::toString);
        return r.json();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
