package org.tongxin.committee.application;

import java.time.LocalDate;

/**
 * A member wrote a concern (民情日记) down, fired as a CDI event in the writing transaction. The duty
 * context observes it and credits the member (category CONCERN, source {@code committee:concern:<id>}),
 * so the committee context needs to know nothing of the ledger.
 */
public record ConcernRecorded(long concernId, long memberId, LocalDate metOn, String pointName)
        implements java.io.Serializable {}
