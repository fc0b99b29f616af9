package org.tongxin.committee.application;

import java.time.LocalDate;

/** A member assigned to a contact point. */
public record PointMember(long assignmentId, long memberId, String memberName, boolean fixed, LocalDate since)
        implements java.io.Serializable {}
