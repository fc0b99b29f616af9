package org.tongxin.committee.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.platform.kernel.Page;

/** The people's-concern diary (民情日记). */
@Local
public interface ConcernService {

    /** A member records a concern met at one of their contact points; it earns the diary's duty points. */
    ConcernSummary record(long pointId, LocalDate metOn, String what, String suggestion);

    /** Office staff close the follow-up, resolved or not, with a note. */
    ConcernSummary handle(long concernId, boolean resolved, String note);

    /** Members see their own concerns; office staff and leaders their organisation's. */
    Page<ConcernSummary> concerns(
            long organisationId, String status, LocalDate from, LocalDate to, Page.Request request);

    /**
     * One concern, for another context that takes it up (a grassroots consultation topic): to the member who wrote it,
     * and to office staff and leaders who see its organisation; anyone else 404.
     */
    ConcernSummary concern(long concernId);

    /** Concerns collected and resolved per organisation (the one named and those below) in a period. */
    List<ConcernCountRow> counts(long organisationId, LocalDate from, LocalDate to);
}
