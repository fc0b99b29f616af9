package org.tongxin.home.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The leader's dashboard (issue 20): the source text's figures for the caller's organisation and those below it, over
 * a period. Each section is asked of the context that keeps its facts and carries {@code page}, the list behind its
 * figures (from the web root). Figures kept by calendar year (duty grades, proposals, consultation activities) are of
 * {@code year}, the year of the period's end. Maps keep a fixed order (the enum's order).
 */
public record Dashboard(
        LocalDate from,
        LocalDate to,
        int year,
        long organisationId,
        String organisationName,
        int organisations,
        Members members,
        Coverage coverage,
        Concerns concerns,
        Reports reports,
        Activities activities,
        Grades grades,
        Consultations consultations,
        Proposals proposals)
        implements Serializable {

    /** Active members (on the roster today), by position (CHAIR, VICE_CHAIR, STANDING, MEMBER). */
    public record Members(long active, Map<String, Long> byPosition, String page) implements Serializable {}

    /** Live contact points and those with a member assigned now; {@code rate} 0–1, null without points. */
    public record Coverage(long points, long covered, Double rate, String page) implements Serializable {}

    /** Concerns of the people's-concern diary met in the period: collected, resolved, unresolved, still open. */
    public record Concerns(
            long collected,
            long resolved,
            long unresolved,
            long open,
            List<OrganisationRow> byOrganisation,
            String page)
            implements Serializable {}

    /** One organisation's concerns. */
    public record OrganisationRow(long organisationId, String name, long collected, long resolved)
            implements Serializable {}

    /**
     * Information reports that reached the caller's own organisation in the period (written there or forwarded from
     * below), adopted, forwarded up, declined, and leaders' instructions by level (COUNTY, CITY, PROVINCE, NATIONAL).
     */
    public record Reports(
            long received,
            long adopted,
            long forwarded,
            long declined,
            long instructions,
            Map<String, Long> instructionsByLevel,
            String page)
            implements Serializable {}

    /**
     * Study-hall activities held in the period, person-times of attendance and no-shows, by kind; reading-sharing
     * sessions (读书分享会) and weekend salons (周末沙龙) are the kinds READING_SHARING and SALON.
     */
    public record Activities(
            long held,
            long attendances,
            long noShows,
            long readingSessions,
            long salons,
            List<KindRow> byKind,
            String page)
            implements Serializable {}

    public record KindRow(String kind, long activities, long attendances) implements Serializable {}

    /** Members per duty grade of {@code year} (EXCELLENT, GOOD, COMPETENT, NOT_COMPETENT), each organisation by its rules. */
    public record Grades(int year, long members, Map<String, Long> byGrade, String page) implements Serializable {}

    /**
     * Consultation activities of {@code year} by state (PLANNED, OPEN, HELD, CANCELLED), and the grassroots figures of
     * the period: demands collected, topics set, consultation meetings held, and those solved.
     */
    public record Consultations(
            int year,
            long activities,
            Map<String, Long> byState,
            long demandsCollected,
            long topics,
            long meetings,
            long solved,
            String page,
            String grassrootsPage)
            implements Serializable {}

    /** The caller's organisation's proposals filed in {@code year}: accepted, answered, on time, overdue, satisfaction. */
    public record Proposals(
            int year,
            long filed,
            long accepted,
            long answered,
            long answeredOnTime,
            long overdue,
            Double satisfactionRate,
            String page)
            implements Serializable {}
}
