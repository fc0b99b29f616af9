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

/** One step of a grassroots topic taken: its day, its record, who wrote it down and when. */
@Entity
@Table(name = "cs_grassroots_step")
public class GrassrootsStepRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_grassroots_step_seq")
    @SequenceGenerator(name = "cs_grassroots_step_seq", sequenceName = "cs_grassroots_step_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false, updatable = false)
    private GrassrootsTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private GrassrootsStep step;

    @Column(name = "done_on", nullable = false, updatable = false)
    private LocalDate on;

    @Column(nullable = false, length = 2000, updatable = false)
    private String record;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String by;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    protected GrassrootsStepRecord() {}

    GrassrootsStepRecord(
            GrassrootsTopic topic, GrassrootsStep step, LocalDate on, String record, String by, Instant at) {
        this.topic = topic;
        this.step = step;
        this.on = on;
        this.record = record;
        this.by = by;
        this.at = at;
    }

    public Long id() {
        return id;
    }

    public GrassrootsStep step() {
        return step;
    }

    public LocalDate on() {
        return on;
    }

    public String record() {
        return record;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
