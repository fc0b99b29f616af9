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
import java.time.LocalDate;
import org.tongxin.platform.kernel.OrganisationOwned;

/** A dated progress note of an outcome's follow-up (跟踪落实): what happened on that day, who wrote it. */
@Entity
@Table(name = "cs_outcome_note")
public class OutcomeNote implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_outcome_note_seq")
    @SequenceGenerator(name = "cs_outcome_note_seq", sequenceName = "cs_outcome_note_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outcome_id", nullable = false, updatable = false)
    private Outcome outcome;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "noted_on", nullable = false, updatable = false)
    private LocalDate notedOn;

    @Column(nullable = false, length = Outcome.MAX_TEXT, updatable = false)
    private String text;

    @Column(name = "noted_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "noted_by", nullable = false, length = 64, updatable = false)
    private String by;

    protected OutcomeNote() {}

    OutcomeNote(Outcome outcome, LocalDate on, String text, String by, Instant at) {
        this.outcome = outcome;
        this.organisationId = outcome.organisationId();
        this.notedOn = on;
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

    public LocalDate on() {
        return notedOn;
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
