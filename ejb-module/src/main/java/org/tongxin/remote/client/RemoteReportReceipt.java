package org.tongxin.remote.client;

import java.io.Serializable;
import java.time.Instant;

/** A report filed: its id, state ({@code SUBMITTED}), organisation and when it was submitted. */
public record RemoteReportReceipt(long reportId, String state, long organisationId, Instant submittedAt)
        implements Serializable {}
