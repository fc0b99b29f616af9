package org.tongxin.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.studyhall.application.WorkingDays;

/**
 * The deadlines of an assignment on the organisation's working calendar: the answer is due a period after the
 * assignment (default three months, {@code TONGXIN_PROPOSAL_DUE_MONTHS}), moved to the next working day when it falls
 * on a holiday or weekend; the lead unit may send it back within a number of working days (default 10,
 * {@code TONGXIN_PROPOSAL_SEND_BACK_DAYS}).
 */
@ApplicationScoped
public class ProposalDeadlines {

    static final int DEFAULT_DUE_MONTHS = 3;
    static final int DEFAULT_SEND_BACK_DAYS = 10;

    @Inject
    WorkingDays workingDays;

    public LocalDate defaultDue(long organisationId, LocalDate assignedOn) {
        return workingDays.onOrAfter(
                organisationId, assignedOn.plusMonths(setting("tongxin.proposal.due-months", DEFAULT_DUE_MONTHS)));
    }

    public LocalDate sendBackUntil(long organisationId, LocalDate assignedOn) {
        return workingDays.after(
                organisationId, assignedOn, setting("tongxin.proposal.send-back-days", DEFAULT_SEND_BACK_DAYS));
    }

    static final int DEFAULT_REMIND_DAYS = 7;

    /**
     * How many calendar days before the due date the lead unit is reminded (default 7,
     * {@code TONGXIN_PROPOSAL_REMIND_DAYS}).
     */
    public int remindDays() {
        return setting("tongxin.proposal.remind-days", DEFAULT_REMIND_DAYS);
    }

    private static int setting(String name, int fallback) {
        return PlatformSettings.get(name)
                .map(v -> {
                    try {
                        int n = Integer.parseInt(v);
                        return n > 0 && n <= 366 ? n : fallback;
                    } catch (NumberFormatException e) {
                        return fallback;
                    }
                })
                .orElse(fallback);
    }
}
