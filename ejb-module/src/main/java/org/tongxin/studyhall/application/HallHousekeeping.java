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

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void completeEnded() {
        hall.completeEnded(clock.instant());
    }
}
