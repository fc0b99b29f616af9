package org.tongxin.inforeport.application;

import java.time.Instant;

/** A route to a parent hosted by another deployment (its secret is never shown). */
public record RouteDetails(
        long organisationId,
        String organisationName,
        String baseUrl,
        String username,
        String targetCode,
        String targetName,
        Instant updatedAt,
        String updatedBy)
        implements java.io.Serializable {}
