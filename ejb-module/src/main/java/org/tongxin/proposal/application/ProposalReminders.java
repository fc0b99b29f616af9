package org.tongxin.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.tongxin.platform.application.DepartmentDirectory;
import org.tongxin.platform.application.NotificationService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.proposal.domain.Proposal;
import org.tongxin.proposal.domain.ProposalTracking;
import org.tongxin.proposal.domain.Reminder;

/**
 * Sends the deadline reminders (issue 18) as in-app notifications to the logins of each unanswered assignment's lead
 * unit: "due soon" from {@link ProposalDeadlines#remindDays()} days before the due date, "overdue" the first day after
 * it; each once per proposal and due date (pp_reminder), so the hourly timer and the office's "send now" never repeat
 * one. "Today" is the proposal's organisation's day. Runs in the caller's transaction: the notifications and the
 * record of them commit together.
 */
@ApplicationScoped
public class ProposalReminders {

    /** Proposals looked at per run; more wait for the next run (an hour later). */
    static final int BATCH = 1000;

    @Inject
    ProposalTracking tracking;

    @Inject
    ProposalDeadlines deadlines;

    @Inject
    OrganisationTime time;

    @Inject
    DepartmentDirectory departments;

    @Inject
    NotificationService notifications;

    /** Sends what is due now, for one organisation or (null) all; returns how many proposals were reminded. */
    public int send(Long organisationId) {
        int days = deadlines.remindDays();
        Instant now = time.now();
        // a day of margin for organisations whose day is ahead of UTC; each proposal is then judged on its own day
        LocalDate horizon = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(days + 1L);
        List<Proposal> candidates = tracking.byIds(tracking.reminderCandidates(horizon, organisationId, BATCH));
        Set<String> sent =
                tracking.sentReminders(candidates.stream().map(Proposal::id).toList());
        int n = 0;
        for (Proposal p : candidates) {
            LocalDate today = time.today(p.organisationId());
            Reminder kind = p.reminder(today, days).orElse(null);
            if (kind == null || sent.contains(ProposalTracking.reminderKey(p.id(), kind, p.due()))) {
                continue;
            }
            tracking.recordReminder(p.id(), kind, p.due(), now);
            for (long account : departments.accountsActingFor(p.leadDepartmentId())) {
                notifications.notify(
                        account,
                        "proposal.reminder." + kind.name(),
                        List.of(p.title(), p.due().toString()),
                        "/proposal/proposal.xhtml?id=" + p.id());
            }
            n++;
        }
        return n;
    }
}
