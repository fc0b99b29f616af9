package org.tongxin.committee.domain;

import java.time.Instant;
import java.util.List;

/** The sheets of login slips waiting to be printed. */
public interface LoginSlips {

    void add(LoginSlip slip);

    /** The lines of a batch made by this account that has not expired, in their order; empty otherwise. */
    List<LoginSlip> batch(String batch, long createdBy, Instant now);

    /** Deletes every line that expired. */
    void deleteExpired(Instant now);
}
