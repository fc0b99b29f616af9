package org.tongxin.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a REST request costs, measured with {@code wrk} (Debian's package: a C client that leaves the machine to
 * the server) against the packaged server with the demo data on its own PostgreSQL database (issue 22): the
 * unauthenticated no-op ({@code GET /api/v1/health/live}: no login, no database), the signed-in ping (Basic, as
 * other systems call), and the lists people page through (reports, members, a duty record, a week of bookings).
 *
 * <p>Every figure is printed beside the same run's baselines (throughput and p50 as ratios to the no-op and to the
 * signed-in ping), with the CPU share of wrk itself and of the server over the scenario's wall time. Run with
 * {@code ./mvnw -Pbench-rest [-Dbench.port-offset=300] [-Dbench.seconds=15] [-Dbench.connections=32]}.
 */
public final class RestCostBench {

    private static final String PASSWORD = "Tongxin-Demo-2026";
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final long TICKS = 100; // USER_HZ of Linux's /proc

    private RestCostBench() {}

    record Scenario(String name, String user, String path) {}

    record Row(Scenario scenario, double perSecond, double p50, double p99, long non2xx, double tool, double server) {}

    public static void main(String[] args) throws Exception {
        String url = CommitteeBench.arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/tongxin_rest");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server"));
        int portOffset = Integer.parseInt(CommitteeBench.arg(args, "--port-offset", "0"));
        int connections = Integer.parseInt(CommitteeBench.arg(args, "--connections", "32"));
        int seconds = Integer.parseInt(CommitteeBench.arg(args, "--seconds", "15"));
        String wrk = CommitteeBench.arg(args, "--wrk", "/usr/bin/wrk");
        if (!Files.isExecutable(Path.of(wrk))) {
            throw new IllegalStateException(wrk + " is missing: apt-get install wrk");
        }
        String base = CommitteeBenchRun.base(portOffset).replace("localhost", "127.0.0.1");
        recreate(url, user);
        Path data = Files.createTempDirectory("tongxin-rest-data");
        Path log = server.resolveSibling("bench-server.log");
        Process wildfly = CommitteeBenchRun.start(server, url, user, portOffset, true, data);
        List<Row> rows = new ArrayList<>();
        try {
            CommitteeBenchRun.awaitReady(wildfly, log, CommitteeBenchRun.base(portOffset));
            long serverPid = serverPid(wildfly);
            LocalDate monday =
                    LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).with(java.time.DayOfWeek.MONDAY);
            long member = firstMemberOf(base, "office");
            List<Scenario> scenarios = List.of(
                    new Scenario("baseline: no-op (health/live, no login)", null, "/api/v1/health/live"),
                    new Scenario("baseline: signed-in ping", "editor", "/api/v1/ping"),
                    new Scenario("reports: editor's list, first page", "editor", "/api/v1/reports?size=20"),
                    new Scenario("members: roster, first page", "office", "/api/v1/members?size=20"),
                    new Scenario("duty: a member's record", "office", "/api/v1/members/" + member + "/duty"),
                    new Scenario(
                            "bookings: a week",
                            "keeper",
                            "/api/v1/studyhall/bookings?from=" + monday + "&to=" + monday.plusDays(6)));
            HttpClient http = HttpClient.newHttpClient();
            for (Scenario s : scenarios) { // each must answer 200 before it is measured, and gets warm
                for (int i = 0; i < 50; i++) {
                    HttpResponse<String> r = http.send(request(base, s), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(s.path() + " answered " + r.statusCode() + ": " + r.body());
                    }
                }
            }
            for (Scenario s : scenarios) {
                run(wrk, base, s, connections, 3, serverPid); // the JIT and the pools settle
                Row row = run(wrk, base, s, connections, seconds, serverPid);
                rows.add(row);
                System.out.printf(Locale.ROOT, "%-44s %9.0f/s p50 %6.1f ms%n", s.name(), row.perSecond(), row.p50());
            }
        } finally {
            CommitteeBenchRun.stop(wildfly);
        }
        print(rows, connections, seconds);
    }

    private static HttpRequest request(String base, Scenario s) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + s.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (s.user() != null) {
            b.header("Authorization", basic(s.user()));
        }
        return b.build();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the first member the account's roster shows. */
    private static long firstMemberOf(String base, String user) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        request(base, new Scenario("", user, "/api/v1/members?size=1")),
                        HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no member in " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    /** One wrk run of the scenario; wrk's own CPU from bash's {@code times}, the server's from /proc. */
    private static Row run(String wrk, String base, Scenario s, int connections, int seconds, long serverPid)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "bash",
                "-c",
                "\"$@\"; times",
                "wrk",
                wrk,
                "-t2",
                "-c" + connections,
                "-d" + seconds + "s",
                "--latency",
                "--timeout",
                "30s",
                "-H",
                "Accept: application/json"));
        if (s.user() != null) {
            command.addAll(List.of("-H", "Authorization: " + basic(s.user())));
        }
        command.add(base + s.path());
        long cpu0 = cpuTicks(serverPid);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double server = (cpuTicks(serverPid) - cpu0) / (double) TICKS / (wall * CORES);
        String[] lines = out.trim().split("\n");
        double tool = java.util.Arrays.stream(lines[lines.length - 1].trim().split("\\s+"))
                        .mapToDouble(RestCostBench::bashSeconds)
                        .sum()
                / (wall * CORES);
        return new Row(
                s,
                number(out, "Requests/sec:\\s+([\\d.]+)"),
                millis(out, "50%"),
                millis(out, "99%"),
                (long) number(out, "Non-2xx or 3xx responses:\\s+(\\d+)"),
                tool,
                server);
    }

    static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** A latency percentile of wrk's --latency table ("50%   12.34ms"), in milliseconds. */
    static double millis(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)")
                .matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    /** "1m2.345s" (bash's times) in seconds. */
    static double bashSeconds(String bash) {
        Matcher m = Pattern.compile("(\\d+)m([\\d.]+)s").matcher(bash);
        return m.matches() ? Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2)) : 0;
    }

    /** The JVM that WildFly runs in: the java process below the launcher script. */
    static long serverPid(Process wildfly) {
        return wildfly.descendants()
                .filter(p -> p.info().command().orElse("").endsWith("java"))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElse(wildfly.pid());
    }

    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static void print(List<Row> rows, int connections, int seconds) {
        Row noop = rows.get(0);
        Row ping = rows.get(1);
        System.out.println();
        System.out.println(
                "REST COST: wrk, 2 threads, " + connections + " connections, " + seconds + " s each, " + CORES
                        + " cores shared by the server and wrk; cost = the no-op's (or ping's) requests/s over this one's");
        System.out.printf(
                Locale.ROOT,
                "| %-44s | %9s | %8s | %8s | %9s | %9s | %7s | %7s | %6s |%n",
                "scenario",
                "req/s",
                "p50 ms",
                "p99 ms",
                "x no-op",
                "x ping",
                "wrk CPU",
                "srv CPU",
                "non-2xx");
        System.out.println("|" + "-".repeat(46) + "|" + "-".repeat(11) + "|" + "-".repeat(10) + "|" + "-".repeat(10)
                + "|" + "-".repeat(11) + "|" + "-".repeat(11) + "|" + "-".repeat(9) + "|" + "-".repeat(9) + "|"
                + "-".repeat(8) + "|");
        for (Row r : rows) {
            System.out.printf(
                    Locale.ROOT,
                    "| %-44s | %9.0f | %8.1f | %8.1f | %8.2fx | %8.2fx | %6.0f%% | %6.0f%% | %6d |%n",
                    r.scenario().name(),
                    r.perSecond(),
                    r.p50(),
                    r.p99(),
                    noop.perSecond() / r.perSecond(),
                    ping.perSecond() / r.perSecond(),
                    r.tool() * 100,
                    r.server() * 100,
                    r.non2xx());
        }
    }

    /** Drops and creates the benchmark's own database, so that the demo data loads on the first start. */
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
