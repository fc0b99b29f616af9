package org.tongxin.inforeport.application;

import java.util.List;

/**
 * Forwarding between deployments. The sending side: routes (which organisation's parent is hosted
 * where, and the service account to sign in with there), and an editor's "retry now" of a pending or
 * refused delivery. The receiving side: reports arriving from other deployments, once per idempotency key.
 */
public interface ForwardingService {

    List<ReportViews.RouteView> routes();

    ReportViews.RouteView putRoute(long organisationId, String baseUrl, String username, String password, String targetCode,
            String targetName);

    void deleteRoute(long organisationId);

    /** An editor of the level that forwarded asks for an attempt now; answers the delivery's id. */
    long retry(long reportId);

    /**
     * A report another deployment forwards (service accounts only). The same key again answers the
     * report it made the first time ({@code duplicate}), and makes nothing.
     */
    ReportViews.Received receive(String idempotencyKey, InboundReport report);

    /** The report already received under a key, if any. */
    java.util.Optional<ReportViews.Received> received(String idempotencyKey);
}
