package org.tongxin.inforeport.infrastructure;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.tongxin.inforeport.domain.Report;

/**
 * The reports changed by committed transactions, waiting for the index. An entity listener of
 * {@link Report} (declared in {@code META-INF/orm.xml}, so the domain knows nothing of it) notes each
 * written report in its transaction and hands the ids over when, and only if, it commits. The index's
 * own scan by modification time catches whatever this misses (a crash, a bulk load in SQL).
 */
public class ReportChanges {

    private static final Logger LOG = Logger.getLogger(ReportChanges.class.getName());
    private static final Object KEY = new Object();
    private static final ConcurrentLinkedQueue<Long> PENDING = new ConcurrentLinkedQueue<>();

    @PostPersist
    @PostUpdate
    void written(Report report) {
        afterCommit(report.id());
    }

    @SuppressWarnings("unchecked")
    static void afterCommit(long id) {
        TransactionSynchronizationRegistry tx = registry();
        if (tx == null || tx.getTransactionKey() == null) {
            PENDING.add(id);
            return;
        }
        Set<Long> ids = (Set<Long>) tx.getResource(KEY);
        if (ids == null) {
            Set<Long> fresh = new HashSet<>();
            try {
                tx.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {}

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            PENDING.addAll(fresh);
                        }
                    }
                });
            } catch (IllegalStateException completing) {
                // written while the transaction completes: the scan by modification time will index it
                LOG.log(Level.FINE, "report {0} left to the index's scan", id);
                return;
            }
            tx.putResource(KEY, fresh);
            ids = fresh;
        }
        ids.add(id);
    }

    /** Takes up to {@code max} waiting ids. */
    static Set<Long> take(int max) {
        Set<Long> out = new HashSet<>();
        Long id;
        while (out.size() < max && (id = PENDING.poll()) != null) {
            out.add(id);
        }
        return out;
    }

    static int waiting() {
        return PENDING.size();
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            return null;
        }
    }
}
