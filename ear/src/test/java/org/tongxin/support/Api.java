package org.tongxin.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the REST API as another system sees it: HTTP Basic, JSON in and out. */
public final class Api {

    public static final String BASE = System.getProperty("tongxin.base", "http://localhost:8080");
    public static final String DEMO_PASSWORD = "Tongxin-Demo-2026";

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String user;
    private final String password;
    private String language;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    private Api(String user, String password) {
        this.user = user;
        this.password = password;
    }

    public static Api as(String user) {
        return new Api(user, DEMO_PASSWORD);
    }

    public static Api as(String user, String password) {
        return new Api(user, password);
    }

    public static Api anonymous() {
        return new Api(null, null);
    }

    /** Sends Accept-Language with every request. */
    public Api speaking(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    /** Sends a header with every request. */
    public Api with(String header, String value) {
        headers.put(header, value);
        return this;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A GET that accepts another type than JSON, as a calendar program asks for a feed. */
    public Reply getAccepting(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** Posts bytes as they are, with their content type. */
    public Reply postBytes(String path, byte[] content, String contentType) {
        return send(request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A GET whose answer is kept as bytes, with every header. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return CLIENT.send(
                    request(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Posts without waiting, for tests that send many requests at once. */
    public java.util.concurrent.CompletableFuture<Reply> getAsync(String path) {
        return CLIENT.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(x -> new Reply(
                        x.statusCode(),
                        x.headers().firstValue("Content-Type").orElse(""),
                        x.headers().firstValue("WWW-Authenticate").orElse(null),
                        x.body()));
    }

    public java.util.concurrent.CompletableFuture<Reply> postAsync(String path, String json) {
        HttpRequest r = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return CLIENT.sendAsync(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(x -> new Reply(
                        x.statusCode(),
                        x.headers().firstValue("Content-Type").orElse(""),
                        x.headers().firstValue("WWW-Authenticate").orElse(null),
                        x.body()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        headers.forEach(b::header);
        return b;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r =
                    CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("WWW-Authenticate").orElse(null),
                    r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer of the API. */
    public record Reply(int status, String contentType, String challenge, String body) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public JsonValue value() {
            return Json.createReader(new StringReader(body)).readValue();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** A name no other test run uses, for records a test creates. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
    }
}
