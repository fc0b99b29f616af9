package org.tongxin.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated change of a member's committee, position, status, party, sector or term; appended, never rewritten.
 * Values are codes: a committee's or sector's id, a position's, status's or party's name, a term's number.
 */
@Entity
@Table(name = "cm_member_change")
public class MemberChange {

    /** What changed. */
    public enum Kind {
        COMMITTEE,
        POSITION,
        STATUS,
        PARTY,
        SECTOR,
        TERM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_member_change_seq")
    @SequenceGenerator(name = "cm_member_change_seq", sequenceName = "cm_member_change_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(name = "from_value", length = 60)
    private String fromValue;

    @Column(name = "to_value", nullable = false, length = 60)
    private String toValue;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MemberChange() {}

    MemberChange(Kind kind, String fromValue, String toValue, LocalDate effectiveOn, Instant recordedAt) {
        this.kind = kind;
        this.fromValue = fromValue;
        this.toValue = toValue;
        this.effectiveOn = effectiveOn;
        this.recordedAt = recordedAt;
    }

    public Kind kind() {
        return kind;
    }

    public String fromValue() {
        return fromValue;
    }

    public String toValue() {
        return toValue;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
