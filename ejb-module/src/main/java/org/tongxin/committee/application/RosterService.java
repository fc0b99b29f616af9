package org.tongxin.committee.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.platform.kernel.Page;

/** The roster of the organisations the caller may see, and the office's dated changes to it. */
@Local
public interface RosterService {

    List<CommitteeSummary> committees();

    List<SectorSummary> sectors();

    /** An entry of a menu: what a filter chooses. */
    record Choice(long id, long organisationId, String name) implements java.io.Serializable {}

    /**
     * The special committees the roster page offers as a filter: the caller's own organisation's, and the
     * one asked for when it is another visible organisation's (a link from the committees page). A province
     * office sees 700 committees: a menu of them all weighed 240 KB on every load of the roster.
     */
    List<Choice> committeeMenu(Long selected);

    /** The sectors the roster page offers: the caller's own organisation's, and the one asked for. */
    List<Choice> sectorMenu(Long selected);

    Page<MemberSummary> search(MemberQuery query, Page.Request request);

    /**
     * The active members of the caller's organisations (as {@code search} with status {@code ACTIVE}): how many in
     * all, and how many hold each position (every position present, zero included). One statement, however many
     * organisations and positions (the dashboard's members, issue 22).
     */
    ActiveMembers activeMembers();

    /** The count of active members and its split by position (the names of {@link Position}, in their order). */
    record ActiveMembers(long active, java.util.Map<String, Long> byPosition) implements java.io.Serializable {}

    MemberProfile member(long id);

    /** A member as other systems find them: the roster line and the roster key (the member's key in their sheet). */
    record Keyed(MemberSummary member, String rosterKey) implements java.io.Serializable {}

    /**
     * The directory that other systems read (the remote facade {@code MemberDirectoryRemote}): the roster's search
     * with each member's roster key, or, when {@code rosterKey} is given, the members holding that key in the
     * visible organisations (the query is ignored then). Personal data as in {@link #search}.
     */
    Page<Keyed> directory(String rosterKey, MemberQuery query, Page.Request request);

    /**
     * A member as the system administrator sees one to link an account to it: id, name and organisation,
     * nothing else of the roster.
     */
    record MemberLookup(long id, String name, long organisationId, String organisationName)
            implements java.io.Serializable {}

    /**
     * The system administrator's name search (name, pinyin or initials; at most 20, visible organisations):
     * all the roster an administrator needs, to link an account to a member.
     */
    List<MemberLookup> memberLookup(String name);

    /** The caller's own member id, when the account belongs to a member of the roster. */
    java.util.Optional<Long> ownMemberId();

    /** Office staff add a special committee to an organisation they keep. */
    CommitteeSummary addCommittee(long organisationId, String name);

    /** Office staff appoint a committee's director, an active member placed in it. */
    CommitteeSummary appointDirector(long committeeId, long memberId);

    /** Office staff extend an organisation's list of sectors (界别). */
    SectorSummary addSector(long organisationId, String name);

    void placeIn(long memberId, long committeeId, LocalDate effectiveOn);

    void changePosition(long memberId, Position position, LocalDate effectiveOn);

    void changeStatus(long memberId, MemberStatus status, LocalDate effectiveOn);
}
