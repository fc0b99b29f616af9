package org.tongxin.studyhall.application;

import java.time.OffsetDateTime;

public record ClosureRow(long id, long space, OffsetDateTime start, OffsetDateTime end, String reason)
        implements java.io.Serializable {}
