package org.tongxin.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one table's {@code COPY … FROM STDIN} (text format, as {@link CopyRows} writes them), held in memory
 * as UTF-8 until {@link #send} copies them. One thread can draw the next batch while another copies this one,
 * which a single {@link CopyRows} cannot do: a connection copies into one table at a time.
 */
final class CopyBatch {

    private static final int ENCODE_AT = 1 << 18;

    private final String table;
    private final String columns;
    private final List<byte[]> encoded = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder(ENCODE_AT + 8192);
    private boolean rowStart = true;
    private long rows;

    CopyBatch(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    /** A text value, escaped for the text format; null is SQL null. */
    CopyBatch text(String value) {
        separate();
        CopyRows.escape(buf, value);
        return this;
    }

    /** A value known to need no escaping (numbers, timestamps, codes, text escaped before); null is SQL null. */
    CopyBatch plain(String value) {
        separate();
        buf.append(value == null ? "\\N" : value);
        return this;
    }

    CopyBatch number(long value) {
        separate();
        buf.append(value);
        return this;
    }

    /** A foreign key or other optional number, with 0 standing for null. */
    CopyBatch idOrNull(long value) {
        return value == 0 ? plain(null) : number(value);
    }

    CopyBatch bool(boolean value) {
        return plain(value ? "t" : "f");
    }

    void endRow() {
        buf.append('\n');
        rowStart = true;
        rows++;
        if (buf.length() >= ENCODE_AT) {
            encode();
        }
    }

    long rows() {
        return rows;
    }

    /**
     * Copies the rows into the table; with {@code freeze}, as frozen rows (the table must have been created or
     * emptied in the same transaction: no vacuum has to visit them afterwards). Answers the rows the server took.
     */
    long send(Connection connection, boolean freeze) throws SQLException {
        encode();
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin" + (freeze ? " with (freeze)" : ""));
        try {
            for (byte[] part : encoded) {
                copy.writeToCopy(part, 0, part.length);
            }
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void separate() {
        if (!rowStart) {
            buf.append('\t');
        }
        rowStart = false;
    }

    private void encode() {
        if (buf.length() > 0) {
            encoded.add(buf.toString().getBytes(StandardCharsets.UTF_8));
            buf.setLength(0);
        }
    }
}
