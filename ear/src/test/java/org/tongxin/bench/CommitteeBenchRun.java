package org.tongxin.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The committee scale benchmark, end to end: for 10 % and then 100 % of a province (25,000 members,
 * 2,000,000 ledger entries), generate the data into PostgreSQL ({@link ProvinceData}), start the
 * provisioned server ({@code ear/target/server}) on it, time the roster's and the ranking's read paths
 * ({@link CommitteeBench}), stop the server, and print both tables and the growth from 10 % to 100 %.
 */
public final class CommitteeBenchRun {

    private CommitteeBenchRun() {}

    public static void main(String[] args) throws Exception {
        String url = CommitteeBench.arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/tongxin_bench");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        int requests = Integer.parseInt(CommitteeBench.arg(args, "--requests", "200"));
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server"));
        String[] scales = CommitteeBench.arg(args, "--scales", "0.1,1.0").split(",");
        int portOffset = Integer.parseInt(CommitteeBench.arg(args, "--port-offset", "0"));
        String base = base(portOffset);

        List<List<CommitteeBench.Result>> all = new ArrayList<>();
        for (String scale : scales) {
            ProvinceData.main(
                    new String[] {"--url=" + url, "--user=" + user, "--password=", "--scale=" + scale, "--seed=20261129"
                    });
            Process wildfly = start(server, url, user, portOffset);
            try {
                awaitReady(wildfly, server.resolveSibling("bench-server.log"), base);
                List<CommitteeBench.Result> results =
                        new CommitteeBench(base, "bench-office", "Tongxin-Demo-2026").run(requests, 2026);
                CommitteeBench.print(
                        "scale " + scale + " (" + Math.round(25_000 * Double.parseDouble(scale)) + " members, "
                                + Math.round(2_000_000 * Double.parseDouble(scale)) + " ledger entries)",
                        results);
                all.add(results);
            } finally {
                stop(wildfly);
            }
        }
        if (all.size() == 2) {
            System.out.println();
            System.out.println("growth from scale " + scales[0] + " to " + scales[1] + " (ratio of latencies)");
            System.out.printf(Locale.ROOT, "%-40s %9s %9s%n", "scenario", "p50", "p95");
            for (int i = 0; i < all.get(0).size(); i++) {
                CommitteeBench.Result small = all.get(0).get(i);
                CommitteeBench.Result big = all.get(1).get(i);
                System.out.printf(
                        Locale.ROOT,
                        "%-40s %8.2fx %8.2fx%n",
                        small.scenario().replaceAll(" [0-9]+", " n").replaceAll("page n$", "deep page"),
                        big.p50() / small.p50(),
                        big.p95() / small.p95());
            }
        }
    }

    /** The server's address when its ports are moved by {@code portOffset} (HTTP 8080 + offset). */
    static String base(int portOffset) {
        return "http://localhost:" + (8080 + portOffset);
    }

    /**
     * Starts the provisioned server on the database, its ports moved by {@code portOffset} (0 for the usual
     * 8080 and 9990), so that it may run beside another server.
     */
    static Process start(Path server, String url, String user, int portOffset) throws IOException {
        Path data = dataDir(url);
        Files.createDirectories(data);
        return start(server, url, user, portOffset, false, data);
    }

    /**
     * The server data directory kept for a benchmark database ({@code tongxin-bench-data/<database>} in the
     * temporary directory): its search index survives from one run to the next, and the server rebuilds it
     * by itself when the database was generated again (the index remembers which database it follows).
     */
    static Path dataDir(String url) {
        return Path.of(
                System.getProperty("java.io.tmpdir"), "tongxin-bench-data", url.substring(url.lastIndexOf('/') + 1));
    }

    /** The same, with or without demo data on an empty database, keeping the server's data (index, files) in {@code data}. */
    static Process start(Path server, String url, String user, int portOffset, boolean demo, Path data)
            throws IOException {
        return start(server, url, user, portOffset, demo, data, Map.of());
    }

    /** The same, with more environment variables ({@code TONGXIN_*} settings). */
    static Process start(
            Path server, String url, String user, int portOffset, boolean demo, Path data, Map<String, String> more)
            throws IOException {
        Path log = server.resolveSibling("bench-server.log");
        ProcessBuilder pb = new ProcessBuilder(
                server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.data.dir=" + data,
                "-Dtongxin.demo-data=" + demo,
                "-Djboss.socket.binding.port-offset=" + portOffset);
        Map<String, String> env = pb.environment();
        env.put("TONGXIN_DB_URL", url);
        env.put("TONGXIN_DB_USER", user);
        env.put("TONGXIN_DB_PASSWORD", "bench");
        env.put("TONGXIN_DEMO_DATA", Boolean.toString(demo));
        env.putAll(more);
        pb.redirectErrorStream(true);
        System.out.println("starting " + server + " on " + url + " at " + base(portOffset) + " (log: " + log + ")");
        return pb.start();
    }

    /**
     * Copies the server's console to its log and returns when WildFly reports that it has started
     * (WFLYSRV0025, or WFLYSRV0026 with errors), then checks readiness once.
     */
    static void awaitReady(Process wildfly, Path log, String base) throws Exception {
        awaitReady(wildfly, log, base, Duration.ofMinutes(4));
    }

    /** As {@link #awaitReady(Process, Path, String)}, waiting at most {@code timeout} for the start. */
    static void awaitReady(Process wildfly, Path log, String base, Duration timeout) throws Exception {
        java.util.concurrent.CompletableFuture<Boolean> started = new java.util.concurrent.CompletableFuture<>();
        Thread pump = new Thread(
                () -> {
                    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                                    wildfly.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
                            var out = Files.newBufferedWriter(log)) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            out.write(line);
                            out.newLine();
                            if (line.contains("WFLYSRV0025") || line.contains("WFLYSRV0026")) {
                                out.flush();
                                started.complete(line.contains("WFLYSRV0025"));
                            }
                        }
                    } catch (IOException e) {
                        started.completeExceptionally(e);
                    }
                    started.complete(false);
                },
                "wildfly-console");
        pump.setDaemon(true);
        pump.start();
        if (!started.get(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not start cleanly; see " + log);
        }
        HttpResponse<String> ready = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/health/ready"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() != 200) {
            throw new IllegalStateException("the server is not ready: " + ready.body());
        }
    }

    /** Stops the script and the JVM it started, and waits until both are gone (the port is then free). */
    static void stop(Process wildfly) throws Exception {
        List<ProcessHandle> all = new ArrayList<>(wildfly.descendants().toList());
        all.add(wildfly.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }
}
