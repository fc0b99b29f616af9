package org.tongxin.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;
import org.tongxin.platform.application.AuthenticationService;
import org.tongxin.platform.application.MessageBroker;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.platform.application.SecondFactorService;

/**
 * The broker of the integration events: ActiveMQ Artemis embedded in the application, its journal under the
 * server's data directory ({@code tongxin/broker}), so that a durable subscription and its messages survive a
 * restart. The topic {@code tongxin.events} is reached in the JVM at {@link #IN_VM}; other processes reach it over
 * TCP only when {@code tongxin.events.port} ({@code TONGXIN_EVENTS_PORT}) is set, on {@code tongxin.events.host}
 * (default {@code 127.0.0.1}). The queue {@link #COMMANDS} takes other systems' commands (read by
 * {@code org.tongxin.remote.application.CommandConsumer}); what can never succeed ends in {@link #DEAD_LETTERS}.
 *
 * <p>Security is on (docs/integration.md): every connection signs in with an account of the platform, checked by the
 * platform's password check ({@link BrokerSecurity}), and the account's roles decide what it may do: send commands
 * ({@code remote-duty}, {@code remote-reports}), subscribe to the events ({@code remote-events}). The application's
 * own connections ({@link #connectionFactory()}) sign in as an internal user whose secret is drawn at every start.
 * The broker puts the signed-in account's name on every message it receives ({@code _AMQ_VALIDATED_USER}), so the
 * command consumer knows who sent a command.
 *
 * <p>Why not WildFly's {@code embedded-activemq} Galleon layer: its subsystem module needs
 * {@code org.jboss.activemq.artemis.integration:artemis-wildfly-integration}, which only a JBoss repository
 * serves, and the project's build reaches Maven Central alone (docs/integration.md).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@LocalBean
public class EventBroker implements MessageBroker {

    /** The JMS name of the topic, also the broker's address. */
    public static final String TOPIC = "tongxin.events";
    /** The in-VM address of the broker (server id 19, apart from any other in-VM Artemis of the JVM). */
    public static final String IN_VM = "vm://19";

    @EJB
    AuthenticationService authentication;

    @EJB
    SecondFactorService secondFactor;

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
                .setSecurityEnabled(true)
                .setPopulateValidatedUser(true)
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
        destinations(config);
        String secret = HexFormat.of().formatHex(secretBytes());
        // Artemis' cluster user passes every check; its default password is published: a random one (no cluster)
        config.setClusterUser(BrokerSecurity.INTERNAL + "-cluster")
                .setClusterPassword(HexFormat.of().formatHex(secretBytes()));
        ClassLoader loader = getClass().getClassLoader();
        AuthenticationService auth = authentication;
        SecondFactorService factor = secondFactor;
        broker = new EmbeddedActiveMQ()
                .setConfiguration(config)
                .setSecurityManager(new BrokerSecurity(
                        secret,
                        (name, password) -> RemoteLoginBridge.verify(loader, auth, factor, name, password, ORIGIN)));
        try {
            broker.start();
        } catch (Exception e) {
            throw new IllegalStateException("the event broker did not start", e);
        }
        factory = new ActiveMQJMSConnectionFactory(IN_VM, BrokerSecurity.INTERNAL, secret);
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

    /**
     * The topic, the command queue with its redelivery and dead letters, and who may do what where: the broker's
     * destinations and security settings (apart, so that a test can start a broker just like it).
     */
    static void destinations(Configuration config) {
        config.addAddressSetting(
                TOPIC,
                new AddressSettings()
                        .setDefaultAddressRoutingType(RoutingType.MULTICAST)
                        .setAutoCreateAddresses(true)
                        .setAutoDeleteAddresses(false));
        config.addAddressConfiguration(new org.apache.activemq.artemis.core.config.CoreAddressConfiguration()
                .setName(TOPIC)
                .addRoutingType(RoutingType.MULTICAST));
        config.addAddressSetting(
                COMMANDS,
                new AddressSettings()
                        .setDefaultAddressRoutingType(RoutingType.ANYCAST)
                        .setAutoCreateAddresses(false)
                        .setAutoCreateQueues(false)
                        .setMaxDeliveryAttempts(COMMAND_ATTEMPTS)
                        .setRedeliveryDelay(1_000)
                        .setRedeliveryMultiplier(2)
                        .setMaxRedeliveryDelay(30_000)
                        .setDeadLetterAddress(SimpleString.of(DEAD_LETTERS)));
        config.addAddressSetting(
                DEAD_LETTERS,
                new AddressSettings()
                        .setDefaultAddressRoutingType(RoutingType.ANYCAST)
                        .setAutoCreateAddresses(false)
                        .setAutoCreateQueues(false));
        for (String queue : new String[] {COMMANDS, DEAD_LETTERS}) {
            config.addAddressConfiguration(new CoreAddressConfiguration()
                    .setName(queue)
                    .addRoutingType(RoutingType.ANYCAST)
                    .addQueueConfiguration(QueueConfiguration.of(queue)
                            .setAddress(SimpleString.of(queue))
                            .setRoutingType(RoutingType.ANYCAST)
                            .setDurable(true)));
        }
        securitySettings().forEach(config::putSecurityRoles);
    }

    private static byte[] secretBytes() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return b;
    }

    /** The address the audit trail records for a broker login. */
    static final String ORIGIN = "jms";

    /**
     * Who may do what where (the most specific match wins): the application itself everything; senders of commands
     * may send to {@link #COMMANDS} and keep temporary queues for the replies (any other address: no send); the
     * subscribers of the events may consume {@link #TOPIC} and keep durable subscriptions there; nobody else may
     * touch the dead letters.
     */
    static Map<String, Set<Role>> securitySettings() {
        Role internal = BrokerSecurity.role(BrokerSecurity.INTERNAL_ROLE, EnumSet.allOf(CheckType.class));
        Set<CheckType> replies = EnumSet.of(
                CheckType.CREATE_ADDRESS,
                CheckType.DELETE_ADDRESS,
                CheckType.CREATE_NON_DURABLE_QUEUE,
                CheckType.DELETE_NON_DURABLE_QUEUE,
                CheckType.CONSUME);
        // CREATE_ADDRESS: Artemis' resource adapter (a neighbouring server's MDB, NeighbourSubscriberIT) creates its
        // subscription queue asking for the topic's address to be created if missing; the address exists, and the
        // permission on this exact name lets nothing else be created
        Set<CheckType> subscribe = EnumSet.of(
                CheckType.CREATE_ADDRESS,
                CheckType.CONSUME,
                CheckType.CREATE_DURABLE_QUEUE,
                CheckType.DELETE_DURABLE_QUEUE,
                CheckType.CREATE_NON_DURABLE_QUEUE,
                CheckType.DELETE_NON_DURABLE_QUEUE);
        Set<CheckType> send = EnumSet.of(CheckType.SEND);
        String duty = org.tongxin.platform.kernel.Role.REMOTE_DUTY_CODE;
        String reports = org.tongxin.platform.kernel.Role.REMOTE_REPORTS_CODE;
        String events = org.tongxin.platform.kernel.Role.REMOTE_EVENTS_CODE;
        return Map.of(
                "#",
                Set.of(internal, BrokerSecurity.role(duty, replies), BrokerSecurity.role(reports, replies)),
                TOPIC,
                Set.of(internal, BrokerSecurity.role(events, subscribe)),
                COMMANDS,
                Set.of(internal, BrokerSecurity.role(duty, send), BrokerSecurity.role(reports, send)),
                DEAD_LETTERS,
                Set.of(internal));
    }

    @Override
    public ConnectionFactory connectionFactory() {
        return factory;
    }
}
