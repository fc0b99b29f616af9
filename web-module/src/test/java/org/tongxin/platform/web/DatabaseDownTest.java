package org.tongxin.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseDownTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreTheDatabaseBeingDown() {
        assertTrue(DatabaseDown.in(
                new RuntimeException("tx", new IllegalStateException(new SQLException("refused", "08001")))));
        assertTrue(DatabaseDown.in(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseDown.in(new SQLTransientConnectionException("pool")));
        assertTrue(DatabaseDown.in(new RuntimeException(
                "IJ000453: Unable to get managed connection for java:jboss/datasources/TongxinDS")));
        RuntimeException commit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(
                new IllegalStateException("IJ001156", new SQLException("terminating connection", "57P01")));
        assertTrue(
                DatabaseDown.in(new RuntimeException(commit)),
                "a failed commit keeps the database's error among the suppressed");
    }

    @Test
    void otherErrorsAreNot() {
        assertFalse(DatabaseDown.in(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseDown.in(new IllegalStateException("bug")));
        assertFalse(DatabaseDown.in(null));
        RuntimeException loop = new RuntimeException("self");
        assertFalse(DatabaseDown.in(loop), "a cause that is itself ends the walk");
    }
}
