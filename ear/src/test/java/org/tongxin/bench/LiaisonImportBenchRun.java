package org.tongxin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The liaison import benchmark (issue 14), end to end: start the provisioned server ({@code ear/target/server})
 * with the demo data on a new database, embedded H2 ({@code --db=h2}, a fresh data directory) or PostgreSQL
 * ({@code --db=postgres}: the database {@code tongxin_liaison_bench}, DROPPED and created again), time the import
 * of a Changzhi-size workbook ({@link LiaisonImportBench}), stop the server.
 */
public final class LiaisonImportBenchRun {

    private LiaisonImportBenchRun() {}

    public static void main(String[] args) throws Exception {
        String db = CommitteeBench.arg(args, "--db", "h2");
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server"));
        int portOffset = Integer.parseInt(CommitteeBench.arg(args, "--port-offset", "0"));
        String base = CommitteeBenchRun.base(portOffset);
        Path data = Files.createTempDirectory("tongxin-liaison-bench");
        Process wildfly;
        if ("postgres".equals(db)) {
            String admin = CommitteeBench.arg(args, "--admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
            String user = CommitteeBench.arg(args, "--user", "postgres");
            try (Connection c = DriverManager.getConnection(admin, user, "");
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists tongxin_liaison_bench");
                s.execute("create database tongxin_liaison_bench");
            }
            wildfly = CommitteeBenchRun.start(
                    server,
                    admin.substring(0, admin.lastIndexOf('/')) + "/tongxin_liaison_bench",
                    user,
                    portOffset,
                    true,
                    data);
        } else {
            ProcessBuilder pb = new ProcessBuilder(
                    server.resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.data.dir=" + data,
                    "-Dtongxin.demo-data=true",
                    "-Djboss.socket.binding.port-offset=" + portOffset);
            pb.environment().remove("TONGXIN_DB_URL");
            pb.environment().put("TONGXIN_DEMO_DATA", "true");
            pb.redirectErrorStream(true);
            System.out.println("starting " + server + " on embedded H2 in " + data + " at " + base);
            wildfly = pb.start();
        }
        try {
            CommitteeBenchRun.awaitReady(wildfly, server.resolveSibling("bench-server.log"), base);
            List<LiaisonImportBench.Result> results = new LiaisonImportBench(base, "office", "Tongxin-Demo-2026")
                    .run(CommitteeBench.arg(args, "--organisation", "SX-DT"));
            LiaisonImportBench.print("liaison import at Changzhi's scale on " + db, results);
        } finally {
            CommitteeBenchRun.stop(wildfly);
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
