package org.tongxin.studyhall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A book on a reading group's list. */
@Entity
@Table(name = "sh_group_book")
public class GroupBook {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_group_book_seq")
    @SequenceGenerator(name = "sh_group_book_seq", sequenceName = "sh_group_book_seq", allocationSize = 50)
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(length = 100, updatable = false)
    private String author;

    @Column(name = "added_by", nullable = false, length = 64, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected GroupBook() {}

    public GroupBook(ReadingGroup group, String title, String author, String addedBy, Instant now) {
        this.groupId = group.id();
        this.title = Texts.required(title, "title", 200);
        this.author = Texts.optional(author, "author", 100);
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long groupId() {
        return groupId;
    }

    public String title() {
        return title;
    }

    public String author() {
        return author;
    }
}
