package org.tongxin.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;
import org.tongxin.platform.application.PlatformSettings;

/**
 * The broker of the integration events: ActiveMQ Artemis embedded in the application, its journal under the
 * server's data directory ({@code tongxin/broker}), so that a durable subscription and its messages survive a
 * restart. The topic {@code tongxin.events} is reached in the JVM at {@link #IN_VM}; other processes reach it over
 * TCP only when {@code tongxin.events.port} ({@code TONGXIN_EVENTS_PORT}) is set, on {@code tongxin.events.host}
 * (default {@code 127.0.0.1}).
 *
 * <p>Why not WildFly's {@code embedded-activemq} Galleon layer: its subsystem module needs
 * {@code org.jboss.activemq.artemis.integration:artemis-wildfly-integration}, which only a JBoss repository
 * serves, and the project's build reaches Maven Central alone (docs/integration.md).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventBroker {

    /** The JMS name of the topic, also the broker's address. */
    public static final String TOPIC = "tongxin.events";
    /** The in-VM address of the broker (server id 19, apart from any other in-VM Artemis of the JVM). */
    public static final String IN_VM = "vm://19";

    private static final Logger LOG = Logger.getLogger(EventBroker.class.getName());

    private EmbeddedActiveMQ broker;
    private ActiveMQJMSConnectionFactory factory;

    @PostConstruct
    void start() {
        long begin = System.nanoTime();
        Path dir = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")))
                .resolve("tongxin")
                .resolve("broker");
        Configuration config = new ConfigurationImpl()
                .setName("tongxin")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dir.resolve("large").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .setNodeManagerLockDirectory(dir.toString())
                .setJournalType(org.apache.activemq.artemis.core.server.JournalType.NIO)
                .setJournalPoolFiles(2)
                .setJournalMinFiles(2)
                .setGracefulShutdownEnabled(true);
        try {
            config.addAcceptorConfiguration("in-vm", IN_VM);
            String port = PlatformSettings.get("tongxin.events.port").orElse(null);
            if (port != null) {
                String host = PlatformSettings.get("tongxin.events.host").orElse("127.0.0.1");
                config.addAcceptorConfiguration("tcp", "tcp://" + host + ":" + Integer.parseInt(port));
            }
        } catch (Exception e) {
            throw new IllegalStateException("the event broker's acceptors are misconfigured", e);
        }
        config.addAddressSetting(
                TOPIC,
                new AddressSettings()
                        .setDefaultAddressRoutingType(RoutingType.MULTICAST)
                        .setAutoCreateAddresses(true)
                        .setAutoDeleteAddresses(false));
        config.addAddressConfiguration(new org.apache.activemq.artemis.core.config.CoreAddressConfiguration()
                .setName(TOPIC)
                .addRoutingType(RoutingType.MULTICAST));
        broker = new EmbeddedActiveMQ().setConfiguration(config);
        try {
            broker.start();
        } catch (Exception e) {
            throw new IllegalStateException("the event broker did not start", e);
        }
        factory = new ActiveMQJMSConnectionFactory(IN_VM);
        LOG.info(() -> "event broker started in " + (System.nanoTime() - begin) / 1_000_000 + " ms, topic " + TOPIC
                + (PlatformSettings.get("tongxin.events.port").isPresent()
                        ? ", TCP port "
                                + PlatformSettings.get("tongxin.events.port").get()
                        : ", in-VM only"));
    }

    @PreDestroy
    void stop() {
        try {
            if (factory != null) {
                factory.close();
            }
            if (broker != null) {
                broker.stop();
            }
        } catch (Exception e) {
            LOG.warning("the event broker did not stop cleanly: " + e);
        }
    }

    /** A connection factory of the broker in this JVM (not enlisted in transactions). */
    public ConnectionFactory connectionFactory() {
        return factory;
    }
}
