package org.tongxin.proposal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Sends the proposals' deadline reminders of every organisation hourly (so that each organisation's new day is caught
 * within the hour whatever its time zone). A non-persistent timer on each node: a second node sending the same
 * reminder fails on pp_reminder's key and rolls its run back, so nobody is notified twice.
 */
@Stateless
public class ProposalReminderTimer {

    @Inject
    ProposalReminders reminders;

    @jakarta.ejb.EJB
    org.tongxin.platform.application.ClusterJobs jobs;

    @Schedule(minute = "7", hour = "*", persistent = false)
    public void remind() {
        // every node fires at :07; one of them reminds (docs/cluster.md)
        if (!jobs.claim("proposal-reminders", java.time.Duration.ofMinutes(30))) {
            return;
        }
        reminders.send(null);
    }
}
