package org.tongxin.consultation.application;

import java.time.LocalDate;

/**
 * The grassroots figures of a period for an organisation and those below it. {@code demandsCollected} = concerns written
 * in the people's-concern diary with their day met in the period ({@code concernsRecorded}) + topics collected in the
 * period otherwise than from a concern, from a contact point or by the office ({@code collectedOtherwise}); a concern
 * made a topic counts once, as a concern. {@code topics}: topics whose 确定议题 step is dated in the period;
 * {@code consultations}: meetings (协商议事) dated in the period; {@code solved}: those of them with the result SOLVED.
 */
public record GrassrootsCounts(
        LocalDate from,
        LocalDate to,
        long organisationId,
        String organisationName,
        long demandsCollected,
        long topics,
        long consultations,
        long solved,
        long concernsRecorded,
        long collectedOtherwise)
        implements java.io.Serializable {}
