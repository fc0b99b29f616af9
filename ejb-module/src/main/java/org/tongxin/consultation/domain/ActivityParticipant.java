package org.tongxin.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Someone taking part in a consultation: a member (invited or signed up; with an account when the member has one) or
 * a department, expert or citizens' representative (name and unit); present once checked in or ticked.
 */
@Entity
@Table(name = "cs_activity_participant")
public class ActivityParticipant {

    public static final int MAX_NAME = 100;
    public static final int MAX_UNIT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_activity_participant_seq")
    @SequenceGenerator(
            name = "cs_activity_participant_seq",
            sequenceName = "cs_activity_participant_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private ConsultationActivity activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ParticipantKind kind;

    @Column(name = "member_id", updatable = false)
    private Long memberId;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(nullable = false, length = MAX_NAME, updatable = false)
    private String name;

    @Column(length = MAX_UNIT, updatable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private JoinedBy joined;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_by", length = 64)
    private String checkedInBy;

    protected ActivityParticipant() {}

    ActivityParticipant(
            ConsultationActivity activity,
            ParticipantKind kind,
            Long memberId,
            Long accountId,
            String name,
            String unit,
            JoinedBy joined,
            Instant at) {
        this.activity = activity;
        this.kind = kind;
        this.memberId = memberId;
        this.accountId = accountId;
        this.name = name;
        this.unit = unit;
        this.joined = joined;
        this.joinedAt = at;
    }

    void checkIn(String by, Instant at) {
        if (checkedInAt == null) {
            checkedInAt = at;
            checkedInBy = by;
        }
    }

    void undoCheckIn() {
        checkedInAt = null;
        checkedInBy = null;
    }

    public boolean present() {
        return checkedInAt != null;
    }

    public Long id() {
        return id;
    }

    public ConsultationActivity activity() {
        return activity;
    }

    public ParticipantKind kind() {
        return kind;
    }

    public Long memberId() {
        return memberId;
    }

    public Long accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public JoinedBy joined() {
        return joined;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public String checkedInBy() {
        return checkedInBy;
    }
}
