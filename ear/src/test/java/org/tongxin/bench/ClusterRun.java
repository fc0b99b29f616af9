package org.tongxin.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.tongxin.bench.FaultRun.Reply;
import org.tongxin.support.RosterWorkbook;

/**
 * Two nodes of the {@code ha} server (target/server-ha) on one PostgreSQL database with HAProxy in front (issue 21,
 * docs/cluster.md).
 *
 * <p>{@code --mode=run} ({@code ./mvnw -Pcluster}): creates the database when missing, starts node1 (port offset 200,
 * loads the demo data on an empty database), then node2 (offset 300), then HAProxy at http://localhost:8180/ (sticky
 * cookie {@code TONGXIN_NODE}, health checks on the readiness endpoint, a dead node's requests sent to the other),
 * prints the addresses and waits; Ctrl-C stops the three processes it started (by their recorded PIDs).
 *
 * <p>{@code --mode=test} ({@code ./mvnw -Pcluster -Dcluster.mode=test}): the same on a fresh database
 * ({@code <name>_test}, DROPPED first), then under a steady write load through the balancer the node serving a
 * signed-in browser session is killed with SIGKILL; the session must go on without a new login, every acknowledged
 * write must be in the database, the killed node must rejoin the cluster, 64 racers split over both nodes must leave
 * exactly one booking per slot, and a report submitted on one node must be found by search on the other within 5 s.
 * Besides, a Faces form opened on the killed node (view state and view-scoped bean) is saved on the survivor, and a
 * timer fired on both nodes at once (the management operation {@code trigger}) runs its round once. Prints what it
 * checked and the figures; exits 1 on a failure.
 *
 * <p>{@code --mode=throughput} ({@code -Dcluster.mode=throughput}): the same start, then the same request mix through
 * the balancer with wrk, with two nodes and then with node2 stopped; prints a table (docs/cluster.md).
 */
