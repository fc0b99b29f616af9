package org.tongxin.platform.infrastructure;

import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.tongxin.platform.domain.OutboxMessage;
import org.tongxin.platform.kernel.Jsonp;

/** An outbox row as a CloudEvent 1.0 in structured JSON mode (docs/integration.md). */
final class CloudEvents {

    static final String SPEC_VERSION = "1.0";
    static final String CONTENT_TYPE = "application/json";

    private CloudEvents() {}

    static String json(OutboxMessage m, String source) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("specversion", SPEC_VERSION)
                .add("id", m.eventId())
                .add("source", source)
                .add("type", m.type())
                .add("subject", m.subject())
                .add(
                        "time",
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                m.occurredAt().atOffset(ZoneOffset.UTC)))
                .add("datacontenttype", CONTENT_TYPE)
                // extension attributes (lower-case letters and digits): the organisation, and the outbox sequence
                .add("organisation", Long.toString(m.organisationId()))
                .add("sequence", Long.toString(m.id()));
        try (var reader = Jsonp.createReader(new StringReader(m.data()))) {
            b.add("data", reader.readValue());
        }
        return b.build().toString();
    }
}
