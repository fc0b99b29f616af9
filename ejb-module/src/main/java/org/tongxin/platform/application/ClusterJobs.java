package org.tongxin.platform.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The work of a timer that must happen once however many nodes share the database (issue 21, docs/cluster.md).
 * Every node's timer fires; each asks {@link #claim} first, and only the one that gets the job's row for the period
 * does the work. The claim is one conditional update of the job's row in {@code pf_job_claim} (the row is locked
 * by the first node's update, so the second's waits for its commit and then finds {@code last_run} recent): it
 * works the same on PostgreSQL and H2, and needs no cluster singleton, so it holds on one node, on two nodes of
 * the {@code ha} server and on two standard servers sharing a database.
 */
@Stateless
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Claims {@code job} for this node when it last ran at least {@code gap} ago (or never): true when this node
     * does the work now, false when another node (or this one) already did within the gap. The gap is shorter than
     * the timer's period and longer than the spread of the nodes' firings (their clocks).
     *
     * @throws IllegalArgumentException for a job without its row (added by a migration)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, Duration gap) {
        Instant now = clock.instant();
        int claimed = em.createNativeQuery("update pf_job_claim set last_run = ?1, node = ?2"
                        + " where name = ?3 and (last_run is null or last_run <= ?4)")
                .setParameter(1, now)
                .setParameter(2, node())
                .setParameter(3, job)
                .setParameter(4, now.minus(gap))
                .executeUpdate();
        if (claimed == 0
                && em.createNativeQuery("select count(*) from pf_job_claim where name = ?1")
                                .setParameter(1, job)
                                .getSingleResult()
                        instanceof Number n
                && n.longValue() == 0) {
            throw new IllegalArgumentException("no row in pf_job_claim for the job " + job);
        }
        // one line per firing and node: which node did a round is read from the nodes' logs (and the cluster test
        // counts these lines when it fires a timer on both nodes at once)
        if (claimed == 1) {
            LOG.info(() -> "Cluster job " + job + ": claimed by this node (" + node() + "), it runs this round");
        } else {
            LOG.info(() -> "Cluster job " + job + ": not claimed by this node (" + node() + "), the round ran within "
                    + gap + " already");
        }
        return claimed == 1;
    }

    /** This node's name ({@code jboss.node.name}, from {@code TONGXIN_NODE_NAME}), recorded with the claim. */
    static String node() {
        String name = System.getProperty("jboss.node.name", "");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
