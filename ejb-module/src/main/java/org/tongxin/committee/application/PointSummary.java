package org.tongxin.committee.application;

import java.util.List;

/** A contact point (联系点) with the members assigned to it. */
public record PointSummary(
        long id,
        long townId,
        String townName,
        String name,
        String kind,
        List<PointMember> members,
        java.time.LocalDate retiredOn,
        int version)
        implements java.io.Serializable {}
