package org.tongxin.proposal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The units' league table's order and the rates of the proposal statistics (issue 18). */
class ProposalLeagueTest {

    static ProposalStatistics.UnitRow unit(
            String name, long assigned, long answered, long onTime, long rated, long sat) {
        return new ProposalStatistics.UnitRow(
                name.hashCode(),
                name,
                assigned,
                answered,
                onTime,
                0,
                rated,
                sat,
                ProposalTrackingServiceBean.rate(onTime, answered),
                ProposalTrackingServiceBean.rate(sat, rated));
    }

    @Test
    void ratesAreFractionsAndNullWhenNothingWasCounted() {
        assertEquals(0.6667, ProposalTrackingServiceBean.rate(2, 3));
        assertNull(ProposalTrackingServiceBean.rate(0, 0));
    }

    @Test
    void theOnTimeRateRanksFirstThenSatisfactionThenTheMostLedThenTheName() {
        List<ProposalStatistics.UnitRow> rows = new ArrayList<>(List.of(
                unit("无答复", 9, 0, 0, 0, 0),
                unit("乙", 4, 4, 3, 4, 4),
                unit("甲", 4, 4, 4, 4, 2),
                unit("丙", 8, 4, 3, 4, 4),
                unit("丁", 4, 4, 3, 4, 2)));
        rows.sort(ProposalTrackingServiceBean.LEAGUE);
        assertEquals(
                List.of("甲", "丙", "乙", "丁", "无答复"),
                rows.stream().map(ProposalStatistics.UnitRow::unitName).toList());
    }
}
