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
import java.time.LocalDate;
import org.tongxin.platform.kernel.OrganisationOwned;

/** A leader's instruction (批示) on an outcome: the leader, their level, the day, the text; who recorded it. */
@Entity
@Table(name = "cs_outcome_instruction")
public class OutcomeInstruction implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_outcome_instruction_seq")
    @SequenceGenerator(
            name = "cs_outcome_instruction_seq",
            sequenceName = "cs_outcome_instruction_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outcome_id", nullable = false, updatable = false)
    private Outcome outcome;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = Outcome.MAX_NAME, updatable = false)
    private String leader;

    @Enumerated(EnumType.STRING)
    @Column(name = "leader_level", nullable = false, length = 16, updatable = false)
    private LeaderLevel level;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(nullable = false, length = Outcome.MAX_TEXT, updatable = false)
    private String text;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String by;

    protected OutcomeInstruction() {}

    OutcomeInstruction(
            Outcome outcome, String leader, LeaderLevel level, LocalDate on, String text, String by, Instant at) {
        this.outcome = outcome;
        this.organisationId = outcome.organisationId();
        this.leader = leader;
        this.level = level;
        this.givenOn = on;
        this.text = text;
        this.by = by;
        this.at = at;
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public String leader() {
        return leader;
    }

    public LeaderLevel level() {
        return level;
    }

    public LocalDate on() {
        return givenOn;
    }

    public String text() {
        return text;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }
}
