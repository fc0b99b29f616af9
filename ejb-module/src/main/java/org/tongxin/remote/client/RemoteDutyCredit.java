package org.tongxin.remote.client;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An act of duty another system credits to a member: a category recorded by hand (a built-in such as
 * {@code MEETING}, {@code RESEARCH}, or one of the organisation's own codes), the day (not in the future), a
 * description, and the caller's own reference of the act ({@code [A-Za-z0-9_.:-]{1,60}}, e.g. its meeting and
 * attendance ids). The reference makes the credit idempotent: sent again, nothing changes.
 */
public record RemoteDutyCredit(
        long memberId, String category, LocalDate occurredOn, String description, String reference)
        implements Serializable {}
