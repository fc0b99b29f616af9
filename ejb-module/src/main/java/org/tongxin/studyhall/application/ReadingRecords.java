package org.tongxin.studyhall.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** What the reading pages and the API show of groups, notes, the ranking and the stars. */
public final class ReadingRecords {

    private ReadingRecords() {}

    public record GroupSummary(long id, String name, String topic, long members, boolean mine)
            implements java.io.Serializable {}

    public record Person(long memberId, String name) implements java.io.Serializable {}

    public record Book(long id, String title, String author) implements java.io.Serializable {}

    public record Comment(long id, String author, String body, Instant writtenAt) implements java.io.Serializable {}

    public record Note(
            long id,
            String title,
            String body,
            long memberId,
            String author,
            String book,
            Instant writtenAt,
            List<Comment> comments)
            implements java.io.Serializable {}

    public record Session(long activityId, long bookingId, String title, OffsetDateTime start)
            implements java.io.Serializable {}

    /** A group with everything its page shows; {@code member}: the caller belongs to it; {@code manager}: may manage it. */
    public record GroupDetails(
            long id,
            String name,
            String topic,
            List<Person> members,
            List<Book> books,
            List<Note> notes,
            List<Session> sessions,
            boolean member,
            boolean manager)
            implements java.io.Serializable {}

    /** One line of the annual reading ranking. */
    public record RankingRow(int rank, long memberId, String name, long attendances, long notes, boolean star)
            implements java.io.Serializable {}

    public record StarSummary(long memberId, String name, int year, String citation) implements java.io.Serializable {}
}
