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

/** 镇 or 街道: a town or a street office of an organisation's area, with contact points under it. */
@Entity
@Table(name = "cm_town")
public class Town implements OrganisationOwned {

    public enum Kind {
        TOWN,
        STREET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_town_seq")
    @SequenceGenerator(name = "cm_town_seq", sequenceName = "cm_town_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 40)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    protected Town() {}

    public Town(long organisationId, String name, Kind kind) {
        this.organisationId = organisationId;
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

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** A new name or kind; refused once retired. */
    public void rename(String name, Kind kind) {
        refuseRetired();
        this.name = name;
        this.kind = kind;
    }

    /** Retired on the day: stays readable, takes no new point, group or move. */
    public void retire(LocalDate on) {
        refuseRetired();
        this.retiredOn = on;
    }

    /** Refuses anything new under a retired town. */
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
