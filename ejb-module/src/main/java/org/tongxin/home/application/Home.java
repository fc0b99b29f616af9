package org.tongxin.home.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tongxin.platform.application.GettingStartedRow;

/**
 * The signed-in person's home: one section per role they hold, absent (null) for a role they do not hold. Lists are
 * {@link Listing}s: how many there are in all ({@code total}, counted in the database) and the first few.
 */
public record Home(
        String displayName,
        List<String> roles,
        MemberSection member,
        EditorSection editor,
        KeeperSection keeper,
        OfficeSection office,
        LeaderSection leader,
        List<GettingStartedRow> checklist)
        implements java.io.Serializable {

    /** How many there are and the first few of them. */
    public record Listing<T>(long total, List<T> items) implements java.io.Serializable {

        public static <T> Listing<T> empty() {
            return new Listing<>(0, List.of());
        }
    }

    /** A report in a home list; {@code page} is where it opens (from the web root). */
    public record ReportItem(long id, String title, String state, String firstAuthor, Instant updatedAt, String page)
            implements java.io.Serializable {}

    /** A study-hall booking in a home list. */
    public record BookingItem(
            long id,
            String title,
            String space,
            OffsetDateTime start,
            OffsetDateTime end,
            String status,
            String booker,
            String page)
            implements java.io.Serializable {}

    /** A study-hall activity in a home list, with the caller's own sign-up when they have one. */
    public record ActivityItem(
            long id,
            long booking,
            String title,
            String kind,
            String space,
            OffsetDateTime start,
            OffsetDateTime end,
            int capacity,
            long registered,
            long waitlisted,
            String myStatus,
            Integer myPosition,
            String page)
            implements java.io.Serializable {}

    /** A proposal in a home list: its lead unit and the due date of its answer. */
    public record ProposalItem(long id, String title, String leadUnit, LocalDate due, String page)
            implements java.io.Serializable {}

    /** This year's duty points, the grade, the next grade's threshold and the points still missing (null at the top). */
    public record DutyItem(
            int year,
            BigDecimal total,
            String grade,
            String nextGrade,
            BigDecimal nextFrom,
            BigDecimal missing,
            String page)
            implements java.io.Serializable {}

    /** A member: drafts and returned reports, upcoming bookings and sign-ups, the duty standing (null off the roster). */
    public record MemberSection(
            Listing<ReportItem> openReports,
            Listing<BookingItem> bookings,
            Listing<ActivityItem> signups,
            DutyItem duty)
            implements java.io.Serializable {}

    /**
     * An information editor: the reports submitted to their level and waiting ({@code queuePage} the filtered queue),
     * and how many of them have waited untouched more than {@code longDays} days.
     */
    public record EditorSection(Listing<ReportItem> waiting, long waitingLong, int longDays, String queuePage)
            implements java.io.Serializable {}

    /** A study-hall keeper: the bookings waiting for approval and the activities starting today. */
    public record KeeperSection(
            Listing<BookingItem> pending, String approvalsPage, Listing<ActivityItem> today, String activitiesPage)
            implements java.io.Serializable {}

    /** Office staff: the overdue items: answers of assigned proposals past their due date. */
    public record OfficeSection(Listing<ProposalItem> overdueProposals, String overduePage)
            implements java.io.Serializable {}

    /**
     * A leader: headline figures of this year (the caller's organisation) linking to the statistics pages that exist:
     * information reports received, adopted and leaders' instructions; proposals filed and overdue.
     */
    public record LeaderSection(
            int year,
            long reportsReceived,
            long reportsAdopted,
            long instructions,
            String reportStatsPage,
            long proposalsFiled,
            long proposalsOverdue,
            String proposalStatsPage)
            implements java.io.Serializable {}
}
