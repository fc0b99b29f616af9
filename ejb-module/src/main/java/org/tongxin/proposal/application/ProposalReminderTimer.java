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

    @Schedule(minute = "7", hour = "*", persistent = false)
    public void remind() {
        reminders.send(null);
    }
}
