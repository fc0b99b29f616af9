package org.tongxin.duty.application;

import java.time.LocalDate;

/**
 * An act of duty done in another module, fired as a CDI event: the committee context observes it
 * synchronously, in the firing transaction, and writes the ledger entry; so the act and its points
 * commit together or not at all. Firing the same source for the same member again changes nothing;
 * firing it with other facts replaces the earlier entry.
 *
 * @param coAuthors for joint work, how many co-authors the first author had (0 when alone)
 */
public record DutyEvent(
        long memberId,
        LocalDate occurredOn,
        DutyCategory category,
        SourceRef source,
        String description,
        DutyRole role,
        int coAuthors)
        implements java.io.Serializable {

    /** An act done alone, or attendance (each attendee gets the whole points). */
    public static DutyEvent sole(
            long memberId, LocalDate occurredOn, DutyCategory category, SourceRef source, String description) {
        return new DutyEvent(memberId, occurredOn, category, source, description, DutyRole.SOLE, 0);
    }
}
