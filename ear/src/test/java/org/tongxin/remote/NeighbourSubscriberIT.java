package org.tongxin.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.ResourceAdapterArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.bench.Await;
import org.tongxin.neighbour.NeighbourDeployments;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/**
 * Issue 19: a second, separate deployment on a WildFly server hears Tongxin's events as a real neighbouring application
 * does: a message-driven bean in {@code consumer.war}, on Artemis' generic resource adapter ({@code tongxin-events.rar})
 * that signs in to Tongxin's broker over TCP with the service account {@code portal} (role {@code remote-events}), with
 * a durable subscription and a selector. A report submitted through the API reaches the bean as its CloudEvent; while
 * the application is undeployed the subscription keeps the report's adoption, delivered when it is back.
 *
 * <p>The neighbour shares the server with Tongxin here (Arquillian's one server), but shares nothing else: its own
 * class loader and Artemis client, the broker reached over TCP ({@code tongxin.events.port}, set for the IT server), as
 * from another machine.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NeighbourSubscriberIT {

    private static final String ADAPTER = "adapter";
    private static final String CONSUMER = "consumer";
    private static final int PORT = Integer.getInteger("tongxin.it.events.port", 61619);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "tongxin", testable = false, order = 1)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Deployment(name = ADAPTER, managed = false, testable = false, order = 2)
    static ResourceAdapterArchive adapter() {
        return NeighbourDeployments.resourceAdapter(PORT, "portal", Api.DEMO_PASSWORD);
    }

    @Deployment(name = CONSUMER, managed = false, testable = false, order = 3)
    static WebArchive consumer() {
        return NeighbourDeployments.consumer();
    }

    @Test
    void aMessageDrivenBeanOfAnotherDeploymentReceivesTheEventsAndItsDurableSubscriptionKeepsThemWhileItIsAway()
            throws Exception {
        String queue = ActiveMQDestination.createQueueNameForSubscription(
                        true, NeighbourDeployments.CLIENT_ID, NeighbourDeployments.SUBSCRIPTION)
                .toString();
        boolean consumerDeployed = false;
        deployer.deploy(ADAPTER);
        try (ServerLocator locator = ActiveMQClient.createServerLocator("tcp://127.0.0.1:" + PORT);
                ClientSessionFactory factory = locator.createSessionFactory();
                ClientSession broker =
                        factory.createSession("portal", Api.DEMO_PASSWORD, false, true, true, false, 1)) {
            deployer.deploy(CONSUMER);
            consumerDeployed = true;
            assertTrue(
                    Await.until(WAIT, () -> query(broker, queue).getConsumerCount() == 1),
                    "the MDB's durable subscription " + queue + " is there, with the bean consuming");

            Api member = Api.as("member1");
            JsonObject draft = member.post("/api/v1/reports", """
                            {"title":"%s","body":"居民反映停车难。","proposals":["建议增设停车位"],"topic":"LIVELIHOOD","coAuthors":[]}""".formatted("邻近系统订阅测试 " + UUID.randomUUID()))
                    .json();
            long id = draft.getJsonNumber("id").longValue();
            String organisation =
                    Long.toString(draft.getJsonNumber("organisationId").longValue());
            assertEquals(
                    200, member.post("/api/v1/reports/" + id + "/submit", "").status());

            JsonObject submitted =
                    only(received("report/" + id, "cn.tongxin.report.submitted"), "cn.tongxin.report.submitted");
            assertEquals(organisation, submitted.getString("organisation"), "the selector property");
            JsonObject event = json(submitted.getString("event"));
            assertEquals("1.0", event.getString("specversion"));
            assertEquals("cn.tongxin.report.submitted", event.getString("type"));
            assertEquals("report/" + id, event.getString("subject"));
            assertEquals(
                    id, event.getJsonObject("data").getJsonNumber("reportId").longValue());
            assertEquals("SUBMITTED", event.getJsonObject("data").getString("state"));

            // the application goes away; its durable subscription stays and keeps what is published meanwhile
            deployer.undeploy(CONSUMER);
            consumerDeployed = false;
            Api editor = Api.as("editor");
            assertEquals(
                    200,
                    editor.post("/api/v1/reports/" + id + "/start-editing", "").status());
            assertEquals(
                    200, editor.post("/api/v1/reports/" + id + "/adopt", "").status());
            assertTrue(
                    Await.until(WAIT, () -> {
                        ClientSession.QueueQuery q = query(broker, queue);
                        return q.isExists() && q.getConsumerCount() == 0 && q.getMessageCount() > 0;
                    }),
                    "the adoption waits in the subscription while nobody consumes");

            deployer.deploy(CONSUMER);
            consumerDeployed = true;
            JsonObject adopted =
                    only(received("report/" + id, "cn.tongxin.report.adopted"), "cn.tongxin.report.adopted");
            assertEquals(
                    "ADOPTED",
                    json(adopted.getString("event")).getJsonObject("data").getString("state"));
        } finally {
            if (consumerDeployed) {
                deployer.undeploy(CONSUMER);
            }
            deployer.undeploy(ADAPTER);
            // a neighbour that leaves for good removes its subscription, or the broker keeps its events forever
            try (JMSContext jms = new ActiveMQJMSConnectionFactory("tcp://127.0.0.1:" + PORT)
                    .createContext("portal", Api.DEMO_PASSWORD)) {
                jms.setClientID(NeighbourDeployments.CLIENT_ID);
                jms.unsubscribe(NeighbourDeployments.SUBSCRIPTION);
            } catch (jakarta.jms.InvalidDestinationRuntimeException never) {
                // the adapter never made it: nothing to remove (the test has failed already)
            }
        }
    }

    private static ClientSession.QueueQuery query(ClientSession session, String queue) {
        try {
            return session.queueQuery(org.apache.activemq.artemis.api.core.SimpleString.of(queue));
        } catch (org.apache.activemq.artemis.api.core.ActiveMQException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the neighbour's MDB received for a subject, once there is an event of {@code type} or the wait is over (its
     * servlet waits up to 10 s a request).
     */
    private static JsonArray received(String subject, String type) {
        JsonArray[] last = {JsonArray.EMPTY_JSON_ARRAY};
        Await.until(WAIT, () -> {
            Api.Reply r = Api.anonymous()
                    .get("/consumer/received?wait=10000&subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                            + "&type=" + URLEncoder.encode(type, StandardCharsets.UTF_8));
            assertEquals(200, r.status(), r::toString);
            last[0] = r.array();
            return last[0].stream().anyMatch(v -> type.equals(v.asJsonObject().getString("type")));
        });
        return last[0];
    }

    private static JsonObject only(JsonArray events, String type) {
        JsonObject[] matching = events.stream()
                .map(v -> v.asJsonObject())
                .filter(o -> type.equals(o.getString("type")))
                .toArray(JsonObject[]::new);
        assertFalse(matching.length == 0, () -> "no " + type + " received: " + events);
        assertEquals(1, matching.length, () -> "each event once: " + events);
        return matching[0];
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
