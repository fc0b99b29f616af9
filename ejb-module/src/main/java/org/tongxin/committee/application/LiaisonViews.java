package org.tongxin.committee.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the liaison pages and API show: towns with their groups, contact points, assignments, cards, concerns. */
public final class LiaisonViews {

    private LiaisonViews() {
    }

    public record Town(long id, long organisationId, String name, String kind, Long groupId, String groupName, String leaderName,
            List<Person> groupMembers, long points) {
    }

    public record Person(long id, String name) {
    }

    public record Point(long id, long townId, String townName, String name, String kind, List<Assigned> members) {
    }

    public record Assigned(long assignmentId, long memberId, String memberName, boolean fixed, LocalDate since) {
    }

    public record Assignment(long id, long memberId, String memberName, long pointId, String pointName, String townName,
            boolean fixed, LocalDate since, LocalDate until) {
    }

    /** A member's contact card: what the printed card and the public page show; no personal phone or birth date. */
    public record Card(long memberId, String name, String organisationName, String committeeName, String sectorName,
            String workplace, String title, List<Assignment> points, List<String> liaisonGroups, String token) {
    }

    public record Concern(long id, long memberId, String memberName, long pointId, String pointName, LocalDate metOn, String what,
            String suggestion, String status, String handlingNote, String handledBy, Instant handledAt) {
    }

    public record ConcernCount(long organisationId, String organisationName, long collected, long resolved, long unresolved,
            long open) {
    }
}
