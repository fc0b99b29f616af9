package org.tongxin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's primary and unique keys, foreign keys (its own and those pointing at it) and indexes, taken
 * off for a bulk load and made again afterwards from the definitions the database gave for them, so
 * the table ends exactly as the migrations made it. Building an index once is several times faster than
 * updating it row by row, and adding a key or a foreign key back still checks every row: a violation
 * fails the load. Check and not-null constraints stay in force throughout. Use it inside one
 * transaction, so that a failure leaves the table as it was.
 */
final class SetAside {

    private final Connection connection;
    /** Statements that make everything again, in order: indexes and keys first, then foreign keys. */
    private final List<String> restore = new ArrayList<>();

    private SetAside(Connection connection) {
        this.connection = connection;
    }

    static SetAside drop(Connection c, String table) throws SQLException {
        SetAside aside = new SetAside(c);
        List<String> drops = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        // foreign keys first: the keys they point at cannot be dropped before them
        try (PreparedStatement ps =
                c.prepareStatement("select conrelid::regclass::text, conname, pg_get_constraintdef(oid),"
                        + " contype from pg_constraint where (conrelid = ?::regclass or confrelid = ?::regclass)"
                        + " and contype in ('p', 'u', 'f') order by contype = 'f' desc, conname")) {
            ps.setString(1, table);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String owner = rs.getString(1);
                    String name = rs.getString(2);
                    drops.add("alter table " + owner + " drop constraint " + name);
                    String add = "alter table " + owner + " add constraint " + name + " " + rs.getString(3);
                    if ("f".equals(rs.getString(4))) {
                        foreignKeys.add(add);
                    } else {
                        aside.restore.add(add);
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select indexrelid::regclass::text, pg_get_indexdef(indexrelid)"
                + " from pg_index i where indrelid = ?::regclass and not exists (select 1 from pg_constraint k"
                + " where k.conindid = i.indexrelid and k.contype in ('p', 'u', 'x')) order by 1")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drops.add("drop index " + rs.getString(1));
                    aside.restore.add(rs.getString(2));
                }
            }
        }
        aside.restore.addAll(foreignKeys);
        try (Statement s = c.createStatement()) {
            for (String sql : drops) {
                s.execute(sql);
            }
        }
        return aside;
    }

    /** Builds the indexes and keys again and checks the foreign keys; returns how many it made. */
    int restore() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : restore) {
                s.execute(sql);
            }
        }
        return restore.size();
    }
}
