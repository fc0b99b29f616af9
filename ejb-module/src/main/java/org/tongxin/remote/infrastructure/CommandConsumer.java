package org.tongxin.remote.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongxin.platform.application.AccountDirectory;
import org.tongxin.platform.application.AccountSummary;
import org.tongxin.platform.application.MailTexts;
import org.tongxin.platform.application.Mailer;
import org.tongxin.platform.application.MessageBroker;
import org.tongxin.platform.kernel.Jsonp;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.remote.application.CommandWork;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Reads the queue {@code tongxin.commands} (docs/integration.md, "Commands in"): a JMS listener on the embedded broker,
 * in a transacted session, one command at a time. Each command runs as the account that sent it (the broker's
 * validated user, the account read again: enabled, its roles now) in one JTA transaction ({@link CommandWork}); the
 * reply goes to {@code JMSReplyTo}. What can never succeed (not JSON, an unknown type, a broken rule, not permitted)
 * is answered with a problem and copied to {@code tongxin.commands.dlq} with the reason; anything else (the database
 * away, a lock conflict) is rolled back and delivered again by the broker, and after {@link
 * MessageBroker#COMMAND_ATTEMPTS} attempts answered as unavailable and put to the dead letters too.
 */
@Singleton
@Startup
@DependsOn("EventBroker")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CommandConsumer {

    /** The command's idempotency key: a string property, or the field {@code key} of the body. */
    public static final String KEY = "idempotencyKey";
    /** The dead letter's reason: the problem's type. */
    public static final String REASON = "reason";
    /** The dead letter's reason in words (the problem's title). */
    public static final String REASON_TEXT = "reasonText";
    /** On a reply: {@code ok} or {@code problem}. */
    public static final String OUTCOME = "outcome";

    private static final Logger LOG = Logger.getLogger(CommandConsumer.class.getName());

    @EJB
    MessageBroker broker;

    @EJB
    CommandWork work;

    @EJB
    Mailer mailer;

    @Inject
    AccountDirectory accounts;

    private Connection connection;
    private Session session;
    private SecurityDomain domain;
    private ClassLoader loader;

    @PostConstruct
    void start() {
        domain = SecurityDomain.getCurrent();
        loader = getClass().getClassLoader();
        try {
            connection = broker.connectionFactory().createConnection();
            session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue(MessageBroker.COMMANDS));
            consumer.setMessageListener(this::onMessage);
            connection.start();
        } catch (JMSException e) {
            throw new IllegalStateException("the command queue cannot be read", e);
        }
        if (domain == null) {
            LOG.warning("no security domain: every command will be refused");
        }
    }

    @PreDestroy
    void stop() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (JMSException e) {
            LOG.fine(() -> "command connection: " + e);
        }
    }

    private void onMessage(Message message) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            handle(message);
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "a command could not be handled; it will be delivered again", e);
            rollback();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void handle(Message message) throws JMSException {
        String sender = message.getStringProperty(MessageBroker.VALIDATED_USER);
        String key = message.getStringProperty(KEY);
        JsonObject command;
        try {
            String text = message instanceof TextMessage t ? t.getText() : null;
            JsonValue v = text == null
                    ? null
                    : Jsonp.createReader(new StringReader(text)).readValue();
            if (!(v instanceof JsonObject o)) {
                refuse(message, key, 400, "bad-request", "problem.bad-request", Map.of());
                return;
            }
            command = o;
        } catch (JsonException e) {
            refuse(message, key, 400, "bad-request", "problem.bad-request", Map.of());
            return;
        }
        if (key == null && command.get("key") instanceof jakarta.json.JsonString k) {
            key = k.getString();
        }
        if (key != null && (key.isBlank() || key.length() > CommandWork.KEY_LENGTH)) {
            refuse(
                    message,
                    null,
                    422,
                    "invalid-input",
                    "problem.invalid-input",
                    Map.of("key", "problem.invalid-input"));
            return;
        }
        String type = command.get("type") instanceof jakarta.json.JsonString t ? t.getString() : null;
        Optional<Role> needed = CommandWork.roleOf(type);
        if (needed.isEmpty()) {
            refuse(
                    message,
                    key,
                    422,
                    "invalid-input",
                    "problem.invalid-input",
                    Map.of("type", "problem.invalid-input"));
            return;
        }
        JsonObject data = command.get("data") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
        // the same rules as the API: an enabled account of the platform, holding the type's role now
        Optional<AccountSummary> account = accounts.enabledByUsername(sender);
        if (domain == null
                || account.isEmpty()
                || account.get().caller().roles().stream().anyMatch(Role::isAdministrator)
                || !account.get().caller().hasRole(needed.get())) {
            refuse(message, key, 403, "forbidden", "problem.forbidden", Map.of());
            return;
        }
        java.util.Set<String> roles =
                account.get().caller().roles().stream().map(Role::code).collect(java.util.stream.Collectors.toSet());
        String user = account.get().caller().username();
        String finalKey = key;
        CommandWork.Reply reply;
        try {
            reply = domain.createAdHocIdentity(user)
                    .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)))
                    .runAs((java.util.concurrent.Callable<CommandWork.Reply>)
                            () -> work.handle(user, finalKey, type, data));
        } catch (Exception e) {
            Problem problem = cause(e, Problem.class);
            if (problem != null) {
                Map<String, String> fields = problem.fieldKeys();
                refuse(message, key, status(problem), problem.code(), problem.messageKey(), fields, problem.args());
                return;
            }
            if (cause(e, EJBAccessException.class) != null) {
                refuse(message, key, 403, "forbidden", "problem.forbidden", Map.of());
                return;
            }
            if (message.getIntProperty("JMSXDeliveryCount") >= MessageBroker.COMMAND_ATTEMPTS) {
                LOG.log(Level.WARNING, "a command failed " + MessageBroker.COMMAND_ATTEMPTS + " times", e);
                refuse(message, key, 503, "unavailable", "problem.unavailable", Map.of());
                return;
            }
            LOG.log(Level.INFO, "a command failed; it will be delivered again", e);
            rollback();
            return;
        }
        answer(message, key, reply.json(), "ok");
        session.commit();
    }

    /** A problem: the reply, and the command copied to the dead letters with its reason, in one JMS transaction. */
    private void refuse(
            Message message,
            String key,
            int status,
            String code,
            String messageKey,
            Map<String, String> fieldKeys,
            Object... args)
            throws JMSException {
        MailTexts texts = mailer.texts();
        Locale locale = locale(message);
        String title = text(texts, locale, messageKey, args);
        JsonObjectBuilder body = Jsonp.createObjectBuilder()
                .add("type", "urn:tongxin:problem:" + code)
                .add("title", title)
                .add("status", status);
        if (!fieldKeys.isEmpty()) {
            JsonObjectBuilder f = Jsonp.createObjectBuilder();
            new LinkedHashMap<>(fieldKeys).forEach((field, k) -> f.add(field, text(texts, locale, k, args)));
            body.add("fields", f);
        }
        answer(message, key, body.build().toString(), "problem");
        TextMessage dead = session.createTextMessage(message instanceof TextMessage t ? t.getText() : null);
        for (Enumeration<?> names = message.getPropertyNames(); names.hasMoreElements(); ) {
            String name = (String) names.nextElement();
            if (!name.startsWith("JMSX") && !name.startsWith("_AMQ_")) {
                dead.setObjectProperty(name, message.getObjectProperty(name));
            }
        }
        String sender = message.getStringProperty(MessageBroker.VALIDATED_USER);
        if (sender != null) {
            dead.setStringProperty("sender", sender);
        }
        dead.setStringProperty("originalMessageId", message.getJMSMessageID());
        dead.setStringProperty(REASON, "urn:tongxin:problem:" + code);
        dead.setStringProperty(REASON_TEXT, title);
        try (MessageProducer p = session.createProducer(session.createQueue(MessageBroker.DEAD_LETTERS))) {
            p.send(dead);
        }
        LOG.info(() -> "command " + safe(message) + " refused: " + code);
        session.commit();
    }

    private void answer(Message message, String key, String json, String outcome) throws JMSException {
        Destination to = message.getJMSReplyTo();
        if (to == null) {
            return;
        }
        TextMessage reply = session.createTextMessage(json);
        reply.setJMSCorrelationID(key != null ? key : message.getJMSMessageID());
        reply.setStringProperty(OUTCOME, outcome);
        try (MessageProducer p = session.createProducer(to)) {
            p.send(reply);
        }
    }

    private void rollback() {
        try {
            session.rollback();
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "the command session could not roll back", e);
        }
    }

    private static int status(Problem p) {
        return switch (p.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case RULE -> 422;
        };
    }

    private static Locale locale(Message message) throws JMSException {
        String l = message.getStringProperty("language");
        return l == null || l.isBlank() ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(l);
    }

    private static String text(MailTexts texts, Locale locale, String key, Object... args) {
        Object[] shown = java.util.Arrays.stream(args)
                .map(a -> a instanceof String s && s.startsWith("entity.") && texts != null ? texts.text(locale, s) : a)
                .toArray();
        return texts == null ? key : texts.text(locale, key, shown);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String safe(Message m) {
        try {
            return m.getJMSMessageID();
        } catch (JMSException e) {
            return "?";
        }
    }
}
