package org.tongxin.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What a harness waits for: a condition over what its clients have done, signalled by them, never a
 * stretch of time on its own. Clients {@link #signal()} after each answer they record; the harness
 * blocks in {@link #until} until its condition holds or the deadline passes (and then says so).
 */
final class Progress {

    /** Tells the waiting harness that something it counts has changed. */
    synchronized void signal() {
        notifyAll();
    }

    /**
     * Blocks until the condition holds (checked at each signal), or until {@code max} has passed.
     * Returns whether the condition held.
     */
    synchronized boolean until(BooleanSupplier condition, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            // a timed wait only so that a condition that depends on the clock as well (a minimum length)
            // is looked at again when no client signals, e.g. while every request hangs
            wait(Math.max(1, Math.min(left / 1_000_000, 200)));
        }
        return true;
    }

    /** A condition that also needs a minimum time to have passed since {@code sinceNanos}. */
    static BooleanSupplier atLeast(Duration length, long sinceNanos, BooleanSupplier and) {
        return () -> System.nanoTime() - sinceNanos >= length.toNanos() && and.getAsBoolean();
    }
}
