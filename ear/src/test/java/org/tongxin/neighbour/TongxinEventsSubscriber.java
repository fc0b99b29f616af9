package org.tongxin.neighbour;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.jboss.ejb3.annotation.ResourceAdapter;

/**
 * The message-driven bean of a neighbouring application (the test's {@code consumer.war}, not part of Tongxin): it
 * subscribes to Tongxin's topic {@code tongxin.events} through the resource adapter its server has for Tongxin's
 * broker ({@link NeighbourDeployments#RESOURCE_ADAPTER}, Artemis' generic adapter signed in with the service account
 * {@code portal}, role {@code remote-events}), with a durable subscription, and keeps what it receives for the test to
 * read ({@link ReceivedServlet}). It is the minimal MDB of docs/integration.md ("How a neighbouring WildFly application
 * subscribes").
 */
@MessageDriven(
        name = "TongxinEventsSubscriber",
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            // the broker's own name of the topic: Tongxin's broker has no JNDI for other servers
            @ActivationConfigProperty(propertyName = "destination", propertyValue = "tongxin.events"),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = "type LIKE 'cn.tongxin.report.%'"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "clientID", propertyValue = NeighbourDeployments.CLIENT_ID),
            @ActivationConfigProperty(
                    propertyName = "subscriptionName",
                    propertyValue = NeighbourDeployments.SUBSCRIPTION),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
        })
@ResourceAdapter(NeighbourDeployments.RESOURCE_ADAPTER)
// the bean only records: no transaction, the adapter acknowledges each message once onMessage returns
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TongxinEventsSubscriber implements MessageListener {

    @Override
    public void onMessage(Message message) {
        try {
            Received.add(
                    message.getStringProperty("type"),
                    message.getStringProperty("subject"),
                    message.getStringProperty("organisation"),
                    ((TextMessage) message).getText());
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
