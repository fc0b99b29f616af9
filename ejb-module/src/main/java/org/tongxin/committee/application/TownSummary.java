package org.tongxin.committee.application;

import java.util.List;

/** A town (or street) with its liaison group, as the liaison pages and API list it. */
public record TownSummary(
        long id,
        long organisationId,
        String name,
        String kind,
        Long groupId,
        String groupName,
        String leaderName,
        List<GroupMember> groupMembers,
        long points,
        java.time.LocalDate retiredOn,
        int version)
        implements java.io.Serializable {}
