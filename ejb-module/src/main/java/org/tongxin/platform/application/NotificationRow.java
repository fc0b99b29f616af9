package org.tongxin.platform.application;

import java.time.Instant;
import java.util.List;

/** A notification as its reader sees it; the edge turns the key and arguments into text. */
public record NotificationRow(
        long id, Instant createdAt, String messageKey, List<String> arguments, String link, boolean read)
        implements java.io.Serializable {}
