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

/**
 * A small HTTP client for the REST API as another system sees it: HTTP Basic, JSON in and out. The demo
 * administrators (who may not use Basic alone, issue 15) are signed in the way the API asks of them: a
 * bearer token from {@code POST /api/v1/auth/token} with a code of the published demo secret, fetched once
 * and kept per server and account until shortly before it expires. {@link #basic} forces plain Basic.
 */
public final class Api {

    public static final String BASE = System.getProperty("tongxin.base", "http://localhost:8080");
    public static final String DEMO_PASSWORD = "Tongxin-Demo-2026";

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The demo accounts protected by the published TOTP secret. */
    public static final java.util.Set<String> DEMO_ADMINS = java.util.Set.of("admin", "security", "auditor");

    private static final java.util.Map<String, Token> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private record Token(String value, long expiresAtMillis) {}

    private final String user;
    private final String password;
    private boolean basicOnly;
    private String bearerToken;
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

    /** HTTP Basic alone, even for an administrator (who is then refused nearly everything). */
    public static Api basic(String user) {
        Api api = new Api(user, DEMO_PASSWORD);
        api.basicOnly = true;
        return api;
    }

    public static Api basic(String user, String password) {
        Api api = new Api(user, password);
        api.basicOnly = true;
        return api;
    }

    /**
     * An API token for an account with a second factor: {@code POST /api/v1/auth/token} with HTTP Basic
     * and a fresh code of {@code secret}, retried once past the steps the server may have seen already.
     */
    public static String token(String user, String password, String secret) {
        for (int attempt = 0; ; attempt++) {
            Reply r = basic(user, password)
                    .post("/api/v1/auth/token", "{\"code\":\"" + TestTotp.next(user, secret) + "\"}");
            if (r.status() == 200) {
                return r.json().getString("accessToken");
            }
            if (attempt > 0 || !r.body().contains("second-factor-replayed")) {
                throw new IllegalStateException("no API token for " + user + ": " + r);
            }
            TestTotp.skipAhead(user);
        }
    }

    /** {@code Authorization: Bearer token}. */
    public static Api bearer(String token) {
        Api api = new Api(null, null);
        api.bearerToken = token;
        return api;
    }

    /**
     * An account of a test that must have a second factor (an administrator it made): enrols one over the
     * API with HTTP Basic (allowed only while none is enrolled) and signs in with a token.
     *
     * @return the API as the account, and its secret in {@link #secret()}
     */
    public static Api enrolled(String user, String password) {
        Api api = enrol(user, password);
        Api signedIn = bearer(token(user, password, api.secret));
        signedIn.secret = api.secret;
        signedIn.recoveryCodes = api.recoveryCodes;
        return signedIn;
    }

    /**
     * Enrols a second factor as {@link #enrolled} does, without taking a token (one code used, not two): the
     * answer carries only {@link #secret()} and {@link #recoveryCodes()}.
     */
    public static Api enrol(String user, String password) {
        Reply offer = basic(user, password).post("/api/v1/me/second-factor", "");
        if (offer.status() != 200) {
            throw new IllegalStateException("no enrolment for " + user + ": " + offer);
        }
        String secret = offer.json().getString("secret");
        Reply confirmed = basic(user, password)
                .post("/api/v1/me/second-factor/confirm", "{\"code\":\"" + TestTotp.next(user, secret) + "\"}");
        if (confirmed.status() != 200) {
            throw new IllegalStateException("enrolment not confirmed for " + user + ": " + confirmed);
        }
        Api api = new Api(null, null);
        api.secret = secret;
        api.recoveryCodes =
                confirmed.json().getJsonArray("recoveryCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList();
        return api;
    }

    private String secret;
    private java.util.List<String> recoveryCodes = java.util.List.of();

    /** The TOTP secret of an account enrolled by {@link #enrolled}. */
    public String secret() {
        return secret;
    }

    /** The recovery codes of an account enrolled by {@link #enrolled}. */
    public java.util.List<String> recoveryCodes() {
        return recoveryCodes;
    }

    /** Forgets every cached token: a new server (another database) answers at the same address. */
    public static void forgetTokens() {
        TOKENS.clear();
    }

    /** Forgets the cached token of an account (its credentials or roles changed). */
    public static void forgetToken(String user) {
        TOKENS.remove(BASE + "|" + user);
    }

    private boolean usesToken() {
        return !basicOnly && user != null && DEMO_ADMINS.contains(user) && DEMO_PASSWORD.equals(password);
    }

    private String bearer() {
        String key = BASE + "|" + user;
        Token t = TOKENS.get(key);
        if (t == null || t.expiresAtMillis() < System.currentTimeMillis()) {
            synchronized (TOKENS) {
                t = TOKENS.get(key);
                if (t == null || t.expiresAtMillis() < System.currentTimeMillis()) {
                    long start = System.currentTimeMillis();
                    String value = token(user, password, TestTotp.DEMO_SECRET);
                    // tokens live 60 minutes by default: renew well before
                    t = new Token(value, start + 50 * 60_000L);
                    TOKENS.put(key, t);
                }
            }
        }
        return t.value();
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
        if (bearerToken != null) {
            b.header("Authorization", "Bearer " + bearerToken);
        } else if (usesToken()) {
            b.header("Authorization", "Bearer " + bearer());
        } else if (user != null) {
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
