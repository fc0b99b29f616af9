package org.tongxin.proposal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.proposal.domain.Proposal;
import org.tongxin.proposal.domain.SimilarText;

/**
 * The titles of the demo's year of proposals stay away from the titles the tests look for with the similar-proposal
 * hint (the first demo set's overdue 关于加快老旧小区加装电梯的建议 must stay among the five best for 老旧小区加装电梯).
 */
class DemoProposalYearTest {

    /** What the browser and API tests type into the hint. */
    private static final List<String> TYPED = List.of("老旧小区加装电梯", "发展高粱酿酒产业集群", "光伏扶贫电站运维", "汾河湿地候鸟栖息地");

    @Test
    void noTitleIsOfferedForWhatTheTestsType() {
        for (String typed : TYPED) {
            List<String> pairs = SimilarText.pairs(typed);
            int threshold = SimilarText.threshold(pairs.size());
            for (String title : DemoProposalYear.titles()) {
                long shared = pairs.stream().filter(title::contains).count();
                assertTrue(shared < threshold, title + " would be offered for " + typed);
            }
        }
    }

    @Test
    void titlesAreDistinctAndFit() {
        List<String> titles = DemoProposalYear.titles();
        assertEquals(titles.size(), new HashSet<>(titles).size());
        assertTrue(titles.size() >= 280, "enough titles for the year: " + titles.size());
        assertTrue(titles.stream().allMatch(t -> t.length() <= Proposal.MAX_TITLE));
    }
}
