package org.tongxin.server;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;

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
        this.httpsPort = Integer.getInteger("jboss.https.port", 8443) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        this.publicHttpsBase = httpsBase(System.getProperty("tongxin.public-url", System.getenv("TONGXIN_PUBLIC_URL")));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (tls && !exchange.isSecure()) {
            redirectToHttps(exchange);
            return;
        }
        exchange.addResponseCommitListener(this::beforeCommit);
        next.handleRequest(exchange);
    }

    private void beforeCommit(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getResponseHeaders();
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
        boolean safe = Methods.GET.equals(exchange.getRequestMethod()) || Methods.HEAD.equals(exchange.getRequestMethod());
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
