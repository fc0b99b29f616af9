package org.tongxin.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells an error caused by the database being out of reach (stopped, restarting, the network to it
 * cut, the pool unable to open a connection) from other errors, so that it is answered "service
 * temporarily unavailable" (503, retry later) instead of an internal error.
 */
public final class DatabaseDown {

    /** How long a client is told to wait before retrying, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseDown() {}

    public static boolean in(Throwable error) {
        return in(error, 0);
    }

    /** The cause chain, and the suppressed exceptions along it (a failed commit hides the database's there). */
    private static boolean in(Throwable error, int depth) {
        for (Throwable t = error; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause()) {
            for (Throwable suppressed : t.getSuppressed()) {
                if (in(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            String type = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            if (type.endsWith("JDBCConnectionException")
                    || type.startsWith("jakarta.resource.") && message.contains("IJ000453")
                    || message.contains("Unable to get managed connection")
                    || message.contains("Unable to acquire JDBC Connection")) {
                return true;
            }
        }
        return false;
    }
}
