package org.tongxin.platform.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something another system cares about, told by the context where it happened: a context fires it as a
 * synchronous CDI event inside the transaction of the change, and the platform writes it to the outbox
 * ({@code pf_outbox}) in that same transaction; a relay publishes it after the commit on the JMS topic
 * {@code tongxin.events} as a CloudEvent (docs/integration.md). A change that rolls back publishes nothing.
 *
 * @param type what happened, a CloudEvents type such as {@code cn.tongxin.report.adopted}
 * @param subject what it happened to, such as {@code report/42}
 * @param organisationId the organisation the subject belongs to (subscribers filter on it)
 * @param aggregate the key whose events are published in order, such as {@code report/42} (often the subject;
 *     a duty entry's is its member's ledger, {@code member/7})
 * @param data the event's own fields: strings, numbers, booleans, dates and moments, lists and maps of them
 */
public record IntegrationEvent(
        String type, String subject, long organisationId, String aggregate, Map<String, Object> data) {

    /** The prefix of every type: {@code cn.tongxin.<context>.<what>}. */
    public static final String TYPE_PREFIX = "cn.tongxin.";

    public IntegrationEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        if (!type.startsWith(TYPE_PREFIX)) {
            throw new IllegalArgumentException("an integration event's type starts with " + TYPE_PREFIX + ": " + type);
        }
        aggregate = aggregate == null ? subject : aggregate;
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** An event about one aggregate, its subject: {@code of("cn.tongxin.report.adopted", "report", 42, org, data)}. */
    public static IntegrationEvent of(
            String type, String kind, long id, long organisationId, Map<String, Object> data) {
        String subject = kind + "/" + id;
        return new IntegrationEvent(type, subject, organisationId, subject, data);
    }

    /** A map of fields in the order given, null values left out: {@code fields("id", 42, "title", t)}. */
    public static Map<String, Object> fields(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
