package org.tongxin.studyhall.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.tongxin.studyhall.domain.StudyHallRepository;

/**
 * Marks confirmed bookings that have ended as completed, every ten minutes. One conditional update, so
 * running it on several nodes at once does no harm.
 */
@Stateless
public class HallHousekeeping {

    @Inject
    StudyHallRepository hall;

    @Inject
    Clock clock;

    @jakarta.ejb.EJB
    org.tongxin.platform.application.ClusterJobs jobs;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void completeEnded() {
        // every node fires; one of them completes (docs/cluster.md)
        if (!jobs.claim("hall-housekeeping", java.time.Duration.ofMinutes(5))) {
            return;
        }
        hall.completeEnded(clock.instant());
    }
}
