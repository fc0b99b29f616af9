package org.tongxin.inforeport.application;

import java.time.Instant;

/** A report another system submitted on behalf of a member: its id, state, organisation and when it was submitted. */
public record SubmittedReport(long reportId, String state, long organisationId, Instant submittedAt)
        implements java.io.Serializable {}
