package org.tongxin.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY … FROM STDIN} (text format): columns are
 * appended in the order the statement names them, each row ended with {@link #endRow()}. Text is
 * buffered and sent in chunks of about 256 KiB, so the server parses while the next rows are made.
 */
final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 18;

    private final CopyIn copy;
    private final StringBuilder buf = new StringBuilder(FLUSH_AT + 8192);
    private boolean rowStart = true;

    CopyRows(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    /** A text value, escaped for the text format; null is SQL null. */
    CopyRows text(String value) {
        separate();
        escape(buf, value);
        return this;
    }

    /** Appends a text value as the text format wants it: backslash, tab and line breaks escaped, null as {@code \N}. */
    static void escape(StringBuilder buf, String value) {
        if (value == null) {
            buf.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buf.append("\\\\");
                case '\t' -> buf.append("\\t");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                default -> buf.append(c);
            }
        }
    }

    /** A value known to need no escaping (numbers, dates, timestamps, codes); null is SQL null. */
    CopyRows plain(String value) {
        separate();
        buf.append(value == null ? "\\N" : value);
        return this;
    }

    CopyRows number(long value) {
        separate();
        buf.append(value);
        return this;
    }

    /** A foreign key or other optional number, with 0 standing for null. */
    CopyRows idOrNull(long value) {
        return value == 0 ? plain(null) : number(value);
    }

    CopyRows bool(boolean value) {
        return plain(value ? "t" : "f");
    }

    void endRow() throws SQLException {
        buf.append('\n');
        rowStart = true;
        if (buf.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Sends what is left and ends the copy; returns the rows the server took. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void separate() {
        if (!rowStart) {
            buf.append('\t');
        }
        rowStart = false;
    }

    private void flush() throws SQLException {
        if (buf.length() > 0) {
            byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buf.setLength(0);
        }
    }
}
