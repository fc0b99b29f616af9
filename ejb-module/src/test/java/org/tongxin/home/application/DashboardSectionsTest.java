package org.tongxin.home.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's export sections: every section in the page's order, each figure under its label, rates as shares. */
class DashboardSectionsTest {

    private static Dashboard dashboard(Double coverage) {
        Map<String, Long> positions = new LinkedHashMap<>();
        positions.put("CHAIR", 1L);
        positions.put("MEMBER", 300L);
        return new Dashboard(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30),
                2026,
                1,
                "大同市政协",
                3,
                new Dashboard.Members(343, positions, "/m"),
                new Dashboard.Coverage(120, 90, coverage, "/c"),
                new Dashboard.Concerns(50, 30, 5, 15, List.of(new Dashboard.OrganisationRow(2, "平城区政协", 20, 10)), "/n"),
                new Dashboard.Reports(60, 40, 10, 5, 3, Map.of("CITY", 3L), "/r"),
                new Dashboard.Activities(20, 400, 12, 9, 4, List.of(new Dashboard.KindRow("SALON", 4, 80)), "/a"),
                new Dashboard.Grades(2026, 343, Map.of("GOOD", 343L), "/g"),
                new Dashboard.Consultations(2026, 10, Map.of("HELD", 10L), 3850, 30, 25, 20, "/s", "/s2"),
                new Dashboard.Proposals(2026, 200, 180, 150, 140, 5, 0.9, "/p"));
    }

    private static Object value(List<DashboardDocuments.Section> sections, String label) {
        return sections.stream()
                .flatMap(s -> s.lines().stream())
                .filter(l -> l.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + label))
                .value();
    }

    @Test
    void everySectionOfThePageIsExportedInItsOrderWithItsFigures() {
        List<DashboardDocuments.Section> sections =
                DashboardServiceBean.sections(dashboard(0.75), Map.of("dashboard.members", "委员"));
        assertEquals(
                List.of(
                        "委员",
                        "dashboard.coverage",
                        "dashboard.concerns",
                        "dashboard.reports",
                        "dashboard.activities",
                        "dashboard.grades（2026）",
                        "dashboard.consultations",
                        "dashboard.proposals（2026）"),
                sections.stream().map(DashboardDocuments.Section::title).toList(),
                "a label missing from the map shows its key");
        assertEquals(343L, value(sections, "dashboard.members.active"));
        assertEquals(300L, value(sections, "position.MEMBER"));
        assertEquals(new DashboardDocuments.Share(0.75), value(sections, "dashboard.coverage.rate"));
        assertEquals(3850L, value(sections, "dashboard.consultations.demands"));
        assertEquals(
                "20/10",
                value(sections, "平城区政协 · dashboard.concerns.collected/dashboard.concerns.resolved"),
                "each organisation's concerns collected and resolved");
    }

    @Test
    void aRateWithoutAnythingToCountIsADashNotZero() {
        assertEquals("—", value(DashboardServiceBean.sections(dashboard(null), Map.of()), "dashboard.coverage.rate"));
    }
}
