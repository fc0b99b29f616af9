package org.tongxin.platform.web.security.oidc;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The deployment's OpenID Connect provider: its metadata from discovery (read once, at first use, and
 * again after a failure), its keys (cached by nimbus' JWKSourceBuilder: five minutes, fetched again at
 * once for a key id it does not know, rate limited), the token endpoint (java.net.http) and the
 * logout URL. Empty when the feature is off.
 */
@ApplicationScoped
public class OidcProvider {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final Optional<OidcSettings> settings = OidcSettings.fromEnvironment();
    private volatile Metadata metadata;
    private volatile OidcTokenVerifier verifier;

    /** The metadata the provider publishes that the flow uses. */
    record Metadata(String authorization, String token, String jwks, String endSession) {}

    /** Reads the settings as the application starts: a wrong role mapping fails the deployment, loudly. */
    void atStart(
            @jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
                    Object ignored) {
        settings.ifPresent(s -> java.util.logging.Logger.getLogger(OidcProvider.class.getName())
                .info("OpenID Connect on: issuer " + s.issuer() + (s.loginEnabled() ? ", sign-in" : "")
                        + (s.bearerEnabled() ? ", bearer JWTs for " + s.audience() : "")));
    }

    public Optional<OidcSettings> settings() {
        return settings;
    }

    public boolean loginEnabled() {
        return settings.map(OidcSettings::loginEnabled).orElse(false);
    }

    public boolean bearerEnabled() {
        return settings.map(OidcSettings::bearerEnabled).orElse(false);
    }

    Metadata metadata() throws IOException {
        Metadata m = metadata;
        if (m == null) {
            synchronized (this) {
                if (metadata == null) {
                    metadata = discover(settings.orElseThrow().issuer());
                }
                m = metadata;
            }
        }
        return m;
    }

    public OidcTokenVerifier verifier() throws IOException {
        OidcTokenVerifier v = verifier;
        if (v == null) {
            synchronized (this) {
                if (verifier == null) {
                    JWKSource<SecurityContext> keys =
                            keys(URI.create(metadata().jwks()).toURL());
                    verifier =
                            new OidcTokenVerifier(keys, settings.orElseThrow().issuer());
                }
                v = verifier;
            }
        }
        return v;
    }

    /**
     * The provider's keys: cached five minutes, fetched again at once (at most every ten seconds) when a
     * token names a key id the cache does not hold, so that a key rotation is followed without waiting.
     */
    static JWKSource<SecurityContext> keys(java.net.URL jwks) {
        return JWKSourceBuilder.create(
                        jwks, new com.nimbusds.jose.util.DefaultResourceRetriever(5_000, 5_000, 512 * 1024))
                .cache(Duration.ofMinutes(5).toMillis(), Duration.ofSeconds(15).toMillis())
                .rateLimited(Duration.ofSeconds(10).toMillis())
                .retrying(true)
                .build();
    }

    private static Metadata discover(String issuer) throws IOException {
        Map<String, Object> json = getJson(URI.create(issuer + "/.well-known/openid-configuration"));
        if (!issuer.equals(json.get("issuer"))) {
            throw new IOException("the provider's discovery names another issuer: " + json.get("issuer"));
        }
        return new Metadata(
                required(json, "authorization_endpoint"),
                required(json, "token_endpoint"),
                required(json, "jwks_uri"),
                json.get("end_session_endpoint") instanceof String s ? s : null);
    }

    /** Where the browser goes to sign in: code flow, PKCE S256, state and nonce. */
    public String authorizationUrl(String redirectUri, String state, String nonce, String codeChallenge)
            throws IOException {
        OidcSettings s = settings.orElseThrow();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", s.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", String.join(" ", s.scopes()));
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        String base = metadata().authorization();
        return base + (base.contains("?") ? "&" : "?") + form(query);
    }

    /** Redeems the code at the token endpoint (client_secret_basic, with the PKCE verifier): the ID token. */
    public String redeem(String code, String redirectUri, String codeVerifier) throws IOException {
        OidcSettings s = settings.orElseThrow();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", codeVerifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(metadata().token()))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (s.clientSecret() != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((enc(s.clientId()) + ":" + enc(s.clientSecret()))
                                            .getBytes(StandardCharsets.UTF_8)));
        } else {
            body.put("client_id", s.clientId());
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(
                    request.POST(HttpRequest.BodyPublishers.ofString(form(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("the token endpoint answered " + response.statusCode());
        }
        try {
            Object idToken = JSONObjectUtils.parse(response.body()).get("id_token");
            if (!(idToken instanceof String t)) {
                throw new IOException("the token endpoint gave no ID token");
            }
            return t;
        } catch (ParseException e) {
            throw new IOException(e);
        }
    }

    /** The provider's RP-initiated logout, or empty when it has none. */
    public Optional<String> endSessionUrl(String idToken, String postLogoutRedirectUri) {
        try {
            String end = metadata().endSession();
            if (end == null) {
                return Optional.empty();
            }
            Map<String, String> query = new LinkedHashMap<>();
            if (idToken != null) {
                query.put("id_token_hint", idToken);
            }
            query.put("client_id", settings.orElseThrow().clientId());
            query.put("post_logout_redirect_uri", postLogoutRedirectUri);
            return Optional.of(end + (end.contains("?") ? "&" : "?") + form(query));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The provider's origin (scheme://host:port), for the form-action of the pages' policy. */
    public Optional<String> origin() {
        return settings.map(s -> {
            URI u = URI.create(s.issuer());
            return u.getScheme() + "://" + u.getRawAuthority();
        });
    }

    private static Map<String, Object> getJson(URI uri) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(20))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered " + response.statusCode());
            }
            return JSONObjectUtils.parse(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ParseException e) {
            throw new IOException(e);
        }
    }

    private static String required(Map<String, Object> json, String name) throws IOException {
        if (json.get(name) instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new IOException("the provider's discovery has no " + name);
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
