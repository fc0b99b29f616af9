package org.tongxin.platform.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.hibernate.HibernateException;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;

/**
 * The audit lines of a session waiting to be written: {@link AuditListener} adds each line when its change is
 * executed, and they go to the database as one JDBC batch (one round trip) at the end of the flush that executed
 * the changes, on the same connection and in the same transaction, in the order they were added (issue 22: the
 * demo data's start waited on one round trip per audited row). Appended after Hibernate's own flush listeners, so
 * a flush (explicit, automatic before a query, or at the commit) ends with its audit lines written: a query after
 * a flush sees them, as it did when each line was written at once. A line added outside a flush is written at the
 * latest before the transaction completes; lines of a transaction that rolls back are dropped with it.
 */
final class AuditBatch implements FlushEventListener, AutoFlushEventListener {

    private static final long serialVersionUID = 1L;
    /** Lines per {@code executeBatch}: bounds the driver's buffers on a large flush (the demo data). */
    private static final int CHUNK = 500;

    private static final String INSERT = "insert into pf_audit_entry "
            + "(occurred_at, actor, origin, action, entity_type, entity_id, organisation_id, details) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?)";

    /** One audit line, complete when the change is executed (its values do not change until written). */
    record Line(
            OffsetDateTime occurredAt,
            String actor,
            String origin,
            String action,
            String entityType,
            String entityId,
            Long organisationId,
            String details) {}

    /** The lines not yet written, by session (weak: a session closed without completing leaves nothing behind). */
    private static final Map<SharedSessionContractImplementor, List<Line>> PENDING =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** Keeps {@code line} for the end of the current flush (or, outside a flush, the transaction's completion). */
    static void add(EventSource session, Line line) {
        List<Line> lines = PENDING.get(session);
        if (lines == null) {
            lines = new ArrayList<>();
            PENDING.put(session, lines);
            // a line added outside a flush still commits with its change; a rollback drops what is left
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) AuditBatch::write);
            session.getActionQueue()
                    .registerProcess((AfterTransactionCompletionProcess) (success, s) -> PENDING.remove(s));
        }
        lines.add(line);
    }

    /** How many lines the session has not written yet (tests). */
    static int pending(SharedSessionContractImplementor session) {
        List<Line> lines = PENDING.get(session);
        return lines == null ? 0 : lines.size();
    }

    @Override
    public void onFlush(FlushEvent event) {
        write(event.getSession());
    }

    @Override
    public void onAutoFlush(AutoFlushEvent event) {
        write(event.getSession());
    }

    @Override
    public void onAutoPreFlush(EventSource source) {
        write(source);
    }

    private static void write(SessionImplementor session) {
        List<Line> lines = PENDING.get(session);
        if (lines == null || lines.isEmpty()) {
            return;
        }
        List<Line> batch = new ArrayList<>(lines);
        lines.clear();
        Connection connection =
                session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            int inBatch = 0;
            for (Line line : batch) {
                ps.setObject(1, line.occurredAt());
                ps.setString(2, line.actor());
                ps.setString(3, line.origin());
                ps.setString(4, line.action());
                ps.setString(5, line.entityType());
                ps.setString(6, line.entityId());
                if (line.organisationId() == null) {
                    ps.setNull(7, Types.BIGINT);
                } else {
                    ps.setLong(7, line.organisationId());
                }
                ps.setString(8, line.details());
                ps.addBatch();
                if (++inBatch == CHUNK) {
                    StatementCount.auditWrite();
                    ps.executeBatch();
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                StatementCount.auditWrite();
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new HibernateException("cannot write the audit trail", e);
        }
    }
}
