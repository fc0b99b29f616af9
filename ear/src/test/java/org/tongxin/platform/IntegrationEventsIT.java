package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.platform.infrastructure.EventBroker;
import org.tongxin.platform.infrastructure.OutboxRelay;
import org.tongxin.platform.kernel.IntegrationEvent;
import org.tongxin.support.Deployments;

/**
 * The integration events inside the server: a subscriber of the topic {@code tongxin.events} receives the
 * CloudEvents of real changes made through the API, filtered by a message selector; an event of a transaction
 * that rolls back is never published; with the relay paused the event waits in the outbox and goes out when it
 * resumes.
 */
@ExtendWith(ArquillianExtension.class)
class IntegrationEventsIT {

    private static final String PASSWORD = "Tongxin-Demo-2026";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(IntegrationEventsIT.class);
    }

    @Inject
    Event<IntegrationEvent> events;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/TongxinDS")
    DataSource data;

    @EJB
    OutboxRelay relay;

    @Test
    void aReportSubmittedAndAdoptedReachesASubscriberAsCloudEventsInOrder() throws Exception {
        JsonObject draft = call("member1", "/api/v1/reports", """
                {"title":"%s","body":"居民反映停车难。","proposals":["建议增设停车位"],"topic":"LIVELIHOOD","coAuthors":[]}""".formatted("集成事件测试 " + UUID.randomUUID()));
        long id = draft.getJsonNumber("id").longValue();
        long organisation = draft.getJsonNumber("organisationId").longValue();
        try (JMSContext jms = new ActiveMQJMSConnectionFactory(EventBroker.IN_VM).createContext("portal", PASSWORD);
                JMSConsumer mine = jms.createConsumer(
                        jms.createTopic(EventBroker.TOPIC),
                        "organisation = '" + organisation + "' AND subject = 'report/" + id + "'");
                JMSConsumer others = jms.createConsumer(
                        jms.createTopic(EventBroker.TOPIC), "organisation = '-1' AND subject = 'report/" + id + "'")) {
            call("member1", "/api/v1/reports/" + id + "/submit", "");
            call("editor", "/api/v1/reports/" + id + "/start-editing", "");
            call("editor", "/api/v1/reports/" + id + "/adopt", "");

            TextMessage submitted = (TextMessage) mine.receive(20_000);
            assertNotNull(submitted, "the submission is published after its commit");
            JsonObject event = json(submitted.getText());
            assertEquals("1.0", event.getString("specversion"));
            assertEquals("cn.tongxin.report.submitted", event.getString("type"));
            assertEquals("report/" + id, event.getString("subject"));
            assertEquals("application/json", event.getString("datacontenttype"));
            assertTrue(event.getString("source").startsWith("http"), event::toString);
            assertNotNull(UUID.fromString(event.getString("id")));
            assertNotNull(java.time.OffsetDateTime.parse(event.getString("time")));
            assertEquals(
                    id, event.getJsonObject("data").getJsonNumber("reportId").longValue());
            assertEquals("SUBMITTED", event.getJsonObject("data").getString("state"));
            assertEquals("cn.tongxin.report.submitted", submitted.getStringProperty("type"));
            assertEquals(Long.toString(organisation), submitted.getStringProperty("organisation"));

            TextMessage adopted = (TextMessage) mine.receive(20_000);
            assertNotNull(adopted, "the adoption is published after the submission");
            JsonObject second = json(adopted.getText());
            assertEquals("cn.tongxin.report.adopted", second.getString("type"));
            assertEquals("ADOPTED", second.getJsonObject("data").getString("state"));
            assertTrue(
                    Long.parseLong(second.getString("sequence")) > Long.parseLong(event.getString("sequence")),
                    "in order per aggregate");
            assertNull(mine.receive(500), "each event once");
            assertNull(others.receiveNoWait(), "the selector keeps another organisation's subscriber out");
        }
        assertTrue(
                outbox("report/" + id).stream().allMatch(row -> row.get("published") != null),
                "the rows are marked published");
    }

    @Test
    void anEventOfATransactionThatRollsBackIsNeverPublished() throws Exception {
        String rolledBack = "test/" + UUID.randomUUID();
        String committed = "test/" + UUID.randomUUID();
        try (JMSContext jms = new ActiveMQJMSConnectionFactory(EventBroker.IN_VM).createContext("portal", PASSWORD);
                JMSConsumer consumer = jms.createConsumer(
                        jms.createTopic(EventBroker.TOPIC), "subject IN ('" + rolledBack + "', '" + committed + "')")) {
            transaction.begin();
            events.fire(new IntegrationEvent("cn.tongxin.test.changed", rolledBack, 1, "test/order", Map.of("n", 1)));
            transaction.rollback();
            transaction.begin();
            events.fire(new IntegrationEvent("cn.tongxin.test.changed", committed, 1, "test/order", Map.of("n", 2)));
            transaction.commit();
            TextMessage first = (TextMessage) consumer.receive(20_000);
            assertNotNull(first);
            assertEquals(committed, first.getStringProperty("subject"), "the rolled-back event never went out");
            assertNull(consumer.receive(1_000));
        }
        assertTrue(outbox(rolledBack).isEmpty(), "nor was it kept in the outbox");
    }

    @Test
    void withTheRelayPausedAnEventWaitsInTheOutboxAndGoesOutWhenItResumes() throws Exception {
        String subject = "test/" + UUID.randomUUID();
        try (JMSContext jms = new ActiveMQJMSConnectionFactory(EventBroker.IN_VM).createContext("portal", PASSWORD);
                JMSConsumer consumer =
                        jms.createConsumer(jms.createTopic(EventBroker.TOPIC), "subject = '" + subject + "'")) {
            System.setProperty(OutboxRelay.SETTING, "off");
            try {
                transaction.begin();
                events.fire(new IntegrationEvent("cn.tongxin.test.changed", subject, 1, null, Map.of("n", 1)));
                transaction.commit();
                assertEquals(0, relay.drain(), "a paused relay publishes nothing");
                assertNull(consumer.receive(1_000));
                assertEquals(1, outbox(subject).size());
                assertNull(outbox(subject).get(0).get("published"), "held between commit and publication");
            } finally {
                System.clearProperty(OutboxRelay.SETTING);
            }
            relay.drain();
            TextMessage message = (TextMessage) consumer.receive(20_000);
            assertNotNull(message, "published once the relay resumes");
            assertEquals(
                    outbox(subject).get(0).get("eventId"),
                    json(message.getText()).getString("id"),
                    "the CloudEvent's id is the outbox row's");
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    private java.util.List<Map<String, Object>> outbox(String subject) throws Exception {
        try (Connection c = data.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "select event_id, published_at from pf_outbox where subject = ? order by id")) {
            p.setString(1, subject);
            try (ResultSet rs = p.executeQuery()) {
                java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new java.util.HashMap<>();
                    row.put("eventId", rs.getString(1));
                    row.put("published", rs.getObject(2));
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static JsonObject call(String user, String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:8080" + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(
                r.statusCode() == 200 || r.statusCode() == 201,
                user + " " + path + ": " + r.statusCode() + " " + r.body());
        return json(r.body());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
