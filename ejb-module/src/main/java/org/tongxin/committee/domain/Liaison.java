package org.tongxin.committee.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Towns, liaison groups, contact points, assignments, cards and concerns of the organisations. */
public interface Liaison {

    List<Town> towns(long organisationId);

    Optional<Town> town(long id);

    /** The town's live (not retired) liaison group. */
    Optional<LiaisonGroup> groupOf(long townId);

    Optional<LiaisonGroup> group(long id);

    /** Every contact point of an organisation, retired ones too (the import matches against them). */
    List<ContactPoint> allPoints(long organisationId);

    /** Live (not retired) contact points under a town. */
    long livePoints(long townId);

    Optional<Town> townNamed(long organisationId, String name);

    Optional<ContactPoint> pointNamed(long townId, String name);

    List<LiaisonGroup> groups(long organisationId);

    /** Contact points per town of an organisation. */
    Map<Long, Long> pointCounts(long organisationId);

    List<ContactPoint> points(long townId, String nameLike, int offset, int limit);

    long countPoints(long townId, String nameLike);

    Optional<ContactPoint> point(long id);

    List<ContactPoint> pointsById(java.util.Collection<Long> ids);

    Optional<PointAssignment> assignment(long id);

    /** The member's current assignments. */
    List<PointAssignment> currentOf(long memberId);

    /** Current assignments to these points. */
    List<PointAssignment> currentAt(java.util.Collection<Long> pointIds);

    Optional<ContactCard> card(long memberId);

    Optional<ContactCard> cardByToken(String token);

    Optional<Concern> concern(long id);

    /** Concerns of an organisation (or of one member) met in a period, newest first. */
    List<Concern> concerns(ConcernFilter filter, int offset, int limit);

    long countConcerns(ConcernFilter filter);

    /** Per organisation of the subtree: concerns collected, resolved, unresolved, open in the period. */
    List<ConcernCount> concernCounts(String organisationPathPattern, LocalDate from, LocalDate to);

    record ConcernFilter(long organisationId, Long memberId, Concern.Status status, LocalDate from, LocalDate to) {}

    record ConcernCount(long organisationId, long collected, long resolved, long unresolved, long open) {}

    /**
     * Contact-point coverage of the organisations whose path matches: live (not retired) points, and those of them with
     * at least one current assignment of a member (issue 20's leader dashboard).
     */
    PointCoverage pointCoverage(String organisationPathPattern);

    record PointCoverage(long points, long covered) {}

    void add(Object entity);

    void flush();
}
