package org.tongxin.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault tests of the platform on PostgreSQL, each from one command, printing what it checked.
 *
 * <p>{@code --mode=crash}: on a fresh database with the demo data, members write and submit reports and
 * office staff book spaces and open activities on them, while the server process is killed with SIGKILL;
 * the server is started again and every write that had been acknowledged to a client (201/200) must be
 * in the database, and nothing half-written: every report has its first version, its authors, its
 * {@code CREATE} step, a submitted one its {@code SUBMIT} step and its duty entry; every activity its
 * booking.
 *
 * <p>{@code --mode=outage}: under a read load (the report list over the API, the readiness check, a
 * page), PostgreSQL is stopped for 30 s and started again: every answer during the outage must come
 * fast with 503 (problem+json for the API, the short "service temporarily unavailable" page for pages),
 * never a stack trace nor a hung request, the readiness check must say down, and the platform must
 * answer 200 again without a restart.
 */
public final class FaultRun {

    private static final String PASSWORD = "Tongxin-Demo-2026";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * A stack trace in an answer: an exception printed as by {@code printStackTrace} ("x.y.SomeException: …"), a
     * frame ("at x.y.Z(…)") or "Caused by:". (A class name alone is not one: the layout names
     * ViewExpiredException in its script, to send an expired view to the login page.)
     */
    private static final java.util.regex.Pattern STACK_TRACE = java.util.regex.Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com)\\.[\\w.$]+(?:Exception|Error): |\\n\\s+at [\\w.$]+\\(|Caused by: ");

    private static final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    private FaultRun() {}

    public static void main(String[] args) throws Exception {
        String mode = CommitteeBench.arg(args, "--mode", "crash");
        String url = CommitteeBench.arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/tongxin_fault");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server"));
        int portOffset = Integer.parseInt(CommitteeBench.arg(args, "--port-offset", "0"));
        String given = CommitteeBench.arg(args, "--seconds", "");
        int seconds = given.isBlank() ? (mode.equals("crash") ? 15 : 30) : Integer.parseInt(given);
        String base = CommitteeBenchRun.base(portOffset);
        recreate(url, user);
        if (mode.equals("outbox")) {
            failures.addAll(OutboxFault.run(server, url, user, portOffset, base));
            report(mode);
            return;
        }
        Path data = Files.createTempDirectory("tongxin-fault-data");
        Path log = server.resolveSibling("fault-server.log");
        Process wildfly = CommitteeBenchRun.start(server, url, user, portOffset, true, data);
        try {
            CommitteeBenchRun.awaitReady(wildfly, log, base);
            if (mode.equals("crash")) {
                wildfly = crash(
                        server,
                        url,
                        user,
                        portOffset,
                        data,
                        log,
                        base,
                        wildfly,
                        seconds,
                        Integer.parseInt(CommitteeBench.arg(args, "--writes", "400")));
            } else {
                outage(base, seconds);
            }
        } finally {
            CommitteeBenchRun.stop(wildfly);
        }
        report(mode);
    }

    private static void report(String mode) {
        System.out.println();
        if (failures.isEmpty()) {
            System.out.println("FAULT TEST (" + mode + "): PASSED");
        } else {
            System.out.println("FAULT TEST (" + mode + "): FAILED");
            failures.forEach(f -> System.out.println("  - " + f));
            System.exit(1);
        }
    }

    // --- crash ------------------------------------------------------------------------------------

    private record Acked(String kind, long id, String state) {}

    private static Process crash(
            Path server,
            String url,
            String user,
            int portOffset,
            Path data,
            Path log,
            String base,
            Process wildfly,
            int seconds,
            int writes)
            throws Exception {
        List<Long> spaces = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Reply r = call("keeper", "POST", base + "/api/v1/studyhall/spaces", """
                    {"name":"故障测试场地%d","zone":"ACTIVITY","capacity":30,"openingHours":"00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59",
                     "minMinutes":30,"maxMinutes":480,"advanceDays":365,"needsApproval":false,"membersMayBook":true,"cancelNoticeHours":0}""".formatted(i));
            require(r.status == 201, "space created: " + r);
            spaces.add(json(r.body).getJsonNumber("id").longValue());
        }
        Map<String, Acked> acked = new ConcurrentHashMap<>();
        AtomicInteger acknowledgements = new AtomicInteger();
        Progress progress = new Progress();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger refusedAfterKill = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(8);
        for (int w = 0; w < 4; w++) {
            String member = "member" + (w + 1);
            writers.add(new Thread(
                    () -> {
                        started.countDown();
                        for (int n = 0; !killed.get(); n++) {
                            Reply c = quietly(
                                    member,
                                    "POST",
                                    base + "/api/v1/reports",
                                    Json.createObjectBuilder()
                                            .add("title", "崩溃测试信息 " + member + " #" + n)
                                            .add("body", "持续写入中的信息正文。")
                                            .add(
                                                    "proposals",
                                                    Json.createArrayBuilder().add("建议一"))
                                            .add("topic", "ECONOMY")
                                            .add("coAuthors", Json.createArrayBuilder())
                                            .build()
                                            .toString());
                            if (c == null) {
                                refusedAfterKill.incrementAndGet();
                                return;
                            }
                            if (c.status != 201) {
                                continue;
                            }
                            long id = json(c.body).getJsonNumber("id").longValue();
                            acked.put("report:" + id, new Acked("report", id, "DRAFT"));
                            acknowledgements.incrementAndGet();
                            progress.signal();
                            Reply s = quietly(member, "POST", base + "/api/v1/reports/" + id + "/submit", "");
                            if (s == null) {
                                return;
                            }
                            if (s.status == 200) {
                                acked.put("report:" + id, new Acked("report", id, "SUBMITTED"));
                                acknowledgements.incrementAndGet();
                                progress.signal();
                            }
                        }
                    },
                    "writer-" + member));
        }
        for (int w = 0; w < 4; w++) {
            long space = spaces.get(w);
            writers.add(new Thread(
                    () -> {
                        started.countDown();
                        LocalDate day = LocalDate.now(ZONE).plusDays(2);
                        for (int n = 0; !killed.get(); n++) {
                            LocalDate d = day.plusDays(n / 10);
                            int hour = 8 + n % 10;
                            Reply b = quietly("office", "POST", base + "/api/v1/studyhall/bookings", """
                            {"space":%d,"start":"%s","end":"%s","title":"崩溃测试预约","attendees":5}""".formatted(
                                            space, at(d, hour), at(d, hour + 1)));
                            if (b == null) {
                                return;
                            }
                            if (b.status != 201) {
                                continue;
                            }
                            long booking = json(b.body).getJsonNumber("id").longValue();
                            acked.put("booking:" + booking, new Acked("booking", booking, ""));
                            acknowledgements.incrementAndGet();
                            progress.signal();
                            Reply a = quietly(
                                    "office",
                                    "POST",
                                    base + "/api/v1/studyhall/bookings/" + booking + "/activity",
                                    "{\"kind\":\"READING_SHARING\",\"capacity\":5}");
                            if (a == null) {
                                return;
                            }
                            if (a.status == 201) {
                                long activity = json(a.body).getJsonNumber("id").longValue();
                                acked.put(
                                        "activity:" + activity,
                                        new Acked("activity", activity, Long.toString(booking)));
                                acknowledgements.incrementAndGet();
                                progress.signal();
                            }
                        }
                    },
                    "writer-booking-" + w));
        }
        writers.forEach(Thread::start);
        started.await();
        long writing = System.nanoTime();
        // the kill comes once enough writes were acknowledged, and not before the load ran its while
        if (!progress.until(
                Progress.atLeast(Duration.ofSeconds(seconds), writing, () -> acknowledgements.get() >= writes),
                Duration.ofSeconds(Math.max(120, seconds * 4L)))) {
            failures.add("only " + acknowledgements.get() + " writes acknowledged of the " + writes
                    + " asked for before the kill");
        }
        int before = acked.size();
        List<ProcessHandle> all = new ArrayList<>(wildfly.descendants().toList());
        all.add(wildfly.toHandle());
        all.forEach(ProcessHandle::destroyForcibly); // SIGKILL on Linux: no shutdown hook, no flush
        killed.set(true);
        for (ProcessHandle p : all) {
            p.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        for (Thread t : writers) {
            t.join(Duration.ofSeconds(60).toMillis());
        }
        System.out.printf(
                Locale.ROOT,
                "%nkilled the server (SIGKILL) after %.1f s of writes: %d acknowledgements (%d asked for at least),"
                        + " %d records acknowledged (%d before the kill)%n",
                (System.nanoTime() - writing) / 1e9,
                acknowledgements.get(),
                writes,
                acked.size(),
                before);

        Process again = CommitteeBenchRun.start(server, url, user, portOffset, true, data);
        CommitteeBenchRun.awaitReady(again, log, base);
        System.out.println("restarted; checking the database");
        check(url, user, acked);
        return again;
    }

    private static void check(String url, String user, Map<String, Acked> acked) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            int reports = 0;
            int submitted = 0;
            int bookings = 0;
            int activities = 0;
            int missing = 0;
            for (Acked a : acked.values()) {
                switch (a.kind()) {
                    case "report" -> {
                        reports++;
                        String state = single(c, "select state from ir_report where id = ?", a.id());
                        if (state == null) {
                            missing++;
                            failures.add("acknowledged report " + a.id() + " is missing");
                        } else if (a.state().equals("SUBMITTED")) {
                            submitted++;
                            if (!state.equals("SUBMITTED")) {
                                failures.add("report " + a.id() + " was acknowledged submitted, is " + state);
                            }
                        }
                    }
                    case "booking" -> {
                        bookings++;
                        if (single(c, "select status from sh_booking where id = ?", a.id()) == null) {
                            missing++;
                            failures.add("acknowledged booking " + a.id() + " is missing");
                        }
                    }
                    default -> {
                        activities++;
                        String booking = single(c, "select booking_id from sh_activity where id = ?", a.id());
                        if (booking == null || !booking.equals(a.state())) {
                            missing++;
                            failures.add("acknowledged activity " + a.id() + " of booking " + a.state()
                                    + " is missing or moved");
                        }
                    }
                }
            }
            counts.put("01 acknowledged reports (created) found", reports - countIn(failures, "report", "missing"));
            counts.put("02 acknowledged submissions found submitted", submitted);
            counts.put("03 acknowledged bookings found", bookings - countIn(failures, "booking", "missing"));
            counts.put(
                    "04 acknowledged activities found with their booking",
                    activities - countIn(failures, "activity", "missing"));
            counts.put("05 missing acknowledged writes", missing);
            halfWritten(
                    c,
                    counts,
                    "06 reports without their CREATE step",
                    "select count(*) from ir_report r where not exists (select 1 from ir_transition t where t.report_id = r.id and t.action in ('CREATE', 'COMBINE', 'RECEIVE'))");
            halfWritten(
                    c,
                    counts,
                    "07 reports past draft without their SUBMIT step",
                    "select count(*) from ir_report r where r.state <> 'DRAFT' and r.combined = false and not exists (select 1 from ir_transition t"
                            + " where t.report_id = r.id and t.action in ('SUBMIT', 'RECEIVE'))");
            halfWritten(
                    c,
                    counts,
                    "08 reports without authors",
                    "select count(*) from ir_report r where not exists (select 1 from ir_author a where a.report_id = r.id)"
                            + " and not exists (select 1 from ir_inbound i where i.report_id = r.id)");
            halfWritten(
                    c,
                    counts,
                    "09 reports without their first version",
                    "select count(*) from ir_report r where not exists (select 1 from ir_version v where v.report_id = r.id)");
            halfWritten(
                    c,
                    counts,
                    "10 submitted reports without their duty entry",
                    "select count(*) from ir_report r where r.submitted_at is not null and r.combined = false"
                            + " and not exists (select 1 from ir_inbound i where i.report_id = r.id)"
                            + " and not exists (select 1 from cm_duty_entry d where d.source_ref = 'inforeport:submitted:' || r.id)");
            halfWritten(
                    c,
                    counts,
                    "11 activities without their booking",
                    "select count(*) from sh_activity a where not exists (select 1 from sh_booking b where b.id = a.booking_id)");
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-55s %8s%n", "check", "count");
        counts.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-55s %8d%n", k.substring(k.indexOf(' ') + 1), v));
    }

    private static int countIn(List<String> list, String kind, String word) {
        synchronized (list) {
            return (int) list.stream()
                    .filter(f -> f.contains(kind) && f.contains(word))
                    .count();
        }
    }

    private static void halfWritten(Connection c, Map<String, Integer> counts, String what, String sql)
            throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            int n = rs.getInt(1);
            counts.put(what, n);
            if (n != 0) {
                failures.add(what.substring(what.indexOf(' ') + 1) + ": " + n);
            }
        }
    }

    private static String single(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    // --- outage -----------------------------------------------------------------------------------

    private record Answer(String phase, String what, int status, long millis, boolean stackTrace) {}

    /** Whether each target has at least {@code n} answers in the phase. */
    private static boolean everyTargetAnswered(List<Answer> answers, String[][] targets, String phase, int n) {
        synchronized (answers) {
            for (String[] t : targets) {
                if (answers.stream()
                                .filter(a -> a.phase().equals(phase) && a.what().equals(t[0]))
                                .count()
                        < n) {
                    return false;
                }
            }
            return true;
        }
    }

    private static void outage(String base, int seconds) throws Exception {
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicReference<String> phase =
                new java.util.concurrent.atomic.AtomicReference<>("before");
        System.setProperty("tongxin.load.base", base);
        System.setProperty("tongxin.load.password", PASSWORD);
        AtomicBoolean done = new AtomicBoolean();
        Progress progress = new Progress();
        List<Thread> readers = new ArrayList<>();
        String[][] targets = {
            {"report list (API)", "editor", base + "/api/v1/reports?size=20"},
            {"spaces (API)", "member1", base + "/api/v1/studyhall/spaces"},
            {"readiness", null, base + "/api/v1/health/ready"},
            {"report list (page)", "editor", base + "/inforeport/reports.xhtml"},
        };
        for (String[] t : targets) {
            for (int k = 0; k < 2; k++) {
                boolean page = t[2].endsWith(".xhtml");
                LoadBench.User browser = new LoadBench.User(t[1] == null ? "anonymous" : t[1], PASSWORD);
                if (page) {
                    LoadBench.formLogin(browser); // a page is read in a signed-in session, like a person's
                }
                readers.add(new Thread(
                        () -> {
                            while (!done.get()) {
                                String during = phase.get();
                                long start = System.nanoTime();
                                Reply r = page ? quietlyPage(browser, t[2]) : quietly(t[1], "GET", t[2], null);
                                long ms = (System.nanoTime() - start) / 1_000_000;
                                int status = r == null ? -1 : r.status;
                                boolean trace =
                                        r != null && STACK_TRACE.matcher(r.body).find();
                                if (during.equals(
                                        phase.get())) { // an answer that straddles two phases belongs to neither
                                    answers.add(new Answer(during, t[0], status, ms, trace));
                                    progress.signal();
                                }
                            }
                        },
                        "reader-" + t[0]));
            }
        }
        readers.forEach(Thread::start);
        // normal service first: every kind of request answered a few times
        if (!progress.until(() -> everyTargetAnswered(answers, targets, "before", 3), Duration.ofSeconds(120))) {
            failures.add("the requests were not all answered before the outage");
        }
        phase.set("stopping");
        run("pg_ctlcluster", "--skip-systemctl-redirect", cluster(), "main", "stop", "-m", "fast");
        phase.set("database stopped");
        System.out.println("PostgreSQL stopped");
        long stopped = System.nanoTime();
        // the outage lasts its while, and every kind of request meets it several times
        progress.until(
                Progress.atLeast(
                        Duration.ofSeconds(seconds),
                        stopped,
                        () -> everyTargetAnswered(answers, targets, "database stopped", 3)),
                Duration.ofSeconds(seconds + 60L));
        phase.set("starting");
        run("pg_ctlcluster", "--skip-systemctl-redirect", cluster(), "main", "start");
        long restarted = System.nanoTime();
        System.out.println("PostgreSQL started");
        phase.set("database back");
        long back = -1;
        while ((System.nanoTime() - restarted) < Duration.ofSeconds(90).toNanos()) {
            Reply list = quietly("editor", "GET", base + "/api/v1/reports?size=20", null);
            Reply ready = quietly(null, "GET", base + "/api/v1/health/ready", null);
            if (list != null && list.status == 200 && ready != null && ready.status == 200) {
                back = (System.nanoTime() - restarted) / 1_000_000;
                break;
            }
        }
        phase.set("after");
        // normal service again: every kind of request answered a few times more
        if (!progress.until(() -> everyTargetAnswered(answers, targets, "after", 5), Duration.ofSeconds(120))) {
            failures.add("the requests were not all answered again after the outage");
        }
        done.set(true);
        for (Thread t : readers) {
            t.join(60_000);
            if (t.isAlive()) {
                failures.add("a request hung: " + t.getName());
            }
        }
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%-18s %-22s %8s %-26s %8s %8s %7s%n",
                "phase",
                "request",
                "answers",
                "statuses",
                "p50 ms",
                "max ms",
                "traces");
        for (String p : List.of("before", "database stopped", "database back", "after")) {
            for (String[] t : targets) {
                List<Answer> mine;
                synchronized (answers) {
                    mine = answers.stream()
                            .filter(a -> a.phase().equals(p) && a.what().equals(t[0]))
                            .toList();
                }
                if (mine.isEmpty()) {
                    continue;
                }
                Map<Integer, Long> statuses = new TreeMap<>();
                mine.forEach(a -> statuses.merge(a.status(), 1L, Long::sum));
                long[] ms = mine.stream().mapToLong(Answer::millis).sorted().toArray();
                long traces = mine.stream().filter(Answer::stackTrace).count();
                System.out.printf(
                        Locale.ROOT,
                        "%-18s %-22s %8d %-26s %8d %8d %7d%n",
                        p,
                        t[0],
                        mine.size(),
                        statuses,
                        ms[ms.length / 2],
                        ms[ms.length - 1],
                        traces);
                if (traces > 0) {
                    failures.add(p + ", " + t[0] + ": " + traces + " answers showed a stack trace");
                }
                if (p.equals("database stopped")) {
                    if (statuses.keySet().stream().anyMatch(s -> s != 503)) {
                        failures.add("during the outage " + t[0] + " answered " + statuses + " (only 503 expected)");
                    }
                    if (ms[ms.length - 1] > 10_000) {
                        failures.add("during the outage " + t[0] + " took up to " + ms[ms.length - 1]
                                + " ms (fail fast: at most 10 s)");
                    }
                }
                if (p.equals("after") && statuses.keySet().stream().anyMatch(s -> s != 200)) {
                    failures.add("after the outage " + t[0] + " answered " + statuses);
                }
            }
        }
        System.out.println();
        if (back < 0) {
            failures.add("the platform did not answer 200 within 90 s of the database's return");
        } else {
            System.out.printf(Locale.ROOT, "serving again %d ms after PostgreSQL started, without a restart%n", back);
        }
    }

    /** The newest PostgreSQL cluster version of this Debian machine (15 here). */
    private static String cluster() throws IOException {
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(p -> p.getFileName().toString())
                    .max(java.util.Comparator.comparingInt(Integer::parseInt))
                    .orElse("15");
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    // --- plumbing ---------------------------------------------------------------------------------

    record Reply(int status, String body) {
        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    static Reply call(String user, String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body());
    }

    /** A page in a signed-in session: the answer, or null when there was none. */
    private static Reply quietlyPage(LoadBench.User browser, String url) {
        try {
            HttpResponse<String> r = browser.http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The answer, or null when there was none (the server is gone, or the request timed out). */
    private static Reply quietly(String user, String method, String url, String body) {
        try {
            return call(user, method, url, body);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static String at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toOffsetDateTime().toString();
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    /** Drops and creates the database (the test's own), so that the demo data loads on the first start. */
    private static void recreate(String url, String user) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, user, "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
    }
}
