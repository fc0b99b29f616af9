package org.tongxin.proposal.application;

import java.util.List;
import java.util.Map;
import org.tongxin.proposal.domain.ProposalSession;

/**
 * An organisation's proposals of a filing year (and of one session when given): filed (submitted, drafts not counted),
 * accepted (立案, whatever happened after), not accepted, assigned, answered, answered on time (the last answer on or
 * before the due date), by answer category, by final rating, the satisfaction rate (satisfied and basically satisfied
 * over rated) and the lead units' league table. Rates are fractions (0–1), null when nothing was counted.
 */
public record ProposalStatistics(
        long organisationId,
        String organisationName,
        int year,
        ProposalSession session,
        long filed,
        long accepted,
        long notAccepted,
        long assigned,
        long answered,
        long answeredOnTime,
        long overdue,
        Map<String, Long> byCategory,
        Map<String, Long> byRating,
        long rated,
        Double satisfactionRate,
        List<UnitRow> units,
        Long sessionId,
        String sessionName)
        implements java.io.Serializable {

    /**
     * A lead unit's line of the league table: proposals it leads (assigned from the year's filing), answered, answered
     * on time, unanswered past the due date, rated, satisfied (满意 or 基本满意), and the two rates.
     */
    public record UnitRow(
            long unitId,
            String unitName,
            long assigned,
            long answered,
            long answeredOnTime,
            long overdue,
            long rated,
            long satisfied,
            Double onTimeRate,
            Double satisfactionRate)
            implements java.io.Serializable {}
}
