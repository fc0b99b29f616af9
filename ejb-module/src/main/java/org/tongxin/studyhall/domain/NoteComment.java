package org.tongxin.studyhall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a reading note. */
@Entity
@Table(name = "sh_note_comment")
public class NoteComment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_note_comment_seq")
    @SequenceGenerator(name = "sh_note_comment_seq", sequenceName = "sh_note_comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "note_id", nullable = false, updatable = false)
    private Long noteId;

    @Column(name = "author_name", nullable = false, length = 100, updatable = false)
    private String authorName;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Column(nullable = false, length = 2000, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected NoteComment() {}

    public NoteComment(ReadingNote note, String author, String authorName, String body, Instant now) {
        this.noteId = note.id();
        this.author = author;
        this.authorName = authorName;
        this.body = Texts.required(body, "body", 2000);
        this.writtenAt = now;
    }

    public Long id() {
        return id;
    }

    public Long noteId() {
        return noteId;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
