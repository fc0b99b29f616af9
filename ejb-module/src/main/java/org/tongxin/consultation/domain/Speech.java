package org.tongxin.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tongxin.platform.kernel.Problem;

/**
 * A member's speech for a consultation (发言材料): title and text. The office selects who speaks and marks a selected
 * speech delivered; a delivered speech earns its author points.
 */
@Entity
@Table(name = "cs_speech")
public class Speech {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_speech_seq")
    @SequenceGenerator(name = "cs_speech_seq", sequenceName = "cs_speech_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private ConsultationActivity activity;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "member_name", nullable = false, length = 100, updatable = false)
    private String memberName;

    @Column(nullable = false, length = MAX_TITLE, updatable = false)
    private String title;

    @Column(name = "body", nullable = false, length = MAX_TEXT, updatable = false)
    private String text;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private boolean selected;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "delivered_by", length = 64)
    private String deliveredBy;

    protected Speech() {}

    Speech(ConsultationActivity activity, long memberId, String memberName, String title, String text, Instant at) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw Problem.field("title", "invalid-input", "problem.cs-speech.title", MAX_TITLE);
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_TEXT) {
            throw Problem.field("text", "invalid-input", "problem.cs-speech.text", MAX_TEXT);
        }
        this.activity = activity;
        this.memberId = memberId;
        this.memberName = memberName;
        this.title = t;
        this.text = body;
        this.submittedAt = at;
    }

    void select(boolean selected) {
        if (deliveredAt != null) {
            throw Problem.conflict("speech-delivered", "problem.cs-speech.delivered");
        }
        this.selected = selected;
    }

    boolean deliver(boolean delivered, String by, Instant at) {
        if (delivered && !selected) {
            throw Problem.rule("speech-not-selected", "problem.cs-speech.not-selected");
        }
        boolean before = deliveredAt != null;
        if (delivered && !before) {
            deliveredAt = at;
            deliveredBy = by;
        } else if (!delivered) {
            deliveredAt = null;
            deliveredBy = null;
        }
        return before != delivered;
    }

    public boolean delivered() {
        return deliveredAt != null;
    }

    public Long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public String memberName() {
        return memberName;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public boolean selected() {
        return selected;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String deliveredBy() {
        return deliveredBy;
    }
}
