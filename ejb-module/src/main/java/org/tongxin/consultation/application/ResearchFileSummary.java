package org.tongxin.consultation.application;

import java.time.Instant;

/** A document of a research trip uploaded as a file, without its bytes. */
public record ResearchFileSummary(
        long id, long tripId, String fileName, String contentType, long size, String sha256, Instant uploadedAt)
        implements java.io.Serializable {}
