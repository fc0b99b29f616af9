package org.tongxin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a page request costs the server (issue 22): the page scenarios of {@link LoadBench} alone (the report list
 * and the roster: load, ajax filter, ajax next page, with real view-state round trips) and the login page as their
 * baseline, against the packaged server on a whole-province database made before by {@link ProvinceAll}. Besides
 * the latencies it prints the server's CPU milliseconds per request (its CPU time over every request of the
 * scenario, warm-up included): on a machine shared with other work that figure moves far less than the timings.
 * With {@code --jfr=<file>} the counted round is recorded by Java Flight Recorder (profile settings).
 *
 * <p>Run with {@code ./mvnw -Pbench-pages [-Dbench.port-offset=300] [-Dbench.clients=8] [-Dbench.seconds=10]
 * [-Dbench.jfr=/tmp/pages.jfr]}.
 */
public final class PageCostBench {

    private PageCostBench() {}

    public static void main(String[] args) throws Exception {
        String url = CommitteeBench.arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/tongxin_province_10");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server"));
        int portOffset = Integer.parseInt(CommitteeBench.arg(args, "--port-offset", "0"));
        int clients = Integer.parseInt(CommitteeBench.arg(args, "--clients", "8"));
        int seconds = Integer.parseInt(CommitteeBench.arg(args, "--seconds", "10"));
        int rounds = Integer.parseInt(CommitteeBench.arg(args, "--rounds", "2"));
        String jfr = CommitteeBench.arg(args, "--jfr", "");
        String editor = CommitteeBench.arg(
                args, "--editor", ReportData.EDITOR_PREFIX + ReportData.WATCHED.toLowerCase(Locale.ROOT));
        String base = CommitteeBenchRun.base(portOffset);
        long reports;
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from ir_report")) {
            rs.next();
            reports = rs.getLong(1);
        }
        Path data = CommitteeBenchRun.dataDir(url);
        Files.createDirectories(data);
        long launched = System.nanoTime();
        Process wildfly = CommitteeBenchRun.start(server, url, user, portOffset, false, data);
        try {
            CommitteeBenchRun.awaitReady(
                    wildfly, server.resolveSibling("bench-server.log"), base, Duration.ofMinutes(15));
            double started = (System.nanoTime() - launched) / 1e9;
            long serverPid = RestCostBench.serverPid(wildfly);
            ReportBench.IndexWait index =
                    new ReportBench(base, editor, ProvinceRoster.PASSWORD).awaitIndex(reports, Duration.ofHours(1));
            System.out.println("server pid " + serverPid + "; " + ReportBench.describe(index, started));
            LoadBench.Cast cast = new LoadBench.Cast(editor, List.of(), "bench-office", "bench-office");
            System.out.println("  warm-up round, 4 s per scenario, not counted:");
            LoadBench warm = new LoadBench(base, ProvinceRoster.PASSWORD, Duration.ofSeconds(4), Duration.ofSeconds(1))
                    .serverPid(serverPid);
            warm.pages(cast, clients, warm.loginPage(clients).p50());
            for (int round = 1; round <= rounds; round++) {
                boolean recording = !jfr.isBlank() && round == 1;
                if (recording) {
                    Profile.jcmd(
                            serverPid,
                            ProcessBuilder.Redirect.INHERIT,
                            "JFR.start",
                            "name=pages",
                            "settings=profile",
                            "filename=" + jfr);
                }
                LoadBench load = new LoadBench(
                                base, ProvinceRoster.PASSWORD, Duration.ofSeconds(seconds), Duration.ofSeconds(2))
                        .serverPid(serverPid);
                List<LoadBench.Result> results = new ArrayList<>();
                LoadBench.Result login = load.loginPage(clients);
                results.add(login);
                results.addAll(load.pages(cast, clients, login.p50()));
                if (recording) {
                    Profile.jcmd(serverPid, ProcessBuilder.Redirect.INHERIT, "JFR.stop", "name=pages");
                }
                LoadBench.print(
                        String.format(
                                Locale.ROOT,
                                "pages, round %d of %d, %,d reports; %d clients, %d s per scenario; load average %s",
                                round,
                                rounds,
                                reports,
                                clients,
                                seconds,
                                loadAverage()),
                        results);
                System.out.printf(Locale.ROOT, "%-42s %10s %12s%n", "scenario", "requests", "srv CPU ms/req");
                for (Map.Entry<String, double[]> e : load.costs().entrySet()) {
                    double[] v = e.getValue();
                    System.out.printf(
                            Locale.ROOT,
                            "%-42s %,10d %12.2f%n",
                            e.getKey(),
                            (long) v[0],
                            v[1] * 1000 / Math.max(1, v[0]));
                }
            }
        } finally {
            CommitteeBenchRun.stop(wildfly);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "-";
        }
    }
}
