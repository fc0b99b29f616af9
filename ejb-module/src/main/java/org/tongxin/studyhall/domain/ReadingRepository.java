package org.tongxin.studyhall.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of reading groups, notes and stars. */
public interface ReadingRepository {

    List<ReadingGroup> groups(String pathPattern);

    Optional<ReadingGroup> group(long id);

    /** The groups of one organisation (not those below it), by name. */
    List<ReadingGroup> groupsOf(long organisationId);

    void add(ReadingGroup group);

    List<GroupMember> members(long groupId);

    /** Group id to number of members, for the groups given. */
    Map<Long, Long> memberCounts(Collection<Long> groupIds);

    Optional<GroupMember> member(long groupId, long memberId);

    void add(GroupMember member);

    void remove(GroupMember member);

    List<GroupBook> books(long groupId);

    Optional<GroupBook> book(long id);

    void add(GroupBook book);

    List<ReadingNote> notes(long groupId);

    Optional<ReadingNote> note(long id);

    void add(ReadingNote note);

    List<NoteComment> comments(Collection<Long> noteIds);

    void add(NoteComment comment);

    List<Activity> sessions(long groupId);

    /** Member id to activities attended in the period, for an organisation's activities. */
    Map<Long, Long> attendances(long organisationId, Instant from, Instant to);

    /** Member id to notes written in the period, in an organisation's groups. */
    Map<Long, Long> notesWritten(long organisationId, Instant from, Instant to);

    List<ReadingStar> stars(long organisationId, int year);

    Optional<ReadingStar> star(long organisationId, int year, long memberId);

    void add(ReadingStar star);

    void remove(ReadingStar star);
}
