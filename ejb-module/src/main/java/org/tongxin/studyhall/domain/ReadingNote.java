package org.tongxin.studyhall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reading note a member wrote in a group, on one of its books or on the topic. */
@Entity
@Table(name = "sh_reading_note")
public class ReadingNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_reading_note_seq")
    @SequenceGenerator(name = "sh_reading_note_seq", sequenceName = "sh_reading_note_seq", allocationSize = 50)
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "book_id", updatable = false)
    private Long bookId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "author_name", nullable = false, length = 100, updatable = false)
    private String authorName;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(nullable = false, length = 10000, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected ReadingNote() {}

    public ReadingNote(
            ReadingGroup group,
            GroupBook book,
            long memberId,
            String authorName,
            String title,
            String body,
            Instant now) {
        this.groupId = group.id();
        this.bookId = book == null ? null : book.id();
        this.memberId = memberId;
        this.authorName = authorName;
        this.title = Texts.required(title, "title", 200);
        this.body = Texts.required(body, "body", 10_000);
        this.writtenAt = now;
    }

    public Long id() {
        return id;
    }

    public Long groupId() {
        return groupId;
    }

    public Long bookId() {
        return bookId;
    }

    public Long memberId() {
        return memberId;
    }

    public String authorName() {
        return authorName;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
