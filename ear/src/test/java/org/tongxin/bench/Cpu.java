package org.tongxin.bench;

import java.io.IOException;
import java.util.Locale;

/**
 * The CPU share of the load tool (this JVM) and of the server over a scenario, from Linux's {@code /proc}: each
 * process's user and system time over the scenario's wall time and all the machine's cores. The Java harness
 * shares the two cores with the server, so every table prints what it took for itself.
 */
final class Cpu {

    static final int CORES = Runtime.getRuntime().availableProcessors();

    /** The two processes' CPU shares over one scenario, each 0..1 of the machine; NaN when not measured. */
    record Share(double tool, double server) {}

    private final long serverPid;
    private final long wall0;
    private final long tool0;
    private final long server0;

    private Cpu(long serverPid) {
        this.serverPid = serverPid;
        this.wall0 = System.nanoTime();
        this.tool0 = ticks(ProcessHandle.current().pid());
        this.server0 = serverPid > 0 ? ticks(serverPid) : -1;
    }

    /** Starts measuring; {@code serverPid} 0 measures the tool alone. */
    static Cpu start(long serverPid) {
        return new Cpu(serverPid);
    }

    Share stop() {
        double wall = (System.nanoTime() - wall0) / 1e9 * CORES;
        double tool = share(tool0, ticks(ProcessHandle.current().pid()), wall);
        double server = serverPid > 0 ? share(server0, ticks(serverPid), wall) : Double.NaN;
        return new Share(tool, server);
    }

    /** "12%", or "-" when not measured. */
    static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static double share(long before, long after, double coreSeconds) {
        if (before < 0 || after < 0 || coreSeconds <= 0) {
            return Double.NaN;
        }
        return (after - before) / 100.0 / coreSeconds; // USER_HZ = 100
    }

    private static long ticks(long pid) {
        try {
            return RestCostBench.cpuTicks(pid);
        } catch (IOException | RuntimeException e) {
            return -1; // the process has gone, or this is not Linux
        }
    }
}
