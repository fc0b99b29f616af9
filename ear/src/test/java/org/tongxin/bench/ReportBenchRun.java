package org.tongxin.bench;

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
 * The information reports benchmark, end to end: for each number of reports (10,000 and 1,000,000 by default),
 * generate them into PostgreSQL ({@link ReportData}; the province with the first number, kept for the next),
 * start the provisioned server on the database (ports moved by {@code --port-offset}), wait until its search
 * index holds every report, run {@link ReportBench} as the editor of 太原市政协 and stop the server; then print
 * how each scenario grew from the first number to the last. With {@code --generate=false} the database is used
 * as it is, once.
 */
public final class ReportBenchRun {

    private ReportBenchRun() {}

    public static void main(String[] args) throws Exception {
        String url = CommitteeBench.arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/tongxin_bench_reports");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server"));
        String[] counts = CommitteeBench.arg(args, "--reports", "10000,1000000").split(",");
        String scale = CommitteeBench.arg(args, "--scale", "1.0");
        int portOffset = Integer.parseInt(CommitteeBench.arg(args, "--port-offset", "0"));
        boolean generate = Boolean.parseBoolean(CommitteeBench.arg(args, "--generate", "true"));
        int requests = Integer.parseInt(CommitteeBench.arg(args, "--requests", "100"));
        int clients = Integer.parseInt(CommitteeBench.arg(args, "--clients", "16"));
        double budget = Double.parseDouble(CommitteeBench.arg(args, "--budget", "30"));
        Duration indexTimeout = Duration.ofSeconds(Long.parseLong(CommitteeBench.arg(args, "--index-timeout", "3600")));
        String editor = CommitteeBench.arg(
                args, "--editor", ReportData.EDITOR_PREFIX + ReportData.WATCHED.toLowerCase(Locale.ROOT));
        String base = CommitteeBenchRun.base(portOffset);
        boolean load = Boolean.parseBoolean(CommitteeBench.arg(args, "--load", "false"));
        int loadClients = Integer.parseInt(CommitteeBench.arg(args, "--load-clients", "32"));
        int loadSeconds = Integer.parseInt(CommitteeBench.arg(args, "--load-seconds", "15"));
        List<List<LoadBench.Result>> loads = new ArrayList<>();

        List<List<ReportBench.Result>> all = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < (generate ? counts.length : 1); i++) {
            if (generate) {
                ReportData.main(new String[] {
                    "--url=" + url,
                    "--user=" + user,
                    "--password=",
                    "--scale=" + scale,
                    "--seed=20261129",
                    "--reports=" + counts[i].strip(),
                    "--province=" + (i == 0)
                });
            }
            long reports = reports(url, user);
            long launched = System.nanoTime();
            Process wildfly = CommitteeBenchRun.start(server, url, user, portOffset);
            try {
                CommitteeBenchRun.awaitReady(
                        wildfly, server.resolveSibling("bench-server.log"), base, Duration.ofMinutes(15));
                double started = (System.nanoTime() - launched) / 1e9;
                System.out.printf(Locale.ROOT, "server ready %.1f s after its launch%n", started);
                ReportBench bench = new ReportBench(base, editor, ProvinceRoster.PASSWORD);
                ReportBench.IndexWait index = bench.awaitIndex(reports, indexTimeout);
                System.out.println(ReportBench.describe(index, started));
                List<ReportBench.Result> results = bench.run(requests, clients, budget);
                String title = String.format(
                        Locale.ROOT, "%,d reports%s, as %s", reports, generate ? "" : " (database as found)", editor);
                bench.print(title + "; " + ReportBench.describe(index, started), results);
                all.add(results);
                titles.add(String.format(Locale.ROOT, "%,d", reports));
                if (load) {
                    try {
                        LoadBench.Cast cast =
                                new LoadBench.Cast(editor, members(url, user), "bench-office", "bench-office");
                        List<LoadBench.Result> mixed = new LoadBench(
                                        base,
                                        ProvinceRoster.PASSWORD,
                                        Duration.ofSeconds(loadSeconds),
                                        Duration.ofSeconds(3))
                                .run(cast, loadClients);
                        LoadBench.print(
                                String.format(
                                        Locale.ROOT,
                                        "load, %,d reports, %d clients, %d s per scenario",
                                        reports,
                                        loadClients,
                                        loadSeconds),
                                mixed);
                        loads.add(mixed);
                    } catch (Exception e) {
                        System.out.println("the load scenarios stopped: " + e); // the report benchmark's figures stand
                        e.printStackTrace(System.out);
                    }
                }
            } finally {
                CommitteeBenchRun.stop(wildfly);
            }
        }
        if (loads.size() >= 2) {
            LoadBench.growth(
                    titles.get(0) + " reports",
                    loads.get(0),
                    titles.get(loads.size() - 1) + " reports",
                    loads.get(loads.size() - 1));
        }
        if (all.size() >= 2) {
            ReportBench.printGrowth(
                    "growth from " + titles.get(0) + " to " + titles.get(all.size() - 1) + " reports (ratios)",
                    all.get(0),
                    all.get(all.size() - 1));
        }
    }

    /** Member logins of the editor's organisation's province, for the write scenarios. */
    static List<String> members(String url, String user) throws SQLException {
        return members(url, user, 0, 16);
    }

    /** Members' login names, {@code limit} from {@code offset} in the order of their accounts. */
    static List<String> members(String url, String user, int offset, int limit) throws SQLException {
        List<String> logins = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select a.username from pf_account a join cm_member m on m.account_id = a.id"
                                + " where a.username like 'bench-member-%' order by a.id limit " + limit + " offset "
                                + offset)) {
            while (rs.next()) {
                logins.add(rs.getString(1));
            }
        }
        return logins;
    }

    private static long reports(String url, String user) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from ir_report")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
