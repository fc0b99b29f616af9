package org.tongxin.inforeport.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of reports and everything recorded about them. */
public interface ReportRepository {

    /** Whose reports a list may show: authored by an account, and/or passed through an organisation. */
    record Scope(Long authorAccountId, Long organisationId) {}

    void add(Report report);

    Optional<Report> report(long id);

    Report lock(long id);

    /** The reports with these ids, in the order of the ids (those that no longer exist left out). */
    List<Report> reports(List<Long> ids);

    List<Report> search(Scope scope, ReportQuery query, int offset, int limit);

    long count(Scope scope, ReportQuery query);

    boolean inScope(long reportId, Scope scope);

    /**
     * The home page's lists (issue 20): reports in these states whose first author is the account, of these
     * organisations, the last changed first; and how many there are.
     */
    List<Report> ofFirstAuthor(
            long accountId, Collection<ReportState> states, Collection<Long> organisationIds, int limit);

    long countOfFirstAuthor(long accountId, Collection<ReportState> states, Collection<Long> organisationIds);

    /**
     * Reports in a state held by an organisation (its editors' queue), changed last before {@code before} when it is
     * given, the longest waiting first; and how many there are.
     */
    List<Report> held(long organisationId, ReportState state, java.time.Instant before, int limit);

    long countHeld(long organisationId, ReportState state, java.time.Instant before);

    void add(ReportAuthor author);

    List<ReportAuthor> authors(long reportId);

    Map<Long, List<ReportAuthor>> authors(Collection<Long> reportIds);

    void add(ReportVersion version);

    List<ReportVersion> versions(long reportId);

    void add(Transition transition);

    List<Transition> transitions(long reportId);

    void add(Adoption adoption);

    List<Adoption> adoptions(long reportId);

    void add(Instruction instruction);

    List<Instruction> instructions(long reportId);

    void add(CombinedSource source);

    /** The sources of a combined report, in order. */
    List<CombinedSource> sources(long combinedId);

    /** The combined report a report was merged into, if any. */
    java.util.Optional<CombinedSource> mergedInto(long sourceId);

    /** The topics an organisation sees: the global ones, then its own; retired ones too. */
    List<Topic> topics(long organisationId);

    Optional<Topic> topic(String code);

    Optional<Topic> topic(long id);

    /** The codes of the global topics the organisation has hidden for itself. */
    java.util.Set<String> hiddenTopics(long organisationId);

    void hideTopic(long organisationId, String code);

    void showTopic(long organisationId, String code);

    void add(Topic topic);

    /** How many topics of its own the organisation has added, retired ones too. */
    long ownTopicCount(long organisationId);

    /** The highest position of any topic, so that a new one is listed last. */
    int lastTopicPosition();

    void flush();
}
