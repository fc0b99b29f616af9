package org.tongxin.duty.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongxin.duty.domain.RuleTerms;
import org.tongxin.platform.kernel.Page;

/** The duty ledger and the annual evaluation. */
@Local
public interface DutyService {

    /** Writes the ledger entry of an act done in another module (see {@link DutyEvent}). */
    void credit(DutyEvent event);

    /** Voids every standing entry of a withdrawn source; answers how many. */
    int withdraw(DutyWithdrawn withdrawn);

    /** Office staff record acts by hand, for one member or many at once; answers the new entries' ids. */
    List<Long> recordManual(ManualDuty duty);

    /**
     * Another system credits an act (a service account with the {@code remote-duty} role, through the remote facade
     * {@code DutyLedgerRemote}): a member of an organisation the account sees, a category recorded by hand, a day not
     * in the future. Idempotent by the account and its reference (the entry's source is
     * {@code remote:account-<id>:<reference>}).
     */
    SystemCredit creditFromSystem(SystemDuty duty);

    /** Office staff void an entry, with a reason; it stops counting and stays visible. */
    void voidEntry(long entryId, String reason);

    /**
     * A member's record of a year (null: the current year of the member's organisation): the member, office staff
     * and leaders of the member's organisation, and other systems with the {@code remote-duty} role that see it.
     */
    DutyRecord record(long memberId, Integer year);

    /**
     * The calling member's standing this year (their organisation's year): points, grade, the next grade's threshold
     * and how far it is; empty when the account is no member of the roster.
     */
    Optional<DutyStanding> myStanding();

    /** The caller's own member id, when the account belongs to a member of the roster. */
    Optional<Long> ownMemberId();

    Page<RankingRow> ranking(RankingQuery query, Page.Request request);

    /**
     * The whole ranking the query selects as a workbook; the edge gives the column headers and the
     * grade names in the reader's language.
     */
    byte[] exportRanking(RankingQuery query, List<String> headers, Map<String, String> gradeNames);

    /** How many members fall into each grade (EXCELLENT, GOOD, COMPETENT, NOT_COMPETENT). */
    Map<String, Long> grades(RankingQuery query);

    /**
     * How many members of all the caller's organisations fall into each grade of {@code year}, each organisation's
     * members graded by its own rule set (as {@link #grades} per organisation, summed): one statement, however many
     * organisations (the dashboard's grades, issue 22).
     */
    Map<String, Long> gradesOfVisibleOrganisations(int year);

    RuleSetDetails ruleSet(long organisationId, int year);

    /** What saving these terms would change, without changing anything. */
    RecomputePreview preview(long organisationId, int year, RuleTerms terms);

    /**
     * Publishes the terms as the next revision and scores the year's standing entries again: every entry
     * whose points change is voided and replaced. Refused with a conflict when someone saved in between.
     */
    RecomputePreview saveRuleSet(long organisationId, int year, RuleTerms terms, int expectedRevision);
}
