package org.tongxin.consultation.domain;

import java.util.List;
import java.util.Optional;

/** Outcomes, always filtered in the database by the organisations a caller sees (a tree-path pattern). */
public interface OutcomeRepository {

    void add(Outcome outcome);

    /** The outcome, if its organisation matches the pattern (and it is published, when only those are asked for). */
    Optional<Outcome> outcome(long id, String organisationPathPattern, boolean publishedOnly);

    /** One page of the outcomes matching the query and the pattern, by due date, newest consultations first. */
    List<Outcome> outcomes(OutcomeQuery query, String organisationPathPattern, int offset, int limit);

    long count(OutcomeQuery query, String organisationPathPattern);

    /** A consultation's outcomes (for its report), in the order they were recorded. */
    List<Outcome> ofItem(long itemId);

    /** The plan holding the item, if its organisation matches the pattern. */
    Optional<Plan> planOfItem(long itemId, String organisationPathPattern);

    /** The plan items with these ids that still exist (topic and form of a list's rows). */
    List<PlanItem> items(java.util.Collection<Long> ids);

    void flush();
}
