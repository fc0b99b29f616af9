package org.tongxin.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongxin.platform.application.PlatformSettings;

/**
 * Publishes the outbox: right after a transaction that wrote events commits ({@link #kick}, asynchronous), and
 * every few seconds by a sweep that finds what a crash or a failed send left behind. One round at a time on a
 * node; across nodes the row lock of {@link OutboxWork} makes them take turns. Published rows are deleted after
 * {@code tongxin.outbox.keep-days} (default 30).
 *
 * <p>{@code tongxin.outbox.relay=off} ({@code TONGXIN_OUTBOX_RELAY}) pauses it, read at every round: the events
 * stay in the outbox until it is on again.
 */
@Singleton
@Startup
@DependsOn("EventBroker")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

    public static final String SETTING = "tongxin.outbox.relay";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 200;
    private static final Duration SWEEP = Duration.ofSeconds(5);
    private static final Duration HOUSEKEEPING = Duration.ofHours(1);

    @EJB
    OutboxWork work;

    @Resource
    TimerService timers;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile Instant lastHousekeeping = Instant.EPOCH;

    @PostConstruct
    void start() {
        next();
    }

    private void next() {
        timers.createSingleActionTimer(SWEEP.toMillis(), new TimerConfig(null, false));
    }

    /** Whether the relay publishes ({@code tongxin.outbox.relay} is not {@code off}). */
    public static boolean enabled() {
        String v = PlatformSettings.get(SETTING).orElse("on").toLowerCase(Locale.ROOT);
        return !(v.equals("off") || v.equals("false"));
    }

    /** Publishes what is due now, on another thread (called after a commit that wrote events). */
    @Asynchronous
    public void kick() {
        drain();
    }

    @Timeout
    void sweep() {
        try {
            drain();
            housekeeping();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the outbox relay failed; trying again at the next sweep", e);
        } finally {
            next();
        }
    }

    /** Publishes rounds until the outbox is empty or a round publishes nothing; returns how many were published. */
    public int drain() {
        if (!enabled()) {
            return 0;
        }
        if (!running.compareAndSet(false, true)) {
            again.set(true); // the running round will look once more
            return 0;
        }
        int total = 0;
        long begin = System.nanoTime();
        try {
            do {
                again.set(false);
                OutboxWork.Round round;
                do {
                    round = work.publish(BATCH);
                    total += round.published();
                } while (round.read() == BATCH && round.published() > 0 && enabled());
            } while (again.get() && enabled());
        } finally {
            running.set(false);
        }
        if (total >= BATCH) {
            // a backlog (the demo data's events at a first start, a relay resumed, a broker back): its cost in the log
            int published = total;
            LOG.info(() ->
                    "outbox: published " + published + " events in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
        }
        return total;
    }

    private void housekeeping() {
        Instant now = clock.instant();
        if (Duration.between(lastHousekeeping, now).compareTo(HOUSEKEEPING) < 0) {
            return;
        }
        lastHousekeeping = now;
        long days = PlatformSettings.get("tongxin.outbox.keep-days")
                .map(Long::parseLong)
                .orElse(30L);
        Instant before = now.minus(Duration.ofDays(days));
        int deleted;
        int total = 0;
        do {
            deleted = work.forget(before, 1000);
            total += deleted;
        } while (deleted == 1000);
        if (total > 0) {
            int n = total;
            LOG.info(() -> "outbox housekeeping: deleted " + n + " events published before " + before);
        }
    }
}
