package org.tongxin.inforeport.application;

import java.util.List;

/**
 * What one deployment sends another when it forwards a report to a parent hosted there
 * ({@code POST /api/v1/inbound/reports}, with an {@code Idempotency-Key}). {@code source}, optional: the
 * contact point the report comes from, as the origin shows it (town · point).
 */
public record InboundReport(
        String targetOrganisationCode,
        Origin origin,
        String title,
        String body,
        List<String> proposals,
        String topic,
        List<String> authors,
        String source)
        implements java.io.Serializable {

    /** The sending deployment, the report's id there, and the organisation it was written in. */
    public record Origin(String deployment, Long reportId, String organisationCode, String organisationName)
            implements java.io.Serializable {}
}
