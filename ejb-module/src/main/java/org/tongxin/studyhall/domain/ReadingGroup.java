package org.tongxin.studyhall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tongxin.platform.kernel.OrganisationOwned;

/** 读书小组: members reading together on a topic (often before a research or supervision project). */
@Entity
@Table(name = "sh_reading_group")
public class ReadingGroup implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_reading_group_seq")
    @SequenceGenerator(name = "sh_reading_group_seq", sequenceName = "sh_reading_group_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 500)
    private String topic;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReadingGroup() {}

    public ReadingGroup(long organisationId, String name, String topic, String createdBy, Instant now) {
        this.organisationId = organisationId;
        this.name = Texts.required(name, "name", 100);
        this.topic = Texts.required(topic, "topic", 500);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String topic() {
        return topic;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
