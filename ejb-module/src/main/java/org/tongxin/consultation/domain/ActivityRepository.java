package org.tongxin.consultation.domain;

import java.util.List;
import java.util.Optional;

/** Consultation activities, always filtered in the database by the organisations a caller sees (a path pattern). */
public interface ActivityRepository {

    void add(ConsultationActivity activity);

    /** The activity, if its organisation matches the path pattern. */
    Optional<ConsultationActivity> activity(long id, String organisationPathPattern);

    /** The same, with the row locked until the transaction ends (sign-ups count the cap once). */
    Optional<ConsultationActivity> lock(long id, String organisationPathPattern);

    Optional<ConsultationActivity> byCode(String code);

    /** A page of the year's activities (of one state when given) of the organisations matching, latest first. */
    List<ConsultationActivity> activities(
            int year, ActivityState state, String organisationPathPattern, int offset, int limit);

    long count(int year, ActivityState state, String organisationPathPattern);

    /** The plan item, if it is one of the organisation's plans. */
    Optional<PlanItem> planItem(long itemId, long organisationId);

    void flush();
}
