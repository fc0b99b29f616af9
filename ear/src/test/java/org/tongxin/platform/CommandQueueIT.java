package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.platform.infrastructure.EventBroker;
import org.tongxin.remote.application.CommandWork;
import org.tongxin.support.Deployments;

/**
 * Commands in (docs/integration.md): other systems send commands to the queue {@code tongxin.commands} of the embedded
 * broker, signed in with their service accounts; each is done once per idempotency key and answered on
 * {@code JMSReplyTo}; what can never succeed is answered with a problem and kept in {@code tongxin.commands.dlq} with
 * its reason; the broker lets only the accounts with the right roles send commands or subscribe to the events.
 */
@ExtendWith(ArquillianExtension.class)
class CommandQueueIT {

    private static final String PASSWORD = "Tongxin-Demo-2026";
    private static final String COMMANDS = "tongxin.commands";
    private static final String DLQ = "tongxin.commands.dlq";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(CommandQueueIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/TongxinDS")
    DataSource data;

    @EJB
    EventBroker broker;

    @Test
    void aCreditSentTwiceWithOneKeyIsAnsweredAlikeAndWrittenOnce() throws Exception {
        long member = member("曾晓燕");
        String reference = "cmd-" + UUID.randomUUID() + ":attendance";
        String key = "meetings-" + UUID.randomUUID();
        TextMessage first = send("meetings", credit(member, reference, "会议系统：常委会议出席"), key, null);
        assertEquals("ok", first.getStringProperty("outcome"), first.getText());
        assertEquals(key, first.getJMSCorrelationID());
        JsonObject reply = json(first.getText());
        assertEquals(200, reply.getInt("status"));
        assertEquals("cn.tongxin.command.duty.credit", reply.getString("type"));
        JsonObject result = reply.getJsonObject("result");
        assertTrue(result.getBoolean("created"));
        assertEquals(member, result.getJsonNumber("memberId").longValue());
        assertEquals(
                1,
                count(
                        "select count(*) from cm_duty_entry where id = ?",
                        result.getJsonNumber("entryId").longValue()));

        // the same key again, even with other facts: the stored reply, and nothing done (without the key the facade
        // would void the entry and write a new one for the changed description)
        TextMessage second = send("meetings", credit(member, reference, "会议系统：另一个描述"), key, null);
        assertEquals(first.getText(), second.getText(), "the same reply");
        assertEquals(key, second.getJMSCorrelationID());
        assertEquals(
                1,
                count("select count(*) from cm_duty_entry where source_ref like ?", "%" + reference),
                "one ledger entry for the key");
    }

    @Test
    void aCommandThatFailsTransientlyIsDeliveredAgainAndAppliedOnce() throws Exception {
        long member = member("曾晓燕");
        String reference = "cmd-" + UUID.randomUUID() + ":attendance";
        String key = "meetings-" + UUID.randomUUID();
        // the first delivery does the work, stores the reply, then fails as a lock timeout does: all of it rolls back
        System.setProperty(CommandWork.TRANSIENT_FAULT, key);
        try {
            TextMessage reply = send("meetings", credit(member, reference, "会议系统：重投后记入"), key, null);
            assertNull(System.getProperty(CommandWork.TRANSIENT_FAULT), "the first delivery failed");
            assertEquals("ok", reply.getStringProperty("outcome"), reply.getText());
            JsonObject result = json(reply.getText()).getJsonObject("result");
            assertTrue(result.getBoolean("created"), "done by the redelivery, not found from a first attempt");
            assertEquals(
                    1,
                    count("select count(*) from cm_duty_entry where source_ref like ?", "%" + reference),
                    "one ledger entry: the failed attempt's was rolled back");
            assertEquals(1, count("select count(*) from pf_command where command_key = ?", key), "one stored reply");
            assertEquals(
                    1,
                    count(
                            "select count(*) from pf_outbox where type = 'cn.tongxin.duty.entry.credited' and data like ?",
                            "%" + reference + "%"),
                    "one event: the failed attempt's went with its transaction");
        } finally {
            System.clearProperty(CommandWork.TRANSIENT_FAULT);
        }
    }

    @Test
    void aReportSubmittedByCommandIsFiledOnceForItsKey() throws Exception {
        long member = member("张伟明");
        String title = "命令报送测试 " + UUID.randomUUID();
        String body = Json.createObjectBuilder()
                .add("type", "cn.tongxin.command.report.submit")
                .add("key", "oa-" + UUID.randomUUID())
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("memberId", member)
                                .add("title", title)
                                .add("body", "居民反映小区停车难。")
                                .add("proposals", Json.createArrayBuilder().add("建议增设停车位"))
                                .add("topic", "LIVELIHOOD"))
                .build()
                .toString();
        TextMessage first = send("oa", body, null, null);
        assertEquals("ok", first.getStringProperty("outcome"), first.getText());
        JsonObject result = json(first.getText()).getJsonObject("result");
        long report = result.getJsonNumber("reportId").longValue();
        assertEquals("SUBMITTED", result.getString("state"));
        assertEquals(1, count("select count(*) from ir_report where id = ? and state = 'SUBMITTED'", report));

        TextMessage again = send("oa", body, null, null);
        assertEquals(first.getText(), again.getText(), "the key in the body counts as well");
        assertEquals(1, count("select count(*) from ir_report where title = ?", title), "filed once");
    }

