package org.tongxin.platform.infrastructure;

/**
 * The SQL statements Hibernate prepared on the current thread ({@link CountingStatementInspector} counts them). A
 * request is served on one thread, EJB calls included, so the count between {@link #reset()} and {@link #count()} is
 * what that request sent to the database: the in-container tests use it to prove that the account check of a
 * signed-in request needs no round trip and that a list needs a fixed number of them (issue 22). The cost is one
 * thread-local increment per statement.
 */
public final class StatementCount {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[2]);

    private StatementCount() {}

    static void increment() {
        COUNT.get()[0]++;
    }

    /** One write of audit lines ({@link AuditBatch}: a JDBC batch, one round trip). */
    static void auditWrite() {
        COUNT.get()[1]++;
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
        COUNT.get()[1] = 0;
    }

    /** The statements prepared on this thread since the last {@link #reset()}. */
    public static long count() {
        return COUNT.get()[0];
    }

    /**
     * The writes of audit lines on this thread since the last {@link #reset()}: one per flush that had audit lines
     * (they go as one batch), not one per line.
     */
    public static long auditWrites() {
        return COUNT.get()[1];
    }
}
