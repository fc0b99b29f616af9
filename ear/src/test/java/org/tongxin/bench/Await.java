package org.tongxin.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting on a condition outside the JVM (a server's answer, a database count, a log line) with a deadline: the one
 * place the launchers check again after a short pause, so that none of them sleeps for a fixed time.
 */
public final class Await {

    private static final long PAUSE_MILLIS = 100;

    private Await() {}

    /** Checks {@code condition} until it holds or {@code timeout} passes; whether it held. */
    public static boolean until(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
