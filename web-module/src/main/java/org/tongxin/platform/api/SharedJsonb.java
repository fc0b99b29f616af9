package org.tongxin.platform.api;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without a resolver, RESTEasy builds a new {@link Jsonb} for
 * every request and every response body ({@code JsonbBuilder.create()}: provider look-ups through the
 * class loaders, a new context, every class's serialisation model parsed again) — about 30 % of the CPU
 * of {@code GET /api/v1/ping} in a JFR profile under load. The configuration is the default one RESTEasy
 * uses, so the JSON is unchanged; a Yasson {@code Jsonb} is thread-safe and caches what it has parsed.
 */
@Provider
@ApplicationScoped
public class SharedJsonb implements ContextResolver<Jsonb> {

    private Jsonb jsonb;

    @PostConstruct
    void open() {
        jsonb = JsonbBuilder.create();
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // the application is going away; nothing is left to release
        }
    }
}
