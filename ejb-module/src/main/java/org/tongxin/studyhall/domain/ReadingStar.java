package org.tongxin.studyhall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** 读书标兵: a member office staff chose as a reading star of a year. */
@Entity
@Table(name = "sh_reading_star")
public class ReadingStar {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_reading_star_seq")
    @SequenceGenerator(name = "sh_reading_star_seq", sequenceName = "sh_reading_star_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "star_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "member_name", nullable = false, length = 100, updatable = false)
    private String memberName;

    @Column(length = 500, updatable = false)
    private String citation;

    @Column(name = "chosen_by", nullable = false, length = 64, updatable = false)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false, updatable = false)
    private Instant chosenAt;

    protected ReadingStar() {}

    public ReadingStar(
            long organisationId,
            int year,
            long memberId,
            String memberName,
            String citation,
            String chosenBy,
            Instant now) {
        this.organisationId = organisationId;
        this.year = year;
        this.memberId = memberId;
        this.memberName = memberName;
        this.citation = Texts.optional(citation, "citation", 500);
        this.chosenBy = chosenBy;
        this.chosenAt = now;
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public int year() {
        return year;
    }

    public Long memberId() {
        return memberId;
    }

    public String memberName() {
        return memberName;
    }

    public String citation() {
        return citation;
    }
}
