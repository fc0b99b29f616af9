package org.tongxin.committee.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A new term as office staff mark it on the page or in the API: the organisation (the caller's own when
 * null), the term's number and first day, and the active members who leave (the others continue).
 */
public record TermPlan(Long organisationId, Integer number, LocalDate startsOn, List<Long> leaving)
        implements java.io.Serializable {}
