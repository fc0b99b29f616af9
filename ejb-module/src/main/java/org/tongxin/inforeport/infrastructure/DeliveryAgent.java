package org.tongxin.inforeport.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongxin.inforeport.application.Courier;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.platform.kernel.Jsonp;

/**
 * Carries forwarded reports to the deployments that host their parents: every few seconds the due
 * deliveries, and one at once when an editor asks. The call is made outside any transaction; its
 * outcome is recorded in one of its own. The other deployment answers the same report for the same
 * idempotency key, so an attempt whose answer was lost is simply made again.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryAgent implements Courier {

    private static final Logger LOG = Logger.getLogger(DeliveryAgent.class.getName());
    private static final Duration PERIOD = Duration.ofSeconds(5);
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration ANSWER = Duration.ofSeconds(20);

    @EJB
    DeliveryWork work;

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();
    private HttpClient http;
    /** How often a delivered report is read back from the other deployment ({@code TONGXIN_DELIVERY_FOLLOW_MINUTES}, default 10). */
    private Duration followEvery;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder()
                .connectTimeout(CONNECT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        followEvery = Duration.ofMinutes(PlatformSettings.get("tongxin.delivery.follow-minutes")
                .map(Long::parseLong)
                .orElse(10L));
        next();
    }

    private void next() {
        timers.createSingleActionTimer(PERIOD.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    void tick() {
        try {
            if (running.compareAndSet(false, true)) {
                try {
                    work.due(20).forEach(this::attempt);
                    work.toFollow(followEvery, 20).forEach(this::follow);
                } finally {
                    running.set(false);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "delivering forwarded reports failed; trying again later", e);
        } finally {
            next();
        }
    }

    @Override
    public void attemptFor(long reportId) {
        work.forReport(reportId).ifPresent(this::attempt);
    }

    @Override
    public void followFor(long reportId) {
        work.forReport(reportId).ifPresent(this::follow);
    }

    /**
     * Asks the other deployment what became of a delivered report (its adoptions and instructions there)
     * and records it, crediting the authors here; an unanswered question is asked again next round.
     */
    void follow(long deliveryId) {
        Optional<DeliveryWork.Outgoing> prepared = work.prepareFollow(deliveryId);
        if (prepared.isEmpty()) {
            return;
        }
        DeliveryWork.Outgoing out = prepared.get();
        if (out.username() == null || pointsAtLocal(out.url())) {
            work.notFollowed(deliveryId);
            return;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(out.url()))
                    .timeout(ANSWER)
                    .header("Accept", "application/json")
                    .header("Authorization", basic(out))
                    .GET()
                    .build();
            HttpResponse<String> answer =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() == 200) {
                work.followed(
                        deliveryId,
                        Jsonp.createReader(new StringReader(answer.body())).readObject());
                return;
            }
            LOG.log(Level.INFO, "no progress for delivery {0}: HTTP {1} {2}", new Object[] {
                deliveryId, answer.statusCode(), snippet(answer.body())
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "no progress for delivery {0}: {1}", new Object[] {deliveryId, e.toString()});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        work.notFollowed(deliveryId);
    }

    /** Checked again at delivery: the route's host may resolve to a local address by now (DNS rebinding). */
    private static boolean pointsAtLocal(String url) {
        return !org.tongxin.inforeport.application.RouteAddresses.localAllowed()
                && org.tongxin.inforeport.application.RouteAddresses.local(url, java.net.InetAddress::getAllByName);
    }

    private static String basic(DeliveryWork.Outgoing out) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((out.username() + ":" + out.secret()).getBytes(StandardCharsets.UTF_8));
    }

    void attempt(long deliveryId) {
        Optional<DeliveryWork.Outgoing> prepared = work.prepare(deliveryId);
        if (prepared.isEmpty()) {
            return;
        }
        DeliveryWork.Outgoing out = prepared.get();
        if (out.username() == null) {
            work.rejected(deliveryId, "no route: the organisation's route to the other deployment was removed");
            return;
        }
        if (pointsAtLocal(out.url())) {
            work.rejected(
                    deliveryId,
                    "the route's address resolves to a local address, which tongxin.routes.allow-local does not allow");
            return;
        }
        HttpResponse<String> answer;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(out.url()))
                    .timeout(ANSWER)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header("Accept", "application/json")
                    .header("Idempotency-Key", out.idempotencyKey())
                    .header("Authorization", basic(out))
                    .POST(HttpRequest.BodyPublishers.ofString(out.json(), StandardCharsets.UTF_8))
                    .build();
            answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            work.failed(deliveryId, "no answer from " + out.url() + ": " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            work.failed(deliveryId, "interrupted");
            return;
        }
        int status = answer.statusCode();
        if (status == 200 || status == 201) {
            try {
                JsonObject body =
                        Jsonp.createReader(new StringReader(answer.body())).readObject();
                work.delivered(deliveryId, body.getJsonNumber("id").longValue());
            } catch (RuntimeException e) {
                work.failed(deliveryId, "HTTP " + status + " without a report id: " + snippet(answer.body()));
            }
        } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
            work.rejected(deliveryId, "HTTP " + status + ": " + snippet(answer.body()));
        } else {
            work.failed(deliveryId, "HTTP " + status + ": " + snippet(answer.body()));
        }
    }

    private static String snippet(String body) {
        String s = body == null ? "" : body.strip();
        return s.length() > 300 ? s.substring(0, 300) : s;
    }
}
