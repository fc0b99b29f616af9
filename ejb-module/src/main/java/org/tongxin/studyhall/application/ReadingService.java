package org.tongxin.studyhall.application;

import java.util.List;

/** Reading groups, reading notes and their comments, the annual reading ranking and the reading stars. */
public interface ReadingService {

    List<ReadingViews.GroupSummary> groups();

    ReadingViews.GroupDetail group(long id);

    /** Office staff or a keeper form a group on a topic. */
    ReadingViews.GroupSummary createGroup(String name, String topic);

    /** Office staff or a keeper add a member of the organisation. */
    ReadingViews.GroupDetail addMember(long groupId, long memberId);

    /** The calling member joins the group. */
    ReadingViews.GroupDetail join(long groupId);

    ReadingViews.GroupDetail addBook(long groupId, String title, String author);

    /** A member of the group writes a note, on one of its books or on the topic ({@code bookId} null). */
    ReadingViews.GroupDetail writeNote(long groupId, Long bookId, String title, String body);

    ReadingViews.GroupDetail comment(long noteId, String body);

    /** Office staff or a keeper hold one of the group's sessions as an activity of the hall. */
    ReadingViews.GroupDetail linkSession(long groupId, long activityId);

    /** Members of the caller's organisation by attendance and notes in a year, best first (at most 200). */
    List<ReadingViews.RankingRow> ranking(int year);

    List<ReadingViews.Star> stars(int year);

    /** Office staff choose a reading star of a year from the ranking. */
    ReadingViews.Star chooseStar(int year, long memberId, String citation);

    void removeStar(int year, long memberId);
}
