package org.tongxin.platform.api;

import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongxin.platform.kernel.Jsonp;
import org.tongxin.platform.kernel.PlainText;
import org.tongxin.platform.web.Texts;

/**
 * Every text the API receives, checked once at the edge by {@link PlainText}: the query parameters and
 * every string of a JSON body (at any depth, keys included). Control characters are refused everywhere,
 * bidirectional controls and line breaks in fields that are titles, names or file names ({@code title},
 * {@code name}, {@code displayName}, {@code username}, {@code fileName}, the {@code name} of an uploaded
 * attachment…): {@code 422} problem+json {@code urn:tongxin:problem:invalid-input} with the fields named.
 * A body that is not JSON passes untouched (the runtime answers 400 for it).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class TextInputFilter implements ContainerRequestFilter {

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p :
                request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : p.getValue()) {
                note(problems, p.getKey(), value);
            }
        }
        MediaType type = request.getMediaType();
        if (request.hasEntity()
                && type != null
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            byte[] body;
            try (InputStream in = request.getEntityStream()) {
                body = in.readAllBytes();
            }
            request.setEntityStream(new ByteArrayInputStream(body));
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            String text;
            try {
                text = new String(
                        body, charset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset));
            } catch (IllegalArgumentException e) {
                text = new String(body, StandardCharsets.UTF_8);
            }
            try {
                walk(problems, null, Jsonp.createReader(new StringReader(text)).readValue());
            } catch (jakarta.json.JsonException e) {
                // not JSON: left to the runtime, which answers 400
            }
        }
        if (!problems.isEmpty()) {
            Locale locale = ProblemResponses.locale(headers);
            Map<String, String> fields = new LinkedHashMap<>();
            problems.forEach((field, key) -> fields.put(field, Texts.get(locale, key)));
            request.abortWith(
                    ProblemResponses.of(422, "invalid-input", Texts.get(locale, "problem.invalid-input"), fields));
        }
    }

    private static void walk(Map<String, String> problems, String field, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
                    note(problems, e.getKey(), e.getKey());
                    walk(problems, e.getKey(), e.getValue());
                }
            }
            case ARRAY -> {
                for (JsonValue v : (JsonArray) value) {
                    walk(problems, field, v);
                }
            }
            case STRING -> note(problems, field == null ? "body" : field, ((JsonString) value).getString());
            default -> {
                // numbers, booleans, null: nothing to check
            }
        }
    }

    private static void note(Map<String, String> problems, String field, String value) {
        String key = PlainText.problem(value, PlainText.nameField(field));
        if (key != null) {
            problems.putIfAbsent(field, key);
        }
    }
}
