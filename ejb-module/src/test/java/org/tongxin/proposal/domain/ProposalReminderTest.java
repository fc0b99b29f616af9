package org.tongxin.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which deadline reminder an assignment's lead unit has on a day (issue 18): due soon, overdue, or none. */
class ProposalReminderTest {

    /** Assigned on ProposalStepTest.TODAY, due three months later. */
    static final LocalDate DUE = ProposalStepTest.TODAY.plusMonths(3);

    @Test
    void noReminderBeforeTheWindow() {
        Proposal p = ProposalStepTest.at(ProposalState.ASSIGNED);
        assertEquals(Optional.empty(), p.reminder(DUE.minusDays(8), 7));
        assertEquals(Optional.empty(), p.reminder(ProposalStepTest.TODAY, 7));
    }

    @Test
    void dueSoonFromTheWindowToTheDueDateItself() {
        Proposal p = ProposalStepTest.at(ProposalState.ASSIGNED);
        assertEquals(Optional.of(Reminder.DUE_SOON), p.reminder(DUE.minusDays(7), 7));
        assertEquals(Optional.of(Reminder.DUE_SOON), p.reminder(DUE, 7));
        assertEquals(Optional.of(Reminder.DUE_SOON), p.reminder(DUE.minusDays(2), 3));
        assertEquals(Optional.empty(), p.reminder(DUE.minusDays(4), 3), "the window is configurable");
    }

    @Test
    void overdueTheDayAfterTheDueDate() {
        Proposal p = ProposalStepTest.at(ProposalState.ASSIGNED);
        assertEquals(Optional.of(Reminder.OVERDUE), p.reminder(DUE.plusDays(1), 7));
        assertTrue(p.overdue(DUE.plusDays(1)));
    }

    @Test
    void aReHandlingIsRemindedToo() {
        Proposal p = ProposalStepTest.at(ProposalState.REHANDLING);
        assertEquals(Optional.of(Reminder.OVERDUE), p.reminder(DUE.plusDays(1), 7));
    }

    @Test
    void noReminderOnceAnsweredOrBeforeAssignment() {
        for (ProposalState s : ProposalState.values()) {
            if (s == ProposalState.ASSIGNED || s == ProposalState.REHANDLING) {
                continue;
            }
            assertEquals(Optional.empty(), ProposalStepTest.at(s).reminder(DUE.plusDays(1), 7), s::name);
        }
    }
}