    @Test
    void whatCanNeverSucceedIsAnsweredWithAProblemAndKeptInTheDeadLetters() throws Exception {
        long member = member("曾晓燕");
        assertDead("meetings", "{not json", "bad-request", 400, null);
        assertDead("meetings", "{\"type\":\"cn.tongxin.command.nothing\",\"data\":{}}", "invalid-input", 422, "type");
        String future = Json.createObjectBuilder()
                .add("type", "cn.tongxin.command.duty.credit")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("memberId", member)
                                .add("category", "MEETING")
                                .add("occurredOn", today().plusDays(5).toString())
                                .add("description", "未来的会议")
                                .add("reference", "cmd-" + UUID.randomUUID()))
                .build()
                .toString();
        assertDead("meetings", future, "invalid-input", 422, "occurredOn");
        // the OA system may send commands, but not credits: the duty ledger's role is the meeting system's
        assertDead("oa", credit(member, "cmd-" + UUID.randomUUID(), "不该记入"), "forbidden", 403, null);
        assertDead("meetings", credit(Long.MAX_VALUE, "cmd-" + UUID.randomUUID(), "无此委员"), "not-found", 404, null);
    }

    @Test
    void onlyTheServiceAccountsOfCommandsMaySendThem() {
        ActiveMQJMSConnectionFactory cf = new ActiveMQJMSConnectionFactory(EventBroker.IN_VM);
        assertThrows(JMSRuntimeException.class, () -> cf.createContext().close(), "no account");
        assertThrows(
                JMSRuntimeException.class,
                () -> cf.createContext("portal", "wrong-" + PASSWORD).close(),
                "a wrong password");
        assertThrows(
                JMSRuntimeException.class,
                () -> cf.createContext("admin", PASSWORD).close(),
                "an administrator");
        assertThrows(
                JMSRuntimeException.class,
                () -> cf.createContext("ACTIVEMQ.CLUSTER.ADMIN.USER", "CHANGE ME!!")
                        .close(),
                "Artemis' published default cluster user");
        for (String user : new String[] {"portal", "member1", "office"}) {
            try (JMSContext jms = cf.createContext(user, PASSWORD)) {
                assertThrows(
                        JMSRuntimeException.class,
                        () -> jms.createProducer().send(jms.createQueue(COMMANDS), "{}"),
                        user + " may not send commands");
            }
        }
        try (JMSContext jms = cf.createContext("meetings", PASSWORD)) {
            assertThrows(
                    JMSRuntimeException.class,
                    () -> jms.createConsumer(jms.createQueue(DLQ)).receiveNoWait(),
                    "nor read the dead letters");
        }
    }

    @Test
    void onlyASubscriberMaySubscribeToTheEvents() {
        ActiveMQJMSConnectionFactory cf = new ActiveMQJMSConnectionFactory(EventBroker.IN_VM);
        String name = "cmd-it-" + UUID.randomUUID();
        for (String user : new String[] {"meetings", "member1"}) {
            try (JMSContext jms = cf.createContext(user, PASSWORD)) {
                jms.setClientID(name + "-" + user);
                assertThrows(
                        JMSRuntimeException.class,
                        () -> jms.createDurableConsumer(jms.createTopic(EventBroker.TOPIC), name)
                                .close(),
                        user + " has no subscriber role");
            }
        }
        try (JMSContext jms = cf.createContext("portal", PASSWORD)) {
            jms.setClientID(name);
            jms.createDurableConsumer(jms.createTopic(EventBroker.TOPIC), name).close();
            jms.unsubscribe(name);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    private void assertDead(String user, String body, String code, int status, String field) throws Exception {
        String run = UUID.randomUUID().toString();
        TextMessage reply = send(user, body, null, run);
        assertEquals("problem", reply.getStringProperty("outcome"), reply.getText());
        JsonObject problem = json(reply.getText());
        assertEquals("urn:tongxin:problem:" + code, problem.getString("type"), problem::toString);
        assertEquals(status, problem.getInt("status"));
        assertTrue(!problem.getString("title").isBlank());
        if (field != null) {
            assertTrue(problem.getJsonObject("fields").containsKey(field), problem::toString);
        }
        try (JMSContext jms = broker.connectionFactory().createContext();
                JMSConsumer dead = jms.createConsumer(jms.createQueue(DLQ), "testRun = '" + run + "'")) {
            Message m = dead.receive(20_000);
            assertNotNull(m, "the command is in the dead letters");
            assertEquals("urn:tongxin:problem:" + code, m.getStringProperty("reason"));
            assertEquals(problem.getString("title"), m.getStringProperty("reasonText"));
            assertEquals(user, m.getStringProperty("sender"));
            assertEquals(body, ((TextMessage) m).getText());
        }
    }

    /** Sends a command as the user and waits for its reply on a temporary queue. */
    private static TextMessage send(String user, String body, String key, String run) throws Exception {
        ActiveMQJMSConnectionFactory cf = new ActiveMQJMSConnectionFactory(EventBroker.IN_VM);
        try (JMSContext jms = cf.createContext(user, PASSWORD)) {
            TemporaryQueue replies = jms.createTemporaryQueue();
            JMSConsumer consumer = jms.createConsumer(replies);
            TextMessage m = jms.createTextMessage(body);
            if (key != null) {
                m.setStringProperty("idempotencyKey", key);
            }
            if (run != null) {
                m.setStringProperty("testRun", run);
            }
            m.setJMSReplyTo(replies);
            jms.createProducer().send(jms.createQueue(COMMANDS), m);
            TextMessage reply = (TextMessage) consumer.receive(30_000);
            assertNotNull(reply, "a reply on JMSReplyTo");
            String inBody = null;
            try {
                inBody = json(body).getString("key", null);
            } catch (RuntimeException notJson) {
                // a malformed command has no key in its body
            }
            assertEquals(
                    key != null ? key : inBody != null ? inBody : m.getJMSMessageID(),
                    reply.getJMSCorrelationID(),
                    "the reply's correlation id: the key, else the command's message id");
            return reply;
        }
    }

    private static String credit(long member, String reference, String description) {
        return Json.createObjectBuilder()
                .add("type", "cn.tongxin.command.duty.credit")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("memberId", member)
                                .add("category", "MEETING")
                                .add("occurredOn", today().toString())
                                .add("description", description)
                                .add("reference", reference))
                .build()
                .toString();
    }

    private long member(String name) throws Exception {
        try (Connection c = data.getConnection();
                PreparedStatement p = c.prepareStatement("select m.id from cm_member m join pf_organisation o"
                        + " on o.id = m.organisation_id where m.name = ? and o.code = 'SX-DT' order by m.id")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next(), "the demo member " + name);
                return rs.getLong(1);
            }
        }
    }

    private long count(String sql, Object parameter) throws Exception {
        try (Connection c = data.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, parameter);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** As {@code Fixtures.today()} (not in the in-container deployment): the demo organisations' day. */
    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
