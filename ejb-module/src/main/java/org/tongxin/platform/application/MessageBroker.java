package org.tongxin.platform.application;

import jakarta.ejb.Local;
import jakarta.jms.ConnectionFactory;

/**
 * The application's message broker (the embedded ActiveMQ Artemis of {@code platform.infrastructure.EventBroker}), for
 * the contexts that read from it: its queues' names and a connection factory signed in as the application itself.
 */
@Local
public interface MessageBroker {

    /** The queue of other systems' commands (docs/integration.md). */
    String COMMANDS = "tongxin.commands";
    /** The dead-letter queue of the commands that can never succeed, and of those that failed too often. */
    String DEAD_LETTERS = "tongxin.commands.dlq";
    /** The message property the broker fills with the signed-in sender's login ({@code populate-validated-user}). */
    String VALIDATED_USER = "_AMQ_VALIDATED_USER";
    /** How often a command that failed for a passing reason is delivered before it goes to the dead letters. */
    int COMMAND_ATTEMPTS = 5;

    /** A connection factory of the broker in this JVM (not enlisted in transactions), signed in as the application. */
    ConnectionFactory connectionFactory();
}
