package org.tongxin.inforeport.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.apache.lucene.store.FSDirectory;
import org.tongxin.inforeport.domain.ReportQuery;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.ReportSearch;
import org.tongxin.platform.application.PlatformSettings;

/**
 * The report index of this node, on disk under {@code TONGXIN_INDEX_DIR} (default: the server's data
 * directory, {@code tongxin/index/reports}). It follows the database two ways: reports written by
 * committed transactions on this node are indexed before the next search (see {@link ReportChanges}), and
 * every few seconds a scan reads the reports changed since its bookmark (modification time, id), which
 * it commits with the index; after a restart the scan resumes from the bookmark, and an index built from
 * another database (a new H2 file, a restored dump) is rebuilt from scratch.
 *
 * <p>A report's modification time is stamped when its transaction writes it, not when it commits: a transaction of
 * another node (or of this one, written past {@link ReportChanges}) that commits after a later-stamped one has been
 * scanned would fall behind the bookmark for good. So each scan also reads again the stamps of the last
 * {@link #OVERLAP} before its bookmark (ids and times only) and indexes what it has not indexed at that time
 * (docs/cluster.md).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportIndexBean implements ReportSearch {

    private static final Logger LOG = Logger.getLogger(ReportIndexBean.class.getName());
    /**
     * The pause between scans: {@code tongxin.index.scan-millis} ({@code TONGXIN_INDEX_SCAN_MILLIS}), default 5000. On a
     * cluster it bounds how long a report written on another node takes to be found here (docs/cluster.md).
     */
    private static final Duration PERIOD = Duration.ofMillis(Math.max(
            100,
            PlatformSettings.get("tongxin.index.scan-millis")
                    .map(Long::parseLong)
                    .orElse(5_000L)));

    /**
     * How far behind its bookmark each scan looks again: longer than a transaction may last between stamping a
     * report and committing it (WildFly's transaction timeout, 300 s, which the platform keeps) plus the differences
     * of the nodes' clocks.
     */
    static final Duration OVERLAP = Duration.ofMinutes(6);

    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 50_000;
    /** Fewer reports than this to catch up: done before the application serves; more: by the timer, searches serve meanwhile. */
    private static final int CATCH_UP_AT_START = 20_000;

    private static final String AT = "scan.updated-at";
    private static final String AFTER_ID = "scan.after-id";
    private static final String DATABASE = "database";
    private static final String SCHEMA = "schema";

    @EJB
    ReportDocuments documents;

    @Resource
    TimerService timers;

    private ReportTextIndex index;
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean scanning = new AtomicBoolean();
    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean ready;
    private volatile Instant scannedTo = Instant.EPOCH;
    private volatile long scannedAfterId;
    private volatile String database = "";
    /** What the index holds of the reports stamped within the overlap window: id and modification time. */
    private final Map<Long, Instant> indexed = new ConcurrentHashMap<>();

    @PostConstruct
    void open() {
        Path dir = PlatformSettings.get("tongxin.index-dir")
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                        "tongxin",
                        "index",
                        "reports"));
        try {
            Files.createDirectories(dir);
            index = new ReportTextIndex(FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the report index in " + dir, e);
        }
        Map<String, String> bookmark = index.committed();
        database = documents.fingerprint();
        if (!bookmark.isEmpty()
                && database.equals(bookmark.get(DATABASE))
                && ReportTextIndex.SCHEMA.equals(bookmark.get(SCHEMA))) {
            scannedTo = Instant.parse(bookmark.get(AT));
            scannedAfterId = Long.parseLong(bookmark.get(AFTER_ID));
            LOG.info(() ->
                    "Report index in " + dir + ": " + index.documents() + " reports, resuming after " + scannedTo);
        } else {
            index.clear();
            LOG.info(() ->
                    "Report index in " + dir + ": built afresh for this database and layout " + ReportTextIndex.SCHEMA);
        }
        if (documents.count() - index.documents() < CATCH_UP_AT_START) {
            scan();
        }
        next(Duration.ofSeconds(1));
    }

    /** One scan at a time: each schedules the next when it is done, however long it took. */
    private void next(Duration in) {
        timers.createSingleActionTimer(in.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    void tick() {
        try {
            scan();
        } finally {
            next(PERIOD);
        }
    }

    @PreDestroy
    void close() {
        try {
            commit();
        } finally {
            index.close();
        }
    }

    /** What changed since the bookmark, then a commit with the new bookmark. */
    void scan() {
        if (!scanning.compareAndSet(false, true)) {
            return;
        }
        try {
            int since = 0;
            boolean changed = current();
            changed |= lookBack();
            while (true) {
                List<ReportTextIndex.Doc> batch = documents.after(scannedTo, scannedAfterId, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                write(batch);
                ReportTextIndex.Doc last = batch.get(batch.size() - 1);
                scannedTo = last.updatedAt();
                scannedAfterId = last.id();
                forget();
                changed = true;
                since += batch.size();
                if (since >= COMMIT_EVERY) {
                    commit();
                    since = 0;
                }
            }
            if (changed) {
                commit();
                index.refresh();
            }
            if (!ready) {
                ready = true;
                LOG.info(() -> "Report index caught up: " + index.documents() + " reports");
            }
        } finally {
            scanning.set(false);
        }
    }

    /**
     * The overlap window behind the bookmark: the reports stamped there that the index does not hold at that
     * modification time (committed late, or indexed before this start), indexed now. Reads ids and times; loads only
     * what is missing.
     */
    private boolean lookBack() {
        if (scannedTo.equals(Instant.EPOCH)) {
            return false;
        }
        Instant from = forget();
        List<Long> missing = new ArrayList<>();
        for (ReportDocuments.Stamp s : documents.stamped(from, scannedTo, scannedAfterId)) {
            if (!s.updatedAt().equals(indexed.get(s.id()))) {
                missing.add(s.id());
            }
        }
        if (missing.isEmpty()) {
            return false;
        }
        write(documents.load(missing));
        LOG.fine(() -> "Report index: " + missing.size() + " reports stamped behind the bookmark indexed");
        return true;
    }

    /** Drops what fell out of the window (a rebuild of the whole index keeps no more than the window and a batch). */
    private Instant forget() {
        Instant from = scannedTo.minus(OVERLAP);
        indexed.values().removeIf(t -> t.isBefore(from));
        return from;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Rows list(ReportRepository.Scope scope, ReportQuery query, int offset, int limit) {
        current();
        ReportTextIndex.Rows rows = index.list(scope, query, offset, limit);
        return new Rows(rows.rows(), rows.total());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Hits similar(ReportRepository.Scope scope, String title, String body, Long excluding, int limit) {
        current();
        ReportTextIndex.Hits hits = index.similar(scope, title, body, excluding, limit);
        return new Hits(hits.ids(), hits.total());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<Long> visible(ReportRepository.Scope scope, Collection<Long> ids) {
        return index.visible(scope, ids);
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public Status status() {
        return new Status(ready, index.documents(), ReportChanges.waiting(), scannedTo.toString());
    }

    /**
     * Indexes the changes this node committed and makes them visible. One thread at a time: a search that
     * finds nothing left to take waits for a drain already under way (the timer's, another request's), so it
     * never answers before a change another thread has taken is visible (ReportForwardingIT once missed a
     * report received a moment before).
     */
    private boolean current() {
        draining.lock();
        try {
            if (drain()) {
                index.refresh();
                return true;
            }
            return false;
        } finally {
            draining.unlock();
        }
    }

    private boolean drain() {
        boolean any = false;
        Set<Long> ids;
        while (!(ids = ReportChanges.take(BATCH)).isEmpty()) {
            write(documents.load(ids));
            any = true;
        }
        return any;
    }

    private void write(List<ReportTextIndex.Doc> docs) {
        writing.lock();
        try {
            index.put(docs);
            Instant from = scannedTo.minus(OVERLAP);
            docs.stream().filter(d -> !d.updatedAt().isBefore(from)).forEach(d -> indexed.put(d.id(), d.updatedAt()));
        } finally {
            writing.unlock();
        }
    }

    private void commit() {
        index.commit(Map.of(
                AT,
                scannedTo.toString(),
                AFTER_ID,
                Long.toString(scannedAfterId),
                DATABASE,
                database,
                SCHEMA,
                ReportTextIndex.SCHEMA));
    }
}
