package org.tongxin.inforeport.application;

import java.time.Instant;

/** An attachment of a report, without its bytes. */
public record AttachmentSummary(
        long id, String fileName, String contentType, long size, String sha256, Instant uploadedAt)
        implements java.io.Serializable {}