public final class ClusterRun {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int BALANCER_PORT = 8180;
    private static final int[] OFFSETS = {200, 300};
    private static final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    private final Path server;
    private final Path work;
    private final String url;
    private final String user;
    private final String secretKey;
    private final Process[] nodes = new Process[2];
    private static final String MANAGEMENT_USER = "cluster-run";
    private final String managementPassword = Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36) + "-Tx";
    private Process haproxy;

    private ClusterRun(Path server, String url, String user) throws IOException {
        this.server = server;
        this.work = server.resolveSibling("cluster");
        this.url = url;
        this.user = user;
        Files.createDirectories(work.resolve("attachments"));
        Path key = work.resolve("secret.key");
        if (!Files.exists(key)) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Files.writeString(key, Base64.getEncoder().encodeToString(bytes));
        }
        this.secretKey = Files.readString(key).trim();
    }

    public static void main(String[] args) throws Exception {
        String mode = CommitteeBench.arg(args, "--mode", "run");
        String given = System.getenv("TONGXIN_DB_URL");
        String url = given != null && !given.isBlank()
                ? given
                : CommitteeBench.arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/tongxin_cluster");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server-ha"));
        int racers = Integer.parseInt(CommitteeBench.arg(args, "--racers", "64"));
        int seconds = Integer.parseInt(CommitteeBench.arg(args, "--seconds", "20"));
        if (!mode.equals("run")) {
            url = url + "_test";
            recreate(url, user);
        } else {
            createWhenMissing(url, user);
        }
        ClusterRun cluster = new ClusterRun(server, url, user);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stopAll, "cluster-stop"));
        cluster.startNode(0, true);
        cluster.startNode(1, false);
        cluster.startBalancer();
        cluster.awaitView(1, 2, Duration.ofSeconds(60));
        System.out.printf(
                Locale.ROOT,
                """

                ==============================================================================
                 Tongxin cluster on %s
                   balancer  http://localhost:%d/   (HAProxy, sticky cookie TONGXIN_NODE)
                   node1     http://localhost:%d/   (management %d)
                   node2     http://localhost:%d/   (management %d)
                 Demo logins as with -Prun, password Tongxin-Demo-2026. Logs and data: %s
                 PIDs: node1 %d, node2 %d, haproxy %d.%s
                ==============================================================================
                %n""",
                url,
                BALANCER_PORT,
                8080 + OFFSETS[0],
                9990 + OFFSETS[0],
                8080 + OFFSETS[1],
                9990 + OFFSETS[1],
                cluster.work,
                cluster.nodes[0].pid(),
                cluster.nodes[1].pid(),
                cluster.haproxy.pid(),
                mode.equals("run") ? "  Press Ctrl-C to stop." : "");
        if (mode.equals("run")) {
            Thread.currentThread().join();
            return;
        }
        try {
            if (mode.equals("throughput")) {
                cluster.throughput(seconds);
            } else {
                cluster.test(racers);
            }
        } catch (Exception e) {
            failures.add("the test stopped: " + e);
            e.printStackTrace(System.out);
        } finally {
            cluster.stopAll();
        }
        System.out.println();
        String what = mode.equals("throughput") ? "CLUSTER THROUGHPUT" : "CLUSTER TEST";
        if (failures.isEmpty()) {
            System.out.println(what + ": PASSED");
        } else {
            System.out.println(what + ": FAILED");
            failures.forEach(f -> System.out.println("  - " + f));
            System.exit(1);
        }
    }

    // --- the processes ----------------------------------------------------------------------------------------------

    static String nodeBase(int n) {
        return "http://localhost:" + (8080 + OFFSETS[n]);
    }

    static String balancer() {
        return "http://localhost:" + BALANCER_PORT;
    }

    private static String nodeName(int n) {
        return "node" + (n + 1);
    }

    /**
     * Starts node {@code n} on its own server base directory (target/cluster/nodeN: the configuration and the
     * deployment copied from target/server-ha on every start, its own data (search index), log and temporary files),
     * sharing the attachments directory and the secret key with the other node.
     */
    private void startNode(int n, boolean demo) throws Exception {
        Path base = work.resolve(nodeName(n));
        for (String dir : List.of("configuration", "deployments")) {
            copyTree(server.resolve("standalone").resolve(dir), base.resolve(dir));
        }
        // a management user of this run (HTTP Digest), for the test's operations on the nodes' timers
        Files.writeString(
                base.resolve("configuration/mgmt-users.properties"),
                "\n" + MANAGEMENT_USER + "=" + md5Hex(MANAGEMENT_USER + ":ManagementRealm:" + managementPassword)
                        + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(
                server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + OFFSETS[n],
                "-Dtongxin.demo-data=" + demo);
        Map<String, String> env = pb.environment();
        env.put("TONGXIN_DB_URL", url);
        env.put("TONGXIN_DB_USER", user);
        env.put("TONGXIN_DB_PASSWORD", "cluster");
        env.put("TONGXIN_DEMO_DATA", Boolean.toString(demo));
        env.put("TONGXIN_NODE_NAME", nodeName(n));
        env.put("TONGXIN_ATTACHMENT_DIR", work.resolve("attachments").toString());
        env.put("TONGXIN_SECRET_KEY", secretKey);
        // a report written on the other node is searchable here within a second of the scan (docs/cluster.md)
        env.put("TONGXIN_INDEX_SCAN_MILLIS", "1000");
        env.put("NOPAUSE", "true");
        pb.redirectErrorStream(true);
        Path log = base.resolve("console.log");
        System.out.println(
                "starting " + nodeName(n) + " at " + nodeBase(n) + " (log: " + base.resolve("log/server.log") + ")");
        nodes[n] = pb.start();
        Files.writeString(work.resolve(nodeName(n) + ".pid"), Long.toString(nodes[n].pid()));
        CommitteeBenchRun.awaitReady(nodes[n], log, nodeBase(n));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName()
                        .toString()
                        .matches(".*\\.(deployed|failed|isdeploying|pending|undeployed)")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void startBalancer() throws Exception {
        Path cfg = work.resolve("haproxy.cfg");
        Files.writeString(cfg, """
                # generated by org.tongxin.bench.ClusterRun (ear/target/cluster); docs/cluster.md
                global
                    maxconn 4000
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    # a request whose node is down (connection refused) goes to another one
                    retries 3
                    option redispatch
                frontend tongxin
                    bind :%d
                    option forwardfor
                    # a client asking to upgrade to cleartext HTTP/2 (h2c; Java's HTTP client does) would be tunnelled
                    # after the 101: no cookie of the balancer, no failover. The balancer keeps such clients on
                    # HTTP/1.1 (other upgrades, such as remote EJB's remote+http, pass)
                    http-request del-header HTTP2-Settings if { req.hdr(Upgrade) -i h2c }
                    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    # sticky sessions: the node's name in a cookie of the balancer's own
                    cookie TONGXIN_NODE insert indirect nocache httponly
                    option httpchk GET /api/v1/health/ready
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                    server node1 127.0.0.1:%d check cookie node1
                    server node2 127.0.0.1:%d check cookie node2
                """.formatted(BALANCER_PORT, 8080 + OFFSETS[0], 8080 + OFFSETS[1]));
        ProcessBuilder pb = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", cfg.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(work.resolve("haproxy.log").toFile());
        haproxy = pb.start();
        Files.writeString(work.resolve("haproxy.pid"), Long.toString(haproxy.pid()));
        if (!Await.until(Duration.ofSeconds(20), () -> status(balancer() + "/api/v1/health/ready") == 200)) {
            throw new IllegalStateException(
                    "HAProxy does not answer at " + balancer() + "; see " + work.resolve("haproxy.log"));
        }
        System.out.println("balancer at " + balancer() + " (HAProxy, PID " + haproxy.pid() + ")");
    }

    private synchronized void stopAll() {
        try {
            if (haproxy != null && haproxy.isAlive()) {
                haproxy.destroy();
            }
            for (Process node : nodes) {
                if (node != null && node.isAlive()) {
                    CommitteeBenchRun.stop(node);
                }
            }
        } catch (Exception e) {
            System.out.println("stopping the cluster: " + e);
        }
    }

    /** SIGKILL of the node's JVM (not the script that started it), as a crash or a pulled cable would. */
    private void kill(int n) throws Exception {
        List<ProcessHandle> all = new ArrayList<>(nodes[n].descendants().toList());
        all.add(nodes[n].toHandle());
        for (ProcessHandle p : all) {
            p.destroyForcibly();
        }
        for (ProcessHandle p : all) {
            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /**
     * Waits until node {@code n} (the one started last) reports that it joined a cluster view of {@code members}
     * members (WildFly's WFLYCLJG0033, the last one in its log).
     */
    private void awaitView(int n, int members, Duration timeout) throws Exception {
        String size = "(" + members + ")";
        if (!Await.until(
                timeout,
                () -> nodes[n] != null && nodes[n].isAlive() && lastView(n).contains(size))) {
            throw new IllegalStateException("no cluster view of " + members + " members: " + lastView(n));
        }
        System.out.println("cluster view: " + lastView(n).replaceAll(".*WFLYCLJG0033: ", ""));
    }

    private String lastView(int n) {
        Path log = work.resolve(nodeName(n)).resolve("log/server.log");
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("WFLYCLJG0033"))
                    .reduce((a, b) -> b)
                    .orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    // --- the test ---------------------------------------------------------------------------------------------------

    private void test(int racers) throws Exception {
        System.setProperty("tongxin.load.base", balancer());
        System.setProperty("tongxin.load.password", "Tongxin-Demo-2026");
        // a signed-in browser session through the balancer, and the node that serves it
        LoadBench.User browser = new LoadBench.User("member1", "Tongxin-Demo-2026");
        LoadBench.formLogin(browser);
        int signedIn = page(browser, "/profile.xhtml");
        require(signedIn == 200, "the signed-in page through the balancer answers " + signedIn);
        String serving = cookie(browser, "TONGXIN_NODE");
        require(serving != null, "the balancer sets its TONGXIN_NODE cookie");
        int victim = serving.equals("node1") ? 0 : 1;
        int survivor = 1 - victim;
        System.out.println("the browser session is on " + serving + "; it is the one to be killed");

        // a Faces view on that node: the report form, its fields given by an ajax request (kept in the view-scoped
        // bean)
        String draft = "集群视图状态 " + Long.toString(System.nanoTime(), 36);
        facesBeforeKill(browser, draft);

        // a steady load of writes through the balancer (reports by four members), acknowledged ids kept
        Map<Long, String> acked = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String member = "member" + (w + 2);
            Thread t = new Thread(
                    () -> {
                        for (int i = 0; !stop.get(); i++) {
                            Reply r = quietly(
                                    member,
                                    "POST",
                                    balancer() + "/api/v1/reports",
                                    report("集群负载 " + member + " #" + i));
                            if (r != null && r.status() == 201) {
                                acked.put(
                                        FaultRun.json(r.body())
                                                .getJsonNumber("id")
                                                .longValue(),
                                        member);
                            } else {
                                refused.incrementAndGet();
                            }
                        }
                    },
                    "writer-" + member);
            writers.add(t);
            t.start();
        }
        Await.until(Duration.ofSeconds(60), () -> acked.size() >= 40);
        int before = acked.size();
        long killedAt = System.nanoTime();
        kill(victim);
        System.out.printf(Locale.ROOT, "SIGKILL %s after %d acknowledged writes%n", nodeName(victim), before);

        // the session goes on, on the other node, without a new login: first the Faces form of the killed node's view
        // is saved, then pages answer
        facesAfterKill(browser, draft, killedAt);
        int after = page(browser, "/profile.xhtml");
        double failoverMs = (System.nanoTime() - killedAt) / 1e6;
        String now = cookie(browser, "TONGXIN_NODE");
        require(after == 200, "the signed-in page after the kill answers " + after + " (302 = sent to log in again)");
        require(
                nodeName(survivor).equals(now),
                "the balancer moved the session to " + nodeName(survivor) + ", not " + now);
        System.out.printf(
                Locale.ROOT,
                "session after the kill: %d on %s, first answer %.0f ms after the SIGKILL%n",
                after,
                now,
                failoverMs);
        for (int i = 0; i < 5; i++) {
            require(page(browser, "/profile.xhtml") == 200, "the session stays signed in on " + now);
        }
        // the load goes on for a while on the survivor
        int atKill = acked.size();
        Await.until(Duration.ofSeconds(60), () -> acked.size() >= atKill + 40);
        stop.set(true);
        for (Thread t : writers) {
            t.join();
        }
        System.out.printf(
                Locale.ROOT,
                "writes: %d acknowledged (%d before the kill), %d refused or unanswered%n",
                acked.size(),
                before,
                refused.get());
        checkAcknowledged(acked);

        // the killed node comes back and joins
        long restart = System.nanoTime();
        startNode(victim, false);
        awaitView(victim, 2, Duration.ofSeconds(90));
        System.out.printf(
                Locale.ROOT,
                "%s rejoined in %.1f s (start and join)%n",
                nodeName(victim),
                (System.nanoTime() - restart) / 1e9);
        require(
                Await.until(Duration.ofSeconds(20), () -> status(nodeBase(victim) + "/api/v1/health/ready") == 200),
                "the rejoined node is ready");
        require(
                Await.until(Duration.ofSeconds(20), () -> servedBy(nodeName(victim))),
                "the balancer sends new sessions to the rejoined node again");

        race(racers);
        searchAcross(0, 1);
        searchAcross(1, 0);
        rosterAcross(0, 1);
        rosterAcross(1, 0);
        timerOnBothNodes("HallHousekeeping", "hall-housekeeping");
    }

    private static String report(String title) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("body", "集群测试中的信息正文。")
                .add("proposals", Json.createArrayBuilder().add("建议一"))
                .add("topic", "ECONOMY")
                .add("coAuthors", Json.createArrayBuilder())
                .build()
                .toString();
    }

    private void checkAcknowledged(Map<Long, String> acked) throws SQLException {
        Set<Long> missing = new java.util.TreeSet<>(acked.keySet());
        try (Connection c = DriverManager.getConnection(url, user, "");
                PreparedStatement ps = c.prepareStatement("select id from ir_report where id = ?")) {
            for (long id : acked.keySet()) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        missing.remove(id);
                    }
                }
            }
        }
        require(missing.isEmpty(), "acknowledged reports missing from the database: " + missing);
        System.out.println("every acknowledged write is in the database (" + acked.size() + " checked)");
    }

    /** Racers split over both nodes book the same slots at once: exactly one booking per slot. */
    private void race(int racers) throws Exception {
        Reply space = FaultRun.call(
                "keeper", "POST", nodeBase(0) + "/api/v1/studyhall/spaces", """
                {"name":"集群竞争场地%d","zone":"ACTIVITY","capacity":30,"openingHours":"00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59",
                 "minMinutes":30,"maxMinutes":480,"advanceDays":365,"needsApproval":false,"membersMayBook":true,"cancelNoticeHours":0}""".formatted(System.nanoTime() % 100000));
        require(space.status() == 201, "space created: " + space);
        long spaceId = FaultRun.json(space.body()).getJsonNumber("id").longValue();
        // each node checks the racers' password once before the race (later requests find it verified, as an API
        // client's do), so that the race is about the slots and not about the password checks' permits
        for (int n = 0; n < 2; n++) {
            Reply warm = FaultRun.call("office", "GET", nodeBase(n) + "/api/v1/studyhall/spaces", null);
            require(warm.status() == 200, "office's API answers on " + nodeName(n) + ": " + warm.status());
        }
        LocalDate day = LocalDate.now(ZONE).plusDays(3);
        int slots = 4;
        Map<Integer, AtomicInteger> won = new HashMap<>();
        for (int s = 0; s < slots; s++) {
            won.put(s, new AtomicInteger());
        }
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < racers; r++) {
            int racer = r;
            Thread t = new Thread(
                    () -> {
                        try {
                            go.await();
                            for (int k = 0; k < slots; k++) {
                                int s = (racer + k) % slots;
                                Reply b = FaultRun.call(
                                        "office",
                                        "POST",
                                        nodeBase(racer % 2) + "/api/v1/studyhall/bookings",
                                        """
                                {"space":%d,"start":"%s","end":"%s","title":"集群竞争预约","attendees":5}""".formatted(spaceId, FaultRun.at(day, 8 + s), FaultRun.at(day, 9 + s)));
                                if (b.status() == 201) {
                                    won.get(s).incrementAndGet();
                                } else if (b.status() != 409) {
                                    errors.incrementAndGet();
                                }
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    },
                    "racer-" + r);
            threads.add(t);
            t.start();
        }
        long t0 = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int rows;
        try (Connection c = DriverManager.getConnection(url, user, "");
                PreparedStatement ps = c.prepareStatement("select count(*) from sh_booking where space_id = ?")) {
            ps.setLong(1, spaceId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rows = rs.getInt(1);
            }
        }
        Map<Integer, Integer> wins = new LinkedHashMap<>();
        won.forEach((s, n) -> wins.put(s, n.get()));
        System.out.printf(
                Locale.ROOT,
                "race: %d racers over both nodes, %d slots, %d requests in %.1f s: wins per slot %s, %d bookings in the database, %d answers other than 201/409%n",
                racers,
                slots,
                racers * slots,
                seconds,
                wins,
                rows,
                errors.get());
        require(wins.values().stream().allMatch(n -> n == 1), "exactly one acknowledged booking per slot: " + wins);
        require(rows == slots, "exactly one booking per slot in the database: " + rows + " for " + slots + " slots");
        require(errors.get() == 0, errors.get() + " racers' answers were neither 201 nor 409");
    }

    /** A report submitted on one node is found by a search on the other: how long it takes. */
    private void searchAcross(int from, int to) throws Exception {
        String token = "cluster" + Long.toString(System.nanoTime(), 36);
        Reply created = FaultRun.call("member1", "POST", nodeBase(from) + "/api/v1/reports", report("集群检索 " + token));
        require(created.status() == 201, "report created on " + nodeName(from) + ": " + created);
        long id = FaultRun.json(created.body()).getJsonNumber("id").longValue();
        Reply submitted = FaultRun.call("member1", "POST", nodeBase(from) + "/api/v1/reports/" + id + "/submit", "");
        require(submitted.status() == 200, "report submitted: " + submitted);
        long t0 = System.nanoTime();
        String q = nodeBase(to) + "/api/v1/reports?q=" + token;
        boolean found = Await.until(Duration.ofSeconds(30), () -> {
            Reply r = quietly("member1", "GET", q, null);
            return r != null && r.status() == 200 && FaultRun.json(r.body()).getInt("total", 0) >= 1;
        });
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf(
                Locale.ROOT, "search: submitted on %s, found on %s after %.0f ms%n", nodeName(from), nodeName(to), ms);
        require(
                found,
                "the report submitted on " + nodeName(from) + " is not found on " + nodeName(to) + " within 30 s");
        require(ms <= 5000, "found on " + nodeName(to) + " only after " + Math.round(ms) + " ms (more than 5 s)");
    }

    /**
     * A member imported on one node is counted by the other node's roster: the unfiltered roster's total comes from
     * Hibernate's query cache on each node (issue 22), kept until the update-timestamps region, replicated between the
     * nodes, says that the members changed. The other node's total is cached first, then the import, then its total
     * is read again until it counts the new member (it must within a second).
     */
    private void rosterAcross(int from, int to) throws Exception {
        String roster = nodeBase(to) + "/api/v1/members?size=1";
        long before = rosterTotal(roster);
        require(
                rosterTotal(roster) == before,
                "the roster's total on " + nodeName(to) + " is stable while nothing changes");
        String code = "CL-" + Long.toString(System.nanoTime(), 36);
        StringBuilder name = new StringBuilder("集群委员");
        for (char c : Long.toString(Math.floorMod(System.nanoTime(), 100_000L)).toCharArray()) {
            name.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        byte[] workbook = workbook(code, name.toString());
        HttpResponse<String> imported = java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(nodeBase(from) + "/api/v1/members/import?dryRun=false"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Accept", "application/json")
                                .header(
                                        "Content-Type",
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("office:Tongxin-Demo-2026"
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(workbook))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        require(imported.statusCode() == 200, "a member imported on " + nodeName(from) + ": " + imported.body());
        long t0 = System.nanoTime();
        boolean counted = Await.until(Duration.ofSeconds(10), () -> {
            try {
                return rosterTotal(roster) == before + 1;
            } catch (IOException e) {
                return false;
            }
        });
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "roster: a member imported on %s, counted on %s after %.0f ms (total %d -> %d)%n",
                nodeName(from),
                nodeName(to),
                ms,
                before,
                before + 1);
        require(counted, "the roster on " + nodeName(to) + " does not count the member imported on " + nodeName(from));
        require(ms <= 1000, "counted on " + nodeName(to) + " only after " + Math.round(ms) + " ms (more than 1 s)");
    }

    private static long rosterTotal(String address) throws IOException {
        Reply r = quietly("office", "GET", address, null);
        if (r == null || r.status() != 200) {
            throw new IOException("the roster answered " + r);
        }
        return FaultRun.json(r.body()).getJsonNumber("total").longValue();
    }

    /** A roster workbook of one member in the importing office's own organisation (the columns of the roster export). */
    private static byte[] workbook(String code, String name) throws IOException {
        return RosterWorkbook.of(
                List.<String[]>of(RosterWorkbook.member(code, name, "1975-06-01", "13900000001", "在职")));
    }

    // --- Faces view state across the failover -----------------------------------------------------------------------

    private static final String WRITE = "/inforeport/write.xhtml";
    private static final java.util.regex.Pattern VIEW_STATE =
            java.util.regex.Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final java.util.regex.Pattern PARTIAL_VIEW_STATE =
            java.util.regex.Pattern.compile("jakarta\\.faces\\.ViewState[^>]*><!\\[CDATA\\[([^\\]]+)\\]\\]>");
    /** The view state of the browser's report form, obtained on the node that is killed. */
    private String formViewState;

    /**
     * Before the kill, on the node to be killed: the browser opens the report form (a view-scoped bean, server-side
     * view state) and an ajax request gives the bean the draft's title, body, proposals and topic.
     */
    private void facesBeforeKill(LoadBench.User u, String title) throws Exception {
        HttpResponse<String> page = u.http.send(
                HttpRequest.newBuilder(URI.create(balancer() + WRITE))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        java.util.regex.Matcher m = VIEW_STATE.matcher(page.body());
        require(
                page.statusCode() == 200 && m.find(),
                "the report form answers with a view state: " + page.statusCode());
        formViewState = m.group(1);
        HttpResponse<String> r = ajax(
                u,
                "writeForm:title",
                "writeForm:title writeForm:body writeForm:proposals writeForm:topic",
                "writeForm:similar",
                "&writeForm%3Atitle=" + enc(title) + "&writeForm%3Abody=" + enc("集群测试：故障转移前填写的草稿正文。")
                        + "&writeForm%3Aproposals=" + enc("建议一") + "&writeForm%3Atopic_input=ECONOMY");
        require(
                r.statusCode() == 200
                        && r.body().contains("<partial-response")
                        && !r.body().contains("<error"),
                "the report form's ajax request before the kill: " + r.statusCode() + " " + abbreviate(r.body()));
        java.util.regex.Matcher p = PARTIAL_VIEW_STATE.matcher(r.body());
        if (p.find()) {
            formViewState = p.group(1);
        }
        System.out.println("Faces: the report form opened and filled by ajax on " + cookie(u, "TONGXIN_NODE")
                + " (server-side view state " + formViewState + ")");
    }

    /**
     * After the kill, on the survivor: the save button of that form, posted with the view state from the killed node
     * and processing the button alone, so that the draft's fields come from the replicated view-scoped bean. The
     * draft must be in the database, once.
     */
    private void facesAfterKill(LoadBench.User u, String title, long killedAt) throws Exception {
        HttpResponse<String> r;
        try {
            r = ajax(u, "writeForm:save", "writeForm:save", "writeForm", "&writeForm%3Asave=writeForm%3Asave");
        } catch (IOException e) {
            require(false, "the Faces post after the kill was not answered: " + e);
            return;
        }
        double ms = (System.nanoTime() - killedAt) / 1e6;
        String now = cookie(u, "TONGXIN_NODE");
        boolean saved = r.statusCode() == 200
                && r.body().contains("<redirect")
                && r.body().contains("report.xhtml");
        require(
                saved,
                "the Faces form posted after the kill with the killed node's view state: " + r.statusCode() + " "
                        + abbreviate(r.body()));
        int drafts;
        try (Connection c = DriverManager.getConnection(url, user, "");
                PreparedStatement ps =
                        c.prepareStatement("select count(*) from ir_report where title = ? and state = 'DRAFT'")) {
            ps.setString(1, title);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                drafts = rs.getInt(1);
            }
        }
        require(
                drafts == 1,
                "the draft saved through the Faces form after the kill is in the database once: " + drafts);
        System.out.printf(
                Locale.ROOT,
                "Faces: the form's save posted with the killed node's view state answered %d on %s %.0f ms after the"
                        + " SIGKILL (%s); drafts with its title in the database: %d%n",
                r.statusCode(),
                now,
                ms,
                saved ? "a redirect to the saved report" : abbreviate(r.body()),
                drafts);
    }

    /** A PrimeFaces ajax request on the report form, with the form's view state. */
    private HttpResponse<String> ajax(LoadBench.User u, String source, String execute, String render, String fields)
            throws IOException, InterruptedException {
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(source)
                + "&jakarta.faces.partial.execute=" + enc(execute) + "&jakarta.faces.partial.render=" + enc(render)
                + "&writeForm=writeForm&jakarta.faces.ViewState=" + enc(formViewState) + fields;
        return u.http.send(
                HttpRequest.newBuilder(URI.create(balancer() + WRITE))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 400 ? one : one.substring(0, 400) + "…";
    }

    // --- a timer fired on both nodes at once ------------------------------------------------------------------------

    /**
     * The real timer of {@code bean} fired on both nodes at the same moment (WildFly's management operation
     * {@code trigger} on each node's timer, released together): the claimed job's round must run on exactly one
     * node. Which node ran it is read from the nodes' logs (ClusterJobs writes one line per firing) and from
     * pf_job_claim. The job's last round is forgotten first, so that the race is about this firing.
     */
    private void timerOnBothNodes(String bean, String job) throws Exception {
        String[] timers = new String[2];
        for (int n = 0; n < 2; n++) {
            jakarta.json.JsonArray ids = management(
                            n,
                            Json.createObjectBuilder()
                                    .add("operation", "read-children-names")
                                    .add("child-type", "timer")
                                    .add("address", timerService(bean)))
                    .getJsonArray("result");
            require(ids.size() == 1, nodeName(n) + " has one timer of " + bean + ": " + ids);
            timers[n] = ids.getString(0);
        }
        try (Connection c = DriverManager.getConnection(url, user, "");
                PreparedStatement ps = c.prepareStatement("update pf_job_claim set last_run = null where name = ?")) {
            ps.setString(1, job);
            require(ps.executeUpdate() == 1, "pf_job_claim has the row of " + job);
        }
        String won = "Cluster job " + job + ": claimed by this node";
        String lost = "Cluster job " + job + ": not claimed by this node";
        int[] wonBefore = {lines(0, won), lines(1, won)};
        int[] lostBefore = {lines(0, lost), lines(1, lost)};
        CountDownLatch go = new CountDownLatch(1);
        long[] at = new long[2];
        String[] outcome = new String[2];
        List<Thread> firing = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            int node = n;
            Thread t = new Thread(
                    () -> {
                        try {
                            go.await();
                            at[node] = System.nanoTime();
                            outcome[node] = management(
                                            node,
                                            Json.createObjectBuilder()
                                                    .add("operation", "trigger")
                                                    .add(
                                                            "address",
                                                            timerService(bean)
                                                                    .add(Json.createObjectBuilder()
                                                                            .add("timer", timers[node]))))
                                    .getString("outcome");
                        } catch (Exception e) {
                            outcome[node] = e.toString();
                        }
                    },
                    "trigger-" + nodeName(n));
            firing.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : firing) {
            t.join();
        }
        double apart = Math.abs(at[0] - at[1]) / 1e6;
        require(
                "success".equals(outcome[0]) && "success".equals(outcome[1]),
                "the timer triggered on both nodes: " + java.util.Arrays.toString(outcome));
        // both firings are logged (the trigger may return before the timeout method has run)
        Await.until(
                Duration.ofSeconds(30),
                () -> lines(0, won)
                                + lines(1, won)
                                - wonBefore[0]
                                - wonBefore[1]
                                + lines(0, lost)
                                + lines(1, lost)
                                - lostBefore[0]
                                - lostBefore[1]
                        >= 2);
        int[] ran = {lines(0, won) - wonBefore[0], lines(1, won) - wonBefore[1]};
        int[] skipped = {lines(0, lost) - lostBefore[0], lines(1, lost) - lostBefore[1]};
        String claimedBy;
        try (Connection c = DriverManager.getConnection(url, user, "");
                PreparedStatement ps = c.prepareStatement("select node from pf_job_claim where name = ?")) {
            ps.setString(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                claimedBy = rs.getString(1);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "timer: %s fired on both nodes %.1f ms apart; rounds run: node1 %d, node2 %d; rounds found taken:"
                        + " node1 %d, node2 %d; pf_job_claim names %s%n",
                bean,
                apart,
                ran[0],
                ran[1],
                skipped[0],
                skipped[1],
                claimedBy);
        require(ran[0] + ran[1] == 1, "the round of " + job + " ran exactly once: " + (ran[0] + ran[1]));
        require(
                ran[0] + skipped[0] >= 1 && ran[1] + skipped[1] >= 1,
                "the timer fired on both nodes (each logged its firing)");
        require(
                (ran[0] == 1 ? "node1" : "node2").equals(claimedBy),
                "pf_job_claim names the node that ran the round: " + claimedBy);
    }

    private static jakarta.json.JsonArrayBuilder timerService(String bean) {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("deployment", "tongxin.ear"))
                .add(Json.createObjectBuilder().add("subdeployment", "ejb-module.jar"))
                .add(Json.createObjectBuilder().add("subsystem", "ejb3"))
                .add(Json.createObjectBuilder().add("stateless-session-bean", bean))
                .add(Json.createObjectBuilder().add("service", "timer-service"));
    }

    /** One operation on a node's HTTP management interface (Digest, the run's management user): its answer. */
    private jakarta.json.JsonObject management(int n, jakarta.json.JsonObjectBuilder operation) throws IOException {
        java.net.HttpURLConnection c =
                (java.net.HttpURLConnection) URI.create("http://localhost:" + (9990 + OFFSETS[n]) + "/management")
                        .toURL()
                        .openConnection();
        c.setAuthenticator(new java.net.Authenticator() {
            @Override
            protected java.net.PasswordAuthentication getPasswordAuthentication() {
                return new java.net.PasswordAuthentication(MANAGEMENT_USER, managementPassword.toCharArray());
            }
        });
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setConnectTimeout(5000);
        c.setReadTimeout(60000);
        c.setRequestProperty("Content-Type", "application/json");
        try (var out = c.getOutputStream()) {
            out.write(operation.build().toString().getBytes(StandardCharsets.UTF_8));
        }
        int code = c.getResponseCode();
        String body;
        try (var in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
            body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (code != 200) {
            throw new IllegalStateException(nodeName(n) + "'s management interface answered " + code + ": " + body);
        }
        return FaultRun.json(body);
    }

    /** How many lines of node {@code n}'s server.log contain {@code text}. */
    private int lines(int n, String text) {
        Path log = work.resolve(nodeName(n)).resolve("log/server.log");
        try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
            return (int) all.filter(l -> l.contains(text)).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static String md5Hex(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- throughput: one node against two ---------------------------------------------------------------------------

    private record Scenario(String name, String user, String path) {}

    private record Measured(double perSecond, double p50, double p99, long errors, double wrkCpu, double nodesCpu) {}

    /**
     * The same request mix through the balancer with both nodes, then with node2 stopped (HAProxy sends everything
     * to node1): requests per second, latency, and the CPU shares of wrk and of the nodes' JVMs (of all cores over
     * the wall time). HTTP Basic on every request and no cookie, so that the balancer spreads requests over the nodes.
     */
    private void throughput(int seconds) throws Exception {
        String wrk = "/usr/bin/wrk";
        if (!Files.isExecutable(Path.of(wrk))) {
            require(false, wrk + " is missing: apt-get install wrk");
            return;
        }
        List<Scenario> mix = List.of(
                new Scenario("signed-in ping", "editor", "/api/v1/ping"),
                new Scenario("reports: editor's list, first page", "editor", "/api/v1/reports?size=20"),
                new Scenario("members: roster, first page", "office", "/api/v1/members?size=20"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        for (Scenario s : mix) { // each answers 200 on both nodes (round robin) and gets warm
            for (int i = 0; i < 50; i++) {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(balancer() + s.path()))
                                .header("Authorization", RestCostBench.basic(s.user()))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(s.path() + " answered " + r.statusCode() + ": " + r.body());
                }
                if (i == 0) {
                    System.out.println(
                            s.path() + " sets cookies: " + r.headers().allValues("Set-Cookie"));
                }
            }
        }
        Map<String, Measured> two = new LinkedHashMap<>();
        Map<String, Measured> one = new LinkedHashMap<>();
        String loadTwo = load();
        for (Scenario s : mix) {
            measure(wrk, s, 3, new int[] {0, 1});
            two.put(s.name(), measure(wrk, s, seconds, new int[] {0, 1}));
            System.out.printf(
                    Locale.ROOT,
                    "two nodes: %-36s %8.0f/s%n",
                    s.name(),
                    two.get(s.name()).perSecond());
        }
        String loadTwoAfter = load();
        CommitteeBenchRun.stop(nodes[1]);
        require(
                Await.until(Duration.ofSeconds(30), () -> {
                    for (int i = 0; i < 6; i++) {
                        if (!servedBy("node1")) {
                            return false;
                        }
                    }
                    return true;
                }),
                "the balancer sends everything to node1 once node2 is stopped");
        String loadOne = load();
        for (Scenario s : mix) {
            measure(wrk, s, 3, new int[] {0});
            one.put(s.name(), measure(wrk, s, seconds, new int[] {0}));
            System.out.printf(
                    Locale.ROOT,
                    "one node:  %-36s %8.0f/s%n",
                    s.name(),
                    one.get(s.name()).perSecond());
        }
        String loadOneAfter = load();
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "CLUSTER THROUGHPUT through HAProxy (wrk: 2 threads, 16 connections, %d s per scenario, HTTP Basic, no"
                        + " cookie; %d cores shared by wrk, HAProxy, the nodes and PostgreSQL)%n",
                seconds,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "%-36s | %-34s | %-34s | %s%n",
                "scenario",
                "two nodes: req/s p50 p99 (CPU wrk/nodes)",
                "one node: req/s p50 p99 (CPU wrk/node)",
                "two/one");
        for (Scenario s : mix) {
            Measured t = two.get(s.name());
            Measured o = one.get(s.name());
            System.out.printf(
                    Locale.ROOT,
                    "%-36s | %7.0f %5.1f %6.1f ms (%2.0f%%/%2.0f%%) | %7.0f %5.1f %6.1f ms (%2.0f%%/%2.0f%%) | %.2f%s%n",
                    s.name(),
                    t.perSecond(),
                    t.p50(),
                    t.p99(),
                    100 * t.wrkCpu(),
                    100 * t.nodesCpu(),
                    o.perSecond(),
                    o.p50(),
                    o.p99(),
                    100 * o.wrkCpu(),
                    100 * o.nodesCpu(),
                    t.perSecond() / o.perSecond(),
                    t.errors() + o.errors() > 0 ? "  (non-2xx: " + t.errors() + "/" + o.errors() + ")" : "");
            require(t.errors() == 0 && o.errors() == 0, s.name() + ": every answer 2xx");
        }
        System.out.println("load average (1/5/15 min, uptime): two nodes " + loadTwo + " -> " + loadTwoAfter
                + "; one node " + loadOne + " -> " + loadOneAfter);
    }

    /** One wrk run of a scenario through the balancer; wrk's CPU from bash's {@code times}, the nodes' from /proc. */
    private Measured measure(String wrk, Scenario s, int seconds, int[] running) throws Exception {
        long[] pids = new long[running.length];
        for (int i = 0; i < running.length; i++) {
            pids[i] = nodes[running[i]]
                    .descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("java"))
                    .mapToLong(ProcessHandle::pid)
                    .findFirst()
                    .orElse(nodes[running[i]].pid());
        }
        long cpu0 = 0;
        for (long pid : pids) {
            cpu0 += RestCostBench.cpuTicks(pid);
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(
                        "bash",
                        "-c",
                        "\"$@\"; times",
                        "wrk",
                        wrk,
                        "-t2",
                        "-c16",
                        "-d" + seconds + "s",
                        "--latency",
                        "--timeout",
                        "30s",
                        "-H",
                        "Accept: application/json",
                        "-H",
                        "Authorization: " + RestCostBench.basic(s.user()),
                        balancer() + s.path())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long cpu1 = 0;
        for (long pid : pids) {
            cpu1 += RestCostBench.cpuTicks(pid);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        String[] lines = out.trim().split("\n");
        double tool = java.util.Arrays.stream(lines[lines.length - 1].trim().split("\\s+"))
                        .mapToDouble(RestCostBench::bashSeconds)
                        .sum()
                / (wall * cores);
        return new Measured(
                RestCostBench.number(out, "Requests/sec:\\s+([\\d.]+)"),
                RestCostBench.millis(out, "50%"),
                RestCostBench.millis(out, "99%"),
                (long) RestCostBench.number(out, "Non-2xx or 3xx responses:\\s+(\\d+)"),
                tool,
                (cpu1 - cpu0) / 100.0 / (wall * cores));
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Whether a new browser through the balancer lands on {@code node} within a few tries (round robin). */
    private static boolean servedBy(String node) {
        for (int i = 0; i < 4; i++) {
            LoadBench.User u = new LoadBench.User("member1", "Tongxin-Demo-2026");
            if (page(u, "/login.xhtml") == 200 && node.equals(cookie(u, "TONGXIN_NODE"))) {
                return true;
            }
        }
        return false;
    }

    // --- plumbing ---------------------------------------------------------------------------------------------------

    private static int page(LoadBench.User u, String path) {
        try {
            return u.http.send(
                            HttpRequest.newBuilder(URI.create(balancer() + path))
                                    .timeout(Duration.ofSeconds(60))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String cookie(LoadBench.User u, String name) {
        return u.http.cookieHandler()
                .map(h -> ((java.net.CookieManager) h)
                        .getCookieStore().getCookies().stream()
                                .filter(c -> c.getName().equals(name))
                                .map(HttpCookie::getValue)
                                .reduce((a, b) -> b)
                                .orElse(null))
                .orElse(null);
    }

    private static int status(String address) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(address))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Reply quietly(String user, String method, String address, String body) {
        try {
            return FaultRun.call(user, method, address, body);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            failures.add(what);
            System.out.println("  FAILED: " + what);
        }
    }

    private static void recreate(String url, String user) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(admin(url), user, "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
    }

    private static void createWhenMissing(String url, String user) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(admin(url), user, "");
                PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("create database " + name);
                System.out.println("created the database " + name);
            }
        }
    }

    private static String admin(String url) {
        return url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    }
}
