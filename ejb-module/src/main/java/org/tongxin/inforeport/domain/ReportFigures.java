package org.tongxin.inforeport.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The raw facts statistics are made of, for one organisation and a period. */
public interface ReportFigures {

    /** A report and when something happened to it. */
    record Dated(long reportId, Instant at) {}

    /** Reports submitted at the organisation, or forwarded to it from the level below, in the period. */
    List<Dated> received(long organisationId, Instant from, Instant to);

    List<Dated> adopted(long organisationId, Instant from, Instant to);

    long moved(long organisationId, ReportAction action, Instant from, Instant to);

    /** Instructions given in the period on reports the organisation adopted: report id and level. */
    List<Object[]> instructions(long organisationId, LocalDate from, LocalDate to);

    Map<Long, String> topics(Collection<Long> reportIds);

    /** The contact point each of the reports given names as its source (reports without one are left out). */
    Map<Long, Long> sourcePoints(Collection<Long> reportIds);

    /** Authors of the reports given: report id, member id, member name. */
    List<Object[]> authors(Collection<Long> reportIds);
}
