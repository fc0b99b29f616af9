package org.tongxin.inforeport.application;

import java.util.List;

/**
 * Forwarding between deployments. The sending side: routes (which organisation's parent is hosted
 * where, and the service account to sign in with there), and an editor's "retry now" of a pending or
 * refused delivery. The receiving side: reports arriving from other deployments, once per idempotency key.
 */
public interface ForwardingService {

    List<RouteDetails> routes();

    RouteDetails putRoute(
            long organisationId,
            String baseUrl,
            String username,
            String password,
            String targetCode,
            String targetName);

    void deleteRoute(long organisationId);

    /** An editor of the level that forwarded asks for an attempt now; answers the delivery's id. */
    long retry(long reportId);

    /**
     * A report another deployment forwards (service accounts only). The same key again answers the
     * report it made the first time ({@code duplicate}), and makes nothing.
     */
    ReceivedReportSummary receive(String idempotencyKey, InboundReport report);

    /**
     * What became of a report received under this key: for the service account that delivered it
     * ({@code GET /api/v1/inbound/reports/{key}}); anyone else, or an unknown key, gets {@code 404}.
     */
    ReportProgressDetails progress(String idempotencyKey);

    /**
     * Checks that an editor may have what became of a delivered report read back now ({@code POST
     * /reports/{id}/delivery/follow}; the agent also does it by itself every few minutes): the level that
     * forwarded it ({@code 404} otherwise), once delivered ({@code 409} {@code not-delivered}).
     */
    long followable(long reportId);

    /** The report already received under a key, if any. */
    java.util.Optional<ReceivedReportSummary> received(String idempotencyKey);
}
