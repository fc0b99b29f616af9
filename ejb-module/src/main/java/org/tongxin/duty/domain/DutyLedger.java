package org.tongxin.duty.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ledger's entries and the rule sets they were scored under. */
public interface DutyLedger {

    Optional<RuleSet> ruleSet(long organisationId, int year);

    void add(RuleSet ruleSet);

    void add(DutyEntry entry);

    Optional<DutyEntry> entry(long id);

    /** The standing entry of one source for one member, if any. */
    Optional<DutyEntry> live(String sourceRef, long memberId);

    /** The standing entries of one source, for every member it credited. */
    List<DutyEntry> liveBySource(String sourceRef);

    /** A member's entries of a year, voided ones too, newest first. */
    List<DutyEntry> entries(long memberId, int year);

    /** The standing entries of an organisation's year, to be scored again under a new rule set. */
    List<DutyEntry> liveEntries(long organisationId, int year);

    /** Standing points per member and category of an organisation's year, before caps. */
    Map<Long, Map<String, BigDecimal>> subtotals(long organisationId, int year);

    /** The built-in categories and the organisation's own, retired ones too, built-ins first. */
    List<Category> categories(long organisationId);

    Optional<Category> category(long id);

    Optional<Category> category(String code);

    /** How many categories of its own the organisation has added, retired ones too. */
    long ownCategoryCount(long organisationId);

    void add(Category category);

    /** Every rule set of the organisation, of any year. */
    List<RuleSet> ruleSets(long organisationId);

    /** One row of the ranking: the member's year total after caps, and their rank among those filtered. */
    record Ranked(long memberId, String name, Long committeeId, Long sectorId, BigDecimal total, int rank) {}

    /** Who is ranked: the active members of one organisation, optionally of one committee or sector. */
    record RankingFilter(long organisationId, int year, Long committeeId, Long sectorId) {}

    /** Ranked by year total after the caps of the rule set with this id (none when no rule set exists). */
    List<Ranked> ranking(RankingFilter filter, long ruleSetId, int offset, int limit);

    long rankingCount(RankingFilter filter);

    /** How many of those ranked fall into each grade band. */
    Map<Grade, Long> gradeCounts(RankingFilter filter, long ruleSetId, RuleTerms terms);

    /**
     * {@link #gradeCounts} summed over several organisations in one statement: each organisation's members graded by
     * its own rule set of the year (its caps and bands), or by {@code defaults} where it has none.
     */
    Map<Grade, Long> gradeCounts(java.util.Collection<Long> organisationIds, int year, RuleTerms defaults);

    /** Writes pending changes now (a voided entry must free its key before its replacement is inserted). */
    void flush();
}
