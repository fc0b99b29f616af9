package org.tongxin.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session of the pages without a browser: the form login, a page loaded with its view
 * state, and PrimeFaces ajax posts on it, as raw HTTP (so that tests can also send what no browser would).
 */
public final class PageSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' script nonce, which its ajax requests send back as {@code primefaces.nonce}. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String viewState;
    private String nonce;

    private PageSession() {}

    /** Signed in over the login form as a demo user. */
    public static PageSession signedIn(String user) {
        PageSession s = new PageSession();
        s.load("/login.xhtml");
        HttpResponse<String> r = s.post(
                "/login.xhtml",
                "login=login&login%3Ausername=" + enc(user) + "&login%3Apassword=" + enc(Api.DEMO_PASSWORD)
                        + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(s.viewState),
                false);
        if (r.statusCode() != 302 && r.statusCode() != 303) {
            throw new IllegalStateException("form login failed for " + user + ": " + r.statusCode());
        }
        return s;
    }

    /** Loads a page and keeps its view state; answers the page. */
    public String load(String path) {
        HttpResponse<String> r =
                send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET());
        Matcher m = VIEW_STATE.matcher(r.body());
        if (m.find()) {
            viewState = m.group(1);
        }
        Matcher n = NONCE.matcher(r.body());
        if (n.find()) {
            nonce = n.group(1);
        }
        return r.body();
    }

    public String viewState() {
        return viewState;
    }

    /**
     * A PrimeFaces ajax post: {@code source} processed with {@code execute}, {@code render} rendered,
     * the form's marker and the view state sent, then {@code extra} (already encoded, starting with &amp;).
     */
    public HttpResponse<String> ajax(
            String path, String form, String source, String execute, String render, String viewState, String extra) {
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(source)
                + "&jakarta.faces.partial.execute="
                + enc(execute) + "&jakarta.faces.partial.render=" + enc(render) + "&" + enc(form) + "=" + enc(form)
                + "&jakarta.faces.ViewState=" + enc(viewState)
                + (nonce == null ? "" : "&primefaces.nonce=" + enc(nonce)) + extra;
        return post(path, body, true);
    }

    private HttpResponse<String> post(String path, String body, boolean ajax) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(
                    b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
