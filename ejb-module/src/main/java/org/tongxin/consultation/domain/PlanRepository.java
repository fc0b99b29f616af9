package org.tongxin.consultation.domain;

import java.util.List;
import java.util.Optional;

/** Plans and shapes, always filtered in the database by the organisations a caller sees (a path pattern). */
public interface PlanRepository {

    void add(Plan plan);

    void add(PlanShape shape);

    /** The plan, if its organisation matches the path pattern. */
    Optional<Plan> plan(long id, String organisationPathPattern);

    /** The year's plans of the organisations matching the path pattern, items fetched, in the tree's order. */
    List<Plan> plans(int year, String organisationPathPattern);

    boolean exists(long organisationId, int year);

    Optional<PlanShape> shape(long organisationId);

    /** The shapes the organisations have set, in one query (an organisation without one is absent). */
    List<PlanShape> shapes(java.util.Collection<Long> organisationIds);

    /** The tasks of the year's plans matching the pattern, of one committee when given, by due date. */
    List<PlanTask> tasks(int year, String organisationPathPattern, Long committeeId);

    void flush();
}
