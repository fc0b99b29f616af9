package org.tongxin.home.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The leader's dashboard (issue 20) and its export: leaders and office staff, each for their own organisation and
 * those below it. A section's {@code page} is left out where the caller may not open that list.
 */
@Local
public interface DashboardService {

    /**
     * The figures of the period (both days included, in the calendar of the caller's organisation); null days: this
     * year so far. A period that ends before it starts or spans more than five years is refused ({@code 422}).
     */
    Dashboard dashboard(LocalDate from, LocalDate to);

    /** The dashboard as an {@code .xlsx} workbook: a header per section; {@code labels} the texts of {@link #LABELS}. */
    byte[] workbook(LocalDate from, LocalDate to, Map<String, String> labels);

    /** The dashboard as a PDF (A4, the Chinese font of the platform's PDFs); {@code labels} as for the workbook. */
    byte[] pdf(LocalDate from, LocalDate to, Map<String, String> labels);

    /**
     * The bundle keys the export uses: the edge looks each up in the reader's language (the names of grades,
     * positions, consultation states, instruction levels and activity kinds are the keys their own contexts'
     * bundles already give them).
     */
    List<String> LABELS = List.of(
            "dashboard.title",
            "dashboard.page",
            "dashboard.period",
            "dashboard.scope",
            "dashboard.figure",
            "dashboard.value",
            "dashboard.members",
            "dashboard.members.active",
            "dashboard.coverage",
            "dashboard.coverage.points",
            "dashboard.coverage.covered",
            "dashboard.coverage.rate",
            "dashboard.concerns",
            "dashboard.concerns.collected",
            "dashboard.concerns.resolved",
            "dashboard.concerns.unresolved",
            "dashboard.concerns.open",
            "dashboard.reports",
            "dashboard.reports.received",
            "dashboard.reports.adopted",
            "dashboard.reports.forwarded",
            "dashboard.reports.declined",
            "dashboard.reports.instructions",
            "dashboard.activities",
            "dashboard.activities.held",
            "dashboard.activities.attendances",
            "dashboard.activities.no-shows",
            "dashboard.activities.reading",
            "dashboard.activities.salons",
            "dashboard.grades",
            "dashboard.consultations",
            "dashboard.consultations.activities",
            "dashboard.consultations.demands",
            "dashboard.consultations.topics",
            "dashboard.consultations.meetings",
            "dashboard.consultations.solved",
            "dashboard.proposals",
            "dashboard.proposals.filed",
            "dashboard.proposals.accepted",
            "dashboard.proposals.answered",
            "dashboard.proposals.on-time",
            "dashboard.proposals.overdue",
            "dashboard.proposals.satisfaction",
            "grade.EXCELLENT",
            "grade.GOOD",
            "grade.COMPETENT",
            "grade.NOT_COMPETENT",
            "position.CHAIR",
            "position.VICE_CHAIR",
            "position.STANDING",
            "position.MEMBER",
            "csa.state.PLANNED",
            "csa.state.OPEN",
            "csa.state.HELD",
            "csa.state.CANCELLED",
            "level.COUNTY",
            "level.CITY",
            "level.PROVINCE",
            "level.NATIONAL",
            "kind.READING_SHARING",
            "kind.SALON",
            "kind.LECTURE",
            "kind.STUDY_SESSION",
            "kind.EXPERT_TALK");
}
