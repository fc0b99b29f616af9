package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.platform.application.ClusterJobs;
import org.tongxin.support.Deployments;

/**
 * Inside the server: the work of a timer that must happen once (issue 21, docs/cluster.md). Every node's timer
 * fires at the same minute; their claims race for the job's row, as the threads here do, and one wins.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterJobsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(ClusterJobsIT.class);
    }

    @Inject
    ClusterJobs jobs;

    @Resource(lookup = "java:jboss/datasources/TongxinDS")
    DataSource dataSource;

    @Test
    void ofManyNodesFiringAtOnceExactlyOneClaimsTheRound() throws Exception {
        String job = newJob();
        int nodes = 16;
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger won = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    if (jobs.claim(job, Duration.ofMinutes(30))) {
                        won.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            });
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertEquals(0, failed.get(), "no claim failed");
        assertEquals(1, won.get(), "one of the racing claims does the work");
        // the same round asked again (a late node, the same node's next firing within the gap): nothing to do
        assertFalse(jobs.claim(job, Duration.ofMinutes(30)));
    }

    @Test
    void theNextRoundIsClaimedOnceTheGapHasPassed() throws Exception {
        String job = newJob();
        assertTrue(jobs.claim(job, Duration.ofHours(1)));
        assertFalse(jobs.claim(job, Duration.ofHours(1)));
        assertTrue(jobs.claim(job, Duration.ZERO), "a gap passed: the next round is claimed");
    }

    @Test
    void aJobWithoutItsRowIsAnErrorNotASilentSkip() {
        EJBException e =
                assertThrows(EJBException.class, () -> jobs.claim("no-such-job-" + System.nanoTime(), Duration.ZERO));
        assertTrue(e.getCause() instanceof IllegalArgumentException, e.toString());
    }

    @Test
    void everyTimerThatMustRunOnceHasItsRow() throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select name from pf_job_claim");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        assertTrue(
                names.containsAll(
                        Set.of("daily-reminders", "proposal-reminders", "hall-housekeeping", "directory-sweep")),
                names.toString());
    }

    private String newJob() throws SQLException {
        String job = "it-" + Long.toString(System.nanoTime(), 36);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into pf_job_claim (name) values (?)")) {
            ps.setString(1, job);
            ps.executeUpdate();
        }
        return job;
    }
}
