package org.tongxin.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The consultation scale benchmark, end to end: a province at a tenth of its members ({@link ProvinceData},
 * the database EMPTIED first), then for 10 % and 100 % of consultation's ten-year history
 * ({@link ConsultationData}: plans, activities, outcomes, ~100,000 grassroots topics at 100 %) start the
 * provisioned server on it, time the read paths ({@link ConsultationBench}), stop the server; print both tables
 * and the growth from 10 % to 100 %.
 */
public final class ConsultationBenchRun {

    private ConsultationBenchRun() {}

    public static void main(String[] args) throws Exception {
        String url = CommitteeBench.arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/tongxin_bench_consultation");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        int requests = Integer.parseInt(CommitteeBench.arg(args, "--requests", "200"));
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server"));
        String[] scales = CommitteeBench.arg(args, "--scales", "0.1,1.0").split(",");
        int portOffset = Integer.parseInt(CommitteeBench.arg(args, "--port-offset", "0"));
        String base = CommitteeBenchRun.base(portOffset);
        String[] common = {"--url=" + url, "--user=" + user, "--password=", "--seed=20261129"};
        ProvinceData.main(append(common, "--scale=0.1"));

        List<List<ConsultationBench.Result>> all = new ArrayList<>();
        for (String scale : scales) {
            ConsultationData.main(append(common, "--scale=" + scale));
            Process wildfly = CommitteeBenchRun.start(server, url, user, portOffset);
            try {
                CommitteeBenchRun.awaitReady(wildfly, server.resolveSibling("bench-server.log"), base);
                List<ConsultationBench.Result> results =
                        new ConsultationBench(base, "bench-office", ProvinceRoster.PASSWORD).run(requests);
                ConsultationBench.print(
                        "scale " + scale + " (" + ConsultationData.years(Double.parseDouble(scale))
                                + " years of consultation history)",
                        results);
                all.add(results);
            } finally {
                CommitteeBenchRun.stop(wildfly);
            }
        }
        if (all.size() == 2) {
            System.out.println();
            System.out.println("growth from scale " + scales[0] + " to " + scales[1] + " (ratio of latencies)");
            System.out.printf(Locale.ROOT, "%-44s %9s %9s%n", "scenario", "p50", "p95");
            for (int i = 0; i < all.get(0).size(); i++) {
                ConsultationBench.Result small = all.get(0).get(i);
                ConsultationBench.Result big = all.get(1).get(i);
                System.out.printf(
                        Locale.ROOT,
                        "%-44s %8.2fx %8.2fx%n",
                        small.scenario(),
                        big.p50() / small.p50(),
                        big.p95() / small.p95());
            }
        }
    }

    private static String[] append(String[] common, String more) {
        String[] all = java.util.Arrays.copyOf(common, common.length + 1);
        all[common.length] = more;
        return all;
    }
}
