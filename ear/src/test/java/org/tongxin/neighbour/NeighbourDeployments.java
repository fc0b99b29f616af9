package org.tongxin.neighbour;

import java.io.File;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.ResourceAdapterArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The two deployments of a neighbouring WildFly application that hears Tongxin's events (docs/integration.md, "How a
 * neighbouring WildFly application subscribes"): the resource adapter for Tongxin's broker, and the application with
 * its message-driven bean.
 *
 * <p>The resource adapter is Artemis' generic one ({@code artemis-jakarta-ra} with the Artemis client and Netty, as
 * a {@code .rar}), pointed at the broker's TCP port and signed in with the service account that may subscribe. A server
 * that has WildFly's messaging subsystem uses its {@code remote-activemq} pooled connection factory instead; this one
 * has none (Tongxin's own server is provisioned without it), which is also what a small neighbouring server may
 * look like.
 */
public final class NeighbourDeployments {

    /** The name the MDB's {@code @ResourceAdapter} names: the file name of the adapter's deployment. */
    public static final String RESOURCE_ADAPTER = "tongxin-events.rar";
    /** The durable subscription's client id and name (the broker keeps it as the queue {@code <id>.<name>}). */
    public static final String CLIENT_ID = "neighbour-it";

    public static final String SUBSCRIPTION = "tongxin-reports";

    /** The classes whose jars make the adapter: Artemis' adapter, its JMS and core clients, Netty. */
    private static final String[] ADAPTER_CLASSES = {
        "org.apache.activemq.artemis.ra.ActiveMQResourceAdapter",
        "org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory",
        "org.apache.activemq.artemis.api.core.client.ActiveMQClient",
        "org.apache.activemq.artemis.api.core.SimpleString",
        "org.apache.activemq.artemis.service.extensions.ServiceUtils",
        "org.apache.activemq.artemis.selector.filter.Filterable",
        "org.apache.commons.beanutils.BeanUtils",
        "org.apache.commons.collections.FastHashMap",
        "org.jctools.queues.MpscArrayQueue",
        "io.netty.util.ReferenceCounted",
        "io.netty.buffer.ByteBuf",
        "io.netty.channel.Channel",
        "io.netty.resolver.AddressResolver",
        "io.netty.handler.codec.ByteToMessageDecoder",
        "io.netty.handler.codec.http.HttpRequest",
        "io.netty.handler.codec.socksx.SocksMessage",
        "io.netty.handler.proxy.ProxyHandler",
        "io.netty.handler.ssl.SslHandler",
        "io.netty.channel.unix.Socket",
        "io.netty.channel.epoll.Epoll",
    };

    private NeighbourDeployments() {}

    /**
     * The resource adapter: Artemis' generic adapter for the broker at {@code 127.0.0.1:port}, signed in as
     * {@code user}. Its {@code ra.xml} is the whole configuration a neighbouring server needs.
     */
    public static ResourceAdapterArchive resourceAdapter(int port, String user, String password) {
        ResourceAdapterArchive rar = ShrinkWrap.create(ResourceAdapterArchive.class, RESOURCE_ADAPTER);
        for (File jar : jars()) {
            rar.addAsLibrary(jar);
        }
        rar.setResourceAdapterXML(new StringAsset(raXml("127.0.0.1", port, user, password)));
        rar.addAsManifestResource(new StringAsset(JMS_API), "jboss-deployment-structure.xml");
        return rar;
    }

    /** The neighbouring application: the MDB and the servlet that tells the test what it received. */
    public static WebArchive consumer() {
        return ShrinkWrap.create(WebArchive.class, "consumer.war")
                .addClasses(TongxinEventsSubscriber.class, Received.class, Received.Event.class, ReceivedServlet.class)
                .addAsWebInfResource(new StringAsset(JMS_API), "jboss-deployment-structure.xml");
    }

    /** The Jakarta Messaging API: WildFly gives it to deployments only with its messaging subsystem. */
    private static final String JMS_API = """
            <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                <deployment>
                    <dependencies>
                        <module name="jakarta.jms.api"/>
                    </dependencies>
                </deployment>
            </jboss-deployment-structure>
            """;

    static String raXml(String host, int port, String user, String password) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <connector xmlns="https://jakarta.ee/xml/ns/jakartaee" version="2.0">
                    <display-name>Tongxin events (Artemis resource adapter)</display-name>
                    <vendor-name>Apache ActiveMQ Artemis</vendor-name>
                    <eis-type>Jakarta Messaging 3.1</eis-type>
                    <resourceadapter-version>1.0</resourceadapter-version>
                    <resourceadapter>
                        <resourceadapter-class>org.apache.activemq.artemis.ra.ActiveMQResourceAdapter</resourceadapter-class>
                        <config-property>
                            <config-property-name>ConnectorClassName</config-property-name>
                            <config-property-type>java.lang.String</config-property-type>
                            <config-property-value>org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory</config-property-value>
                        </config-property>
                        <config-property>
                            <config-property-name>ConnectionParameters</config-property-name>
                            <config-property-type>java.lang.String</config-property-type>
                            <config-property-value>host=%s;port=%d</config-property-value>
                        </config-property>
                        <config-property>
                            <config-property-name>UserName</config-property-name>
                            <config-property-type>java.lang.String</config-property-type>
                            <config-property-value>%s</config-property-value>
                        </config-property>
                        <config-property>
                            <config-property-name>Password</config-property-name>
                            <config-property-type>java.lang.String</config-property-type>
                            <config-property-value>%s</config-property-value>
                        </config-property>
                        <inbound-resourceadapter>
                            <messageadapter>
                                <messagelistener>
                                    <messagelistener-type>jakarta.jms.MessageListener</messagelistener-type>
                                    <activationspec>
                                        <activationspec-class>org.apache.activemq.artemis.ra.inflow.ActiveMQActivationSpec</activationspec-class>
                                    </activationspec>
                                </messagelistener>
                            </messageadapter>
                        </inbound-resourceadapter>
                    </resourceadapter>
                </connector>
                """.formatted(host, port, user, password);
    }

    private static Set<File> jars() {
        Set<File> jars = new LinkedHashSet<>();
        ClassLoader loader = NeighbourDeployments.class.getClassLoader();
        for (String name : ADAPTER_CLASSES) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                jars.add(new File(
                        c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                // not on the test's class path: the adapter does without it (a native transport, an optional codec)
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return jars;
    }
}
