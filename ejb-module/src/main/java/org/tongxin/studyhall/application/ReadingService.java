package org.tongxin.studyhall.application;

import java.util.List;

/** Reading groups, reading notes and their comments, the annual reading ranking and the reading stars. */
public interface ReadingService {

    List<ReadingRecords.GroupSummary> groups();

    ReadingRecords.GroupDetails group(long id);

    /** Office staff or a keeper form a group on a topic. */
    ReadingRecords.GroupSummary createGroup(String name, String topic);

    /** Office staff or a keeper add a member of the organisation. */
    ReadingRecords.GroupDetails addMember(long groupId, long memberId);

    /** The calling member joins the group. */
    ReadingRecords.GroupDetails join(long groupId);

    ReadingRecords.GroupDetails addBook(long groupId, String title, String author);

    /** A member of the group writes a note, on one of its books or on the topic ({@code bookId} null). */
    ReadingRecords.GroupDetails writeNote(long groupId, Long bookId, String title, String body);

    ReadingRecords.GroupDetails comment(long noteId, String body);

    /** Office staff or a keeper hold one of the group's sessions as an activity of the hall. */
    ReadingRecords.GroupDetails linkSession(long groupId, long activityId);

    /** Members of the caller's organisation by attendance and notes in a year, best first (at most 200). */
    List<ReadingRecords.RankingRow> ranking(int year);

    List<ReadingRecords.StarSummary> stars(int year);

    /** Office staff choose a reading star of a year from the ranking. */
    ReadingRecords.StarSummary chooseStar(int year, long memberId, String citation);

    void removeStar(int year, long memberId);
}
