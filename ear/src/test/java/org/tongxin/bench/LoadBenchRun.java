package org.tongxin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load scenarios against whole-province databases as they are (generated before by {@link ProvinceAll},
 * at 10 % and at 100 %): for each database, start the provisioned server on it, wait until its search
 * index holds every report, run {@link LoadBench} (baselines, REST reads, pages with view state, writes, a
 * login burst) and the study hall's booking scenarios ({@link StudyHallBench}: 64 clients on their own
 * spaces, 64 on one contested slot) in the same run, so that every row also has its ratio to the
 * baseline; stop the server; then print the growth from the first database to the last.
 *
 * <p>Each database keeps its server data directory (the search index) in
 * {@link CommitteeBenchRun#dataDir(String)}, so a second run does not rebuild the index (about 4½ minutes
 * for 1,000,000 reports).
 */
public final class LoadBenchRun {

    private LoadBenchRun() {}

    public static void main(String[] args) throws Exception {
        String[] urls = CommitteeBench.arg(
                        args,
                        "--urls",
                        "jdbc:postgresql://127.0.0.1:5432/tongxin_province_10,jdbc:postgresql://127.0.0.1:5432/tongxin_province")
                .split(",");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server"));
        int portOffset = Integer.parseInt(CommitteeBench.arg(args, "--port-offset", "0"));
        int clients = Integer.parseInt(CommitteeBench.arg(args, "--clients", "32"));
        int seconds = Integer.parseInt(CommitteeBench.arg(args, "--seconds", "15"));
        int bookingClients = Integer.parseInt(CommitteeBench.arg(args, "--booking-clients", "64"));
        int warmUp = Integer.parseInt(CommitteeBench.arg(args, "--warm-up-seconds", "4"));
        Duration indexTimeout = Duration.ofSeconds(Long.parseLong(CommitteeBench.arg(args, "--index-timeout", "3600")));
        String editor = CommitteeBench.arg(
                args, "--editor", ReportData.EDITOR_PREFIX + ReportData.WATCHED.toLowerCase(Locale.ROOT));
        String base = CommitteeBenchRun.base(portOffset);
        // a JFR profile of every counted scenario, one directory per database (-Dbench.jfr-dir; empty: none)
        String jfrDir = CommitteeBench.arg(args, "--jfr-dir", "");

        List<List<LoadBench.Result>> runs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String raw : urls) {
            String url = raw.strip();
            long[] sizes = sizes(url, user);
            String label = String.format(
                    Locale.ROOT,
                    "%,d members, %,d reports, %,d bookings, %,d duty entries",
                    sizes[0],
                    sizes[1],
                    sizes[2],
                    sizes[3]);
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
                        new ReportBench(base, editor, ProvinceRoster.PASSWORD).awaitIndex(sizes[1], indexTimeout);
                System.out.println(label + "; " + ReportBench.describe(index, started));

                LoadBench.Cast cast = new LoadBench.Cast(
                        editor,
                        ReportBenchRun.members(url, user),
                        "bench-office",
                        "bench-office",
                        ReportBenchRun.members(url, user, 16, 4 * clients));
                Profile profile = jfrDir.isBlank()
                        ? null
                        : Profile.of(serverPid, Path.of(jfrDir, database(url)).toString());
                // every scenario once first, not counted: the JIT compiles the paths, the pools fill and a freshly
                // built index finishes its merges (without it, the first scenarios after a start or an index build
                // ran up to 3x slower than the same scenarios a minute later)
                System.out.println("  warm-up round, " + warmUp + " s per scenario, not counted:");
                new LoadBench(base, ProvinceRoster.PASSWORD, Duration.ofSeconds(warmUp), Duration.ofSeconds(1))
                        .serverPid(serverPid)
                        .run(cast, clients);
                System.out.println("  the round that counts:");
                LoadBench load = new LoadBench(
                                base, ProvinceRoster.PASSWORD, Duration.ofSeconds(seconds), Duration.ofSeconds(3))
                        .serverPid(serverPid)
                        .profile(profile);
                List<LoadBench.Result> results = new ArrayList<>(load.run(cast, clients));
                String verdict = "";
                if (sizes[2] > 0) {
                    StudyHallBench hall = new StudyHallBench(base, "bench-office", ProvinceRoster.PASSWORD);
                    double rest = results.get(0).p50();
                    // the two booking scenarios run back to back: their CPU shares are measured together
                    if (profile != null) {
                        profile.start("write: bookings, own spaces and one slot");
                    }
                    Cpu cpu = Cpu.start(serverPid);
                    List<StudyHallBench.Result> booked = hall.bookings(bookingClients, 20, 30);
                    Cpu.Share share = cpu.stop();
                    if (profile != null) {
                        profile.stop();
                    }
                    for (StudyHallBench.Result r : booked) {
                        results.add(new LoadBench.Result(
                                "write: " + r.scenario(),
                                bookingClients,
                                r.requests(),
                                r.requests() / r.perSecond(),
                                r.errors(),
                                0,
                                r.p50(),
                                r.p95(),
                                r.p99(),
                                r.p50() / rest,
                                share.tool(),
                                share.server()));
                    }
                    verdict = "contested booking, exactly one winner per slot: "
                            + (hall.oneWinnerPerSlot() ? "yes" : "NO");
                }
                LoadBench.print(
                        String.format(
                                Locale.ROOT,
                                "load, %s; %d clients, %d s per scenario (bookings: %d clients)",
                                label,
                                clients,
                                seconds,
                                bookingClients),
                        results);
                if (!verdict.isEmpty()) {
                    System.out.println(verdict);
                }
                if (profile != null) {
                    System.out.println("where the server's time went, per scenario (JFR, profile settings; the"
                            + " recordings slow the server down: compare timings only between runs without them):");
                    profile.print();
                }
                runs.add(results);
                labels.add(label);
            } finally {
                CommitteeBenchRun.stop(wildfly);
            }
        }
        if (runs.size() >= 2) {
            LoadBench.growth(labels.get(0), runs.get(0), labels.get(runs.size() - 1), runs.get(runs.size() - 1));
        }
    }

    /** The database's name, the last part of its JDBC address. */
    private static String database(String url) {
        String path = url.substring(url.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** Members, reports, bookings and duty entries in the database. */
    private static long[] sizes(String url, String user) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select (select count(*) from cm_member), (select count(*) from ir_report),"
                                + " (select count(*) from sh_booking), (select count(*) from cm_duty_entry)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
        }
    }
}
