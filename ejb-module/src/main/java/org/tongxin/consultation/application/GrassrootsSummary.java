package org.tongxin.consultation.application;

import java.time.LocalDate;
import org.tongxin.consultation.domain.GrassrootsResult;
import org.tongxin.consultation.domain.GrassrootsSource;
import org.tongxin.consultation.domain.GrassrootsStep;

/** A grassroots topic as the list shows it. */
public record GrassrootsSummary(
        long id,
        long organisationId,
        String organisationName,
        long townId,
        String townName,
        String groupName,
        String pointName,
        GrassrootsSource source,
        Long concernId,
        String authorName,
        String title,
        GrassrootsStep step,
        LocalDate collectedOn,
        LocalDate topicOn,
        LocalDate deliberatedOn,
        GrassrootsResult result)
        implements java.io.Serializable {}
