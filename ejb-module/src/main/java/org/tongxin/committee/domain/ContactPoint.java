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
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/** 联系点: a village or a community under a town, where members meet the people. */
@Entity
@Table(name = "cm_contact_point")
public class ContactPoint implements OrganisationOwned {

    public enum Kind {
        VILLAGE,
        COMMUNITY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_contact_point_seq")
    @SequenceGenerator(name = "cm_contact_point_seq", sequenceName = "cm_contact_point_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "town_id", nullable = false)
    private Long townId;

    @Column(nullable = false, length = 60)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    protected ContactPoint() {}

    public ContactPoint(Town town, String name, Kind kind) {
        town.refuseRetired();
        this.organisationId = town.organisationId();
        this.townId = town.id();
        this.name = name;
        this.kind = kind;
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Long townId() {
        return townId;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** A new name or kind, under the same or another live town of the same organisation. */
    public void change(String name, Kind kind, Town town) {
        refuseRetired();
        if (!town.id().equals(townId)) {
            if (!town.organisationId().equals(organisationId)) {
                throw Problem.field("townId", "other-organisation", "problem.liaison.other-organisation");
            }
            town.refuseRetired();
            this.townId = town.id();
        }
        this.name = name;
        this.kind = kind;
    }

    /** Retired on the day: stays readable (assignments, concerns), takes no new assignment. */
    public void retire(LocalDate on) {
        refuseRetired();
        this.retiredOn = on;
    }

    public void refuseRetired() {
        if (retiredOn != null) {
            throw Problem.conflict("retired", "problem.liaison.retired", name);
        }
    }

    public boolean retired() {
        return retiredOn != null;
    }

    public LocalDate retiredOn() {
        return retiredOn;
    }

    public int version() {
        return version;
    }
}
