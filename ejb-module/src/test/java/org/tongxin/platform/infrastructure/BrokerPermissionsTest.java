package org.tongxin.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.util.Set;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.application.MessageBroker;

/**
 * The broker's destinations and security settings ({@link EventBroker#destinations}) on a real Artemis in this JVM,
 * with the platform's password check replaced: who may send commands, keep a temporary reply queue, subscribe to the
 * events, read the dead letters; the sender's login on each message.
 */
class BrokerPermissionsTest {

    private static final String VM = "vm://77";
    private static EmbeddedActiveMQ broker;

    @BeforeAll
    static void start() throws Exception {
        Configuration config = new ConfigurationImpl()
                .setName("test")
                .setPersistenceEnabled(false)
                .setSecurityEnabled(true)
                .setPopulateValidatedUser(true)
                .setJMXManagementEnabled(false)
                .setClusterPassword("random-for-test");
        config.addAcceptorConfiguration("in-vm", VM);
        EventBroker.destinations(config);
        broker = new EmbeddedActiveMQ()
                .setConfiguration(config)
                .setSecurityManager(new BrokerSecurity("app-secret", (name, password) -> {
                    if (!"pw".equals(password)) {
                        return null;
                    }
                    return switch (name) {
                        case "meetings" -> Set.of("remote-directory", "remote-duty");
                        case "oa" -> Set.of("remote-reports");
                        case "portal" -> Set.of("remote-events");
                        default -> Set.of("member");
                    };
                }));
        broker.start();
    }

    @AfterAll
    static void stop() throws Exception {
        broker.stop();
    }

    private static JMSContext as(String user) {
        return new ActiveMQJMSConnectionFactory(VM).createContext(user, "pw");
    }

    @Test
    void aCommandSenderSendsKeepsAReplyQueueAndIsNamedOnTheMessage() throws Exception {
        try (JMSContext meetings = as("meetings");
                JMSContext app =
                        new ActiveMQJMSConnectionFactory(VM, BrokerSecurity.INTERNAL, "app-secret").createContext()) {
            TemporaryQueue replies = meetings.createTemporaryQueue();
            JMSConsumer answers = meetings.createConsumer(replies);
            TextMessage command = meetings.createTextMessage("{}");
            command.setStringProperty(MessageBroker.VALIDATED_USER, "someone-else");
            command.setJMSReplyTo(replies);
            meetings.createProducer().send(meetings.createQueue(MessageBroker.COMMANDS), command);

            TextMessage received = (TextMessage)
                    app.createConsumer(app.createQueue(MessageBroker.COMMANDS)).receive(10_000);
            assertNotNull(received);
            assertEquals("meetings", received.getStringProperty(MessageBroker.VALIDATED_USER), "set by the broker");
            app.createProducer().send(received.getJMSReplyTo(), "ok");
            assertEquals("ok", answers.receiveBody(String.class, 10_000));
        }
    }

    @Test
    void othersMayNotSendCommandsNorReadTheDeadLetters() {
        for (String user : new String[] {"portal", "member1"}) {
            try (JMSContext jms = as(user)) {
                assertThrows(
                        JMSRuntimeException.class,
                        () -> jms.createProducer().send(jms.createQueue(MessageBroker.COMMANDS), "{}"),
                        user);
            }
        }
        try (JMSContext jms = as("oa")) {
            assertThrows(
                    JMSRuntimeException.class, () -> jms.createConsumer(jms.createQueue(MessageBroker.DEAD_LETTERS)));
            assertThrows(JMSRuntimeException.class, () -> jms.createConsumer(jms.createQueue(MessageBroker.COMMANDS)));
        }
        assertThrows(
                JMSRuntimeException.class,
                () -> new ActiveMQJMSConnectionFactory(VM).createContext().close());
        assertThrows(
                JMSRuntimeException.class,
                () -> new ActiveMQJMSConnectionFactory(VM)
                        .createContext("meetings", "nope")
                        .close());
    }

    @Test
    void onlyASubscriberSubscribesToTheEvents() {
        try (JMSContext jms = as("meetings")) {
            jms.setClientID("m");
            assertThrows(
                    JMSRuntimeException.class,
                    () -> jms.createDurableConsumer(jms.createTopic(EventBroker.TOPIC), "s"));
            assertThrows(JMSRuntimeException.class, () -> jms.createConsumer(jms.createTopic(EventBroker.TOPIC)));
        }
        try (JMSContext jms = as("portal")) {
            jms.setClientID("p");
            jms.createDurableConsumer(jms.createTopic(EventBroker.TOPIC), "s").close();
            jms.unsubscribe("s");
            assertThrows(
                    JMSRuntimeException.class,
                    () -> jms.createProducer().send(jms.createTopic(EventBroker.TOPIC), "forged"));
        }
    }
}
