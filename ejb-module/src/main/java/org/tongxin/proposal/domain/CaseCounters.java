package org.tongxin.proposal.domain;

/** The counters of proposal numbers, incremented in the accepting transaction (the row stays locked until commit). */
public interface CaseCounters {

    /** The next rank of the organisation's counter (1 for its first), its row locked until the transaction ends. */
    int next(long organisationId, String counter);
}
