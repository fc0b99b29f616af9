package org.tongxin.committee.application;

import java.util.List;

/** A member's contact card: what the printed card and the public page show; no personal phone or birth date. */
public record CardDetails(
        long memberId,
        String name,
        String organisationName,
        String committeeName,
        String sectorName,
        String workplace,
        String title,
        List<AssignmentRow> points,
        List<String> liaisonGroups,
        String token)
        implements java.io.Serializable {}
