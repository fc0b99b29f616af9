package org.tongxin.committee.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/** 专门委员会: a special committee of one organisation, with a director chosen among its members. */
@Entity
@Cacheable // named on every roster row; changed a few times a year, through JPA (which updates the cache)
@Table(name = "cm_committee")
public class SpecialCommittee implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_committee_seq")
    @SequenceGenerator(name = "cm_committee_seq", sequenceName = "cm_committee_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "director_id")
    private Long directorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SpecialCommittee() {}

    public SpecialCommittee(long organisationId, String name, Instant now) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 60) {
            throw Problem.field("name", "invalid-name", "problem.committee.name");
        }
        this.organisationId = organisationId;
        this.name = n;
        this.createdAt = now;
    }

    /** The director must be an active member placed in this committee. */
    public void appoint(Member director) {
        if (!id.equals(director.committeeId()) || director.status() != MemberStatus.ACTIVE) {
            throw Problem.rule("director-not-member", "problem.committee.director-not-member");
        }
        this.directorId = director.id();
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

    public Long directorId() {
        return directorId;
    }
}
