package org.tongxin.inforeport.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A bulletin issue with its reports, as pages, the API and the printers use it. */
public record BulletinDetails(
        long id,
        long organisationId,
        String organisationName,
        int year,
        int number,
        String title,
        LocalDate from,
        LocalDate to,
        Instant publishedAt,
        List<Item> items)
        implements java.io.Serializable {

    /** A report of the issue: its text and its sources (authors and the organisation it came from). */
    public record Item(
            long reportId, String title, String body, List<String> proposals, List<String> authors, String origin)
            implements java.io.Serializable {}
}
