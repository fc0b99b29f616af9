package org.tongxin.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The study hall benchmark, end to end: for each scale, generate the province ({@link ProvinceData}) and its
 * study hall ({@link StudyHallData}: 20,000 bookings at 0.1, 200,000 at 1.0) into PostgreSQL, start the
 * provisioned server on it (ports moved by {@code --port-offset}), run {@link StudyHallBench} and stop the
 * server. With {@code --generate=false} the database is used as it is (the benchmark's own bookings of an
 * earlier run stay; it books around them).
 */
public final class StudyHallBenchRun {

    private StudyHallBenchRun() {}

    public static void main(String[] args) throws Exception {
        String url = CommitteeBench.arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/tongxin_bench_hall");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server"));
        String[] scales = CommitteeBench.arg(args, "--scales", "0.1,1.0").split(",");
        int portOffset = Integer.parseInt(CommitteeBench.arg(args, "--port-offset", "0"));
        boolean generate = Boolean.parseBoolean(CommitteeBench.arg(args, "--generate", "true"));
        int clients = Integer.parseInt(CommitteeBench.arg(args, "--clients", "64"));
        int bookings = Integer.parseInt(CommitteeBench.arg(args, "--bookings", "20"));
        int rounds = Integer.parseInt(CommitteeBench.arg(args, "--rounds", "30"));
        int requests = Integer.parseInt(CommitteeBench.arg(args, "--requests", "200"));
        String base = CommitteeBenchRun.base(portOffset);

        for (String scale : scales) {
            if (generate) {
                String[] data = {"--url=" + url, "--user=" + user, "--password=", "--scale=" + scale, "--seed=20261129"
                };
                ProvinceData.main(data);
                StudyHallData.main(data);
            }
            Process wildfly = CommitteeBenchRun.start(server, url, user, portOffset);
            try {
                CommitteeBenchRun.awaitReady(wildfly, server.resolveSibling("bench-server.log"), base);
                StudyHallBench bench = new StudyHallBench(base, "bench-office", "Tongxin-Demo-2026");
                List<StudyHallBench.Result> results = bench.run(clients, bookings, rounds, requests);
                bench.print(
                        "study hall, scale " + scale + " ("
                                + String.format(
                                        java.util.Locale.ROOT, "%,d", StudyHallData.bookings(Double.parseDouble(scale)))
                                + " generated bookings" + (generate ? "" : ", database as found")
                                + ")",
                        results);
            } finally {
                CommitteeBenchRun.stop(wildfly);
            }
        }
    }
}
