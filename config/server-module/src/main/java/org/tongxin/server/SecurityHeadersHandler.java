package org.tongxin.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The server's outermost handler (an Undertow filter on the default host, see config/cli/tongxin.cli),
 * so that every answer carries the security headers: pages, the API's 401 and 403, 404, 503, static
 * resources, and the answers of WildFly's own handlers such as /openapi, whatever wrote them.
 * <ul>
 * <li>Headers an answer does not set itself are added when it is committed: a Content-Security-Policy
 * (PrimeFaces sends its own for pages, the same policy with its script nonce), nosniff, no framing, the
 * referrer only to this origin.</li>
 * <li>A wildcard {@code Access-Control-Allow-Origin} never goes out with {@code Allow-Credentials}
 * (WildFly's OpenAPI endpoint sends both).</li>
 * <li>With TLS on ({@code -Dtongxin.tls.enabled=true}, set by bin/standalone.conf when
 * {@code TONGXIN_TLS_KEYSTORE} is given): plain HTTP is redirected to HTTPS, HTTPS answers carry HSTS
 * and every cookie is marked Secure.</li>
 * </ul>
 */
public class SecurityHeadersHandler implements HttpHandler {

    /**
     * The policy of every answer that brings none of its own. Pages get the same from PrimeFaces
     * (web.xml primefaces.CSP_POLICY) with their script nonce appended to script-src.
     */
    public static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'; script-src 'self'";

    static final String HSTS = "max-age=31536000; includeSubDomains";
    /** How long a throttled address's login attempt waits for its 429 (at most until the throttle ends). */
    static final long TARPIT_MILLIS = 1_000;

    private static final HttpString RETRY_AFTER = new HttpString("Retry-After");

    private static final HttpString CSP = new HttpString("Content-Security-Policy");
    private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");
    private static final HttpString FRAME = new HttpString("X-Frame-Options");
    private static final HttpString REFERRER = new HttpString("Referrer-Policy");
    private static final HttpString HSTS_HEADER = new HttpString("Strict-Transport-Security");
    private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
    private static final HttpString ALLOW_CREDENTIALS = new HttpString("Access-Control-Allow-Credentials");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");

    private final HttpHandler next;
    private final boolean tls;
    private final int httpsPort;
    private final String publicHttpsBase;

    public SecurityHeadersHandler(HttpHandler next) {
        this.next = next;
        this.tls = Boolean.getBoolean("tongxin.tls.enabled");
        this.httpsPort = Integer.getInteger("jboss.https.port", 8443)
                + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        this.publicHttpsBase = httpsBase(System.getProperty("tongxin.public-url", System.getenv("TONGXIN_PUBLIC_URL")));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (tls && !exchange.isSecure()) {
            redirectToHttps(exchange);
            return;
        }
        exchange.addResponseCommitListener(this::beforeCommit);
        if (Tarpit.anyThrottled() && tarpit(exchange)) {
            return;
        }
        next.handleRequest(exchange);
    }

    /**
     * A login attempt (an API request with HTTP Basic credentials not verified lately, or the login form's
     * POST) from an address the application's throttle refuses now is answered here, on the I/O thread:
     * 429 with Retry-After, after a delay of up to a second that holds no worker thread. A flood that
     * re-sends at once is so slowed to one attempt per connection and second, and signed-in people keep
     * the workers. What the application would answer is the same 429 (it refused the address already).
     */
    private boolean tarpit(HttpServerExchange exchange) {
        InetSocketAddress source = exchange.getSourceAddress();
        long now = System.currentTimeMillis();
        long left = source == null || source.getAddress() == null
                ? 0
                : Tarpit.throttledFor(source.getAddress().getHostAddress(), now);
        if (left == 0) {
            return false;
        }
        String path = exchange.getRequestPath();
        boolean api = path.startsWith("/api/");
        boolean attempt = api
                ? untrustedBasic(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION), now)
                : Methods.POST.equals(exchange.getRequestMethod()) && path.equals("/login.xhtml");
        if (!attempt) {
            return false;
        }
        long retryAfter = Math.max(1, (left + 999) / 1000);
        long delay = Math.min(TARPIT_MILLIS, left);
        exchange.dispatch(
                SameThreadExecutor.INSTANCE,
                () -> exchange.getIoThread()
                        .executeAfter(() -> refuse(exchange, api, retryAfter), delay, TimeUnit.MILLISECONDS));
        return true;
    }

    /** True for HTTP Basic credentials the application has not verified lately (a guess). */
    private static boolean untrustedBasic(String authorization, long now) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return true;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0
                || !Tarpit.trusted(
                        decoded.substring(0, colon).trim().toLowerCase(Locale.ROOT), decoded.substring(colon + 1), now);
    }

    private static void refuse(HttpServerExchange exchange, boolean api, long retryAfter) {
        String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
        ResourceBundle texts = ResourceBundle.getBundle(
                "org.tongxin.server.messages",
                accept != null && accept.trim().regionMatches(true, 0, "en", 0, 2)
                        ? Locale.ENGLISH
                        : Locale.SIMPLIFIED_CHINESE);
        String title = texts.getString("too-many");
        exchange.setStatusCode(429);
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(RETRY_AFTER, String.valueOf(retryAfter));
        headers.put(Headers.CACHE_CONTROL, "no-store");
        if (api) {
            headers.put(Headers.CONTENT_TYPE, "application/problem+json;charset=UTF-8");
            exchange.getResponseSender()
                    .send(
                            "{\"type\":\"urn:tongxin:problem:too-many-requests\",\"title\":\""
                                    + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"status\":429}",
                            StandardCharsets.UTF_8);
        } else {
            headers.put(Headers.CONTENT_TYPE, "text/html;charset=UTF-8");
            exchange.getResponseSender()
                    .send(
                            "<!DOCTYPE html><html lang=\""
                                    + (texts.getLocale().getLanguage().equals("en") ? "en" : "zh-CN")
                                    + "\"><head><meta charset=\"UTF-8\"><title>" + title + "</title></head><body><p>"
                                    + title
                                    + "</p><p><a href=\"/login.xhtml\">" + texts.getString("login")
                                    + "</a></p></body></html>",
                            StandardCharsets.UTF_8);
        }
    }

    private void beforeCommit(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getResponseHeaders();
        String location = headers.getFirst(Headers.LOCATION);
        if (location != null) {
            headers.put(Headers.LOCATION, ownPath(location, exchange.getRequestScheme(), exchange.getHostAndPort()));
        }
        headers.put(NOSNIFF, "nosniff");
        addIfAbsent(headers, FRAME, "DENY");
        addIfAbsent(headers, REFERRER, "same-origin");
        addIfAbsent(headers, CSP, POLICY);
        if ("*".equals(headers.getFirst(ALLOW_ORIGIN))) {
            headers.remove(ALLOW_CREDENTIALS); // a document anyone may read needs no credentials
        }
        if (exchange.isSecure()) {
            if (tls) {
                headers.put(HSTS_HEADER, HSTS);
            }
            for (Cookie cookie : exchange.responseCookies()) {
                cookie.setSecure(true);
            }
        }
    }

    /**
     * A redirect the servlet container made absolute from the request's own Host header
     * ({@code sendRedirect("/x")} becomes {@code http://<Host>/x}) is sent as the path alone: a forged
     * Host header then cannot send a person elsewhere, and the browser resolves the path against the
     * address it really used. Redirects to other hosts (an HTTPS or configured address) are left as they are.
     */
    static String ownPath(String location, String scheme, String hostAndPort) {
        String own = scheme + "://" + hostAndPort;
        if (location.regionMatches(true, 0, own, 0, own.length())) {
            String rest = location.substring(own.length());
            if (rest.isEmpty()) {
                return "/";
            }
            if (rest.charAt(0) == '/' && !rest.startsWith("//")) {
                return rest;
            }
        }
        return location;
    }

    private static void addIfAbsent(HeaderMap headers, HttpString name, String value) {
        if (!headers.contains(name)) {
            headers.put(name, value);
        }
    }

    /** 301 for GET and HEAD, 308 (same method and body) for the rest, to the same path over HTTPS. */
    private void redirectToHttps(HttpServerExchange exchange) {
        String base = publicHttpsBase;
        if (base == null) {
            String host = exchange.getHostName();
            if (host == null || !HOST.matcher(host).matches()) {
                exchange.setStatusCode(400);
                exchange.endExchange();
                return;
            }
            base = "https://" + host.toLowerCase(Locale.ROOT) + (httpsPort == 443 ? "" : ":" + httpsPort);
        }
        String query = exchange.getQueryString();
        String target = base + exchange.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query);
        boolean safe =
                Methods.GET.equals(exchange.getRequestMethod()) || Methods.HEAD.equals(exchange.getRequestMethod());
        exchange.setStatusCode(safe ? 301 : 308);
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(Headers.LOCATION, target);
        headers.put(NOSNIFF, "nosniff");
        headers.put(FRAME, "DENY");
        headers.put(REFERRER, "same-origin");
        headers.put(CSP, POLICY);
        exchange.endExchange();
    }

    /** The scheme, host and port of TONGXIN_PUBLIC_URL when it is an https address, else null. */
    static String httpsBase(String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(publicUrl.trim());
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                return null;
            }
            return "https://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
