package org.tongxin.committee.domain;

import java.util.List;
import java.util.Optional;
import org.tongxin.committee.application.MemberQuery;

/** Members, searched within the organisations a caller may see (a LIKE pattern over their paths). */
public interface MemberRepository {

    Optional<Member> byId(long id);

    Optional<Member> byAccount(long accountId);

    void add(Member member);

    /** Names of these members, by id, in one query. */
    java.util.Map<Long, String> names(java.util.Collection<Long> ids);

    /** Locks the member's row until the transaction ends, so that changes concerning one member queue. */
    void lock(Member member);

    /** An organisation's members by roster key, every status. */
    java.util.Map<String, Member> byRosterKey(long organisationId);

    /** The member with this roster key in the organisation, locked for a change. */
    Optional<Member> byRosterKeyForUpdate(long organisationId, String rosterKey);

    /** Names of an organisation's active members, by id. */
    java.util.Map<Long, String> activeNames(long organisationId);

    List<Member> search(String organisationPathPattern, MemberQuery query, int offset, int limit);

    long count(String organisationPathPattern, MemberQuery query);

    /**
     * A page of {@link #search} and the count of all the members it matches, read together: one statement for a
     * page that has members, a second (the count alone) only for a page beyond the end, which still needs the total.
     */
    Found page(String organisationPathPattern, MemberQuery query, int offset, int limit);

    /** A page of members in the roster's order, and how many match in all. */
    record Found(List<Member> members, long total) {
        public Found {
            members = List.copyOf(members);
        }
    }

    /**
     * The active members of the organisations the pattern covers, counted by position in one statement (a member
     * without a position under the key {@code null}).
     */
    java.util.Map<org.tongxin.committee.application.Position, Long> activeByPosition(String organisationPathPattern);

    /** The members with this roster key in the organisations the pattern covers (one per organisation at most). */
    List<Member> withRosterKey(String organisationPathPattern, String rosterKey);
}
