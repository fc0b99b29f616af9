package org.tongxin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The proposals scale benchmark (issue 18), end to end: a province at a tenth of its members ({@link ProvinceData},
 * the database EMPTIED first), then for 10 % and 100 % of ten years of proposals ({@link ProposalData}: ~10,000 and
 * ~100,000) start the provisioned server on it, time the read paths ({@link ProposalBench}), stop the server; print
 * both tables, the CPU the benchmark's own JVM and the server took while timing, and the growth from 10 % to 100 %.
 */
public final class ProposalBenchRun {

    private ProposalBenchRun() {}

    public static void main(String[] args) throws Exception {
        String url = CommitteeBench.arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/tongxin_bench_proposals");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        int requests = Integer.parseInt(CommitteeBench.arg(args, "--requests", "200"));
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server"));
        String[] scales = CommitteeBench.arg(args, "--scales", "0.1,1.0").split(",");
        int portOffset = Integer.parseInt(CommitteeBench.arg(args, "--port-offset", "0"));
        String base = CommitteeBenchRun.base(portOffset);
        String[] common = {"--url=" + url, "--user=" + user, "--password=", "--seed=20261129"};
        ProvinceData.main(append(common, "--scale=0.1"));

        List<List<ProposalBench.Result>> all = new ArrayList<>();
        for (String scale : scales) {
            ProposalData.main(append(common, "--scale=" + scale));
            Process wildfly = CommitteeBenchRun.start(server, url, user, portOffset);
            try {
                CommitteeBenchRun.awaitReady(wildfly, server.resolveSibling("bench-server.log"), base);
                long wall = System.nanoTime();
                long self = cpuTicks(ProcessHandle.current().pid());
                long serverTicks = serverTicks(wildfly);
                List<ProposalBench.Result> results = new ProposalBench(base, ProvinceRoster.PASSWORD).run(requests);
                double seconds = (System.nanoTime() - wall) / 1e9;
                double harness = (cpuTicks(ProcessHandle.current().pid()) - self) / 100.0;
                double served = (serverTicks(wildfly) - serverTicks) / 100.0;
                ProposalBench.print(
                        "scale " + scale + " (" + ProposalData.years(Double.parseDouble(scale))
                                + " years of proposals)",
                        results);
                System.out.printf(
                        Locale.ROOT,
                        "timed for %.1f s: the benchmark's JVM used %.1f s of CPU (%.0f %% of one core), the server"
                                + " %.1f s (%.0f %%); PostgreSQL not counted%n",
                        seconds,
                        harness,
                        100 * harness / seconds,
                        served,
                        100 * served / seconds);
                all.add(results);
            } finally {
                CommitteeBenchRun.stop(wildfly);
            }
        }
        if (all.size() == 2) {
            System.out.println();
            System.out.println("growth from scale " + scales[0] + " to " + scales[1] + " (ratio of latencies)");
            System.out.printf(Locale.ROOT, "%-40s %9s %9s %9s%n", "scenario", "p50", "p95", "mean");
            for (int i = 0; i < all.get(0).size(); i++) {
                ProposalBench.Result small = all.get(0).get(i);
                ProposalBench.Result big = all.get(1).get(i);
                System.out.printf(
                        Locale.ROOT,
                        "%-40s %8.2fx %8.2fx %8.2fx%n",
                        small.scenario(),
                        big.p50() / small.p50(),
                        big.p95() / small.p95(),
                        big.mean() / small.mean());
            }
        }
    }

    /** User and system CPU of a process so far, in clock ticks (1/100 s), from /proc; 0 where there is none. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The server's CPU: the start script and the JVM it runs. */
    private static long serverTicks(Process wildfly) {
        return cpuTicks(wildfly.pid())
                + wildfly.descendants().mapToLong(p -> cpuTicks(p.pid())).sum();
    }

    private static String[] append(String[] common, String more) {
        String[] all = Arrays.copyOf(common, common.length + 1);
        all[common.length] = more;
        return all;
    }
}
