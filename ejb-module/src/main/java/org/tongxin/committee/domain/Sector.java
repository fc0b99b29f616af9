package org.tongxin.committee.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tongxin.platform.kernel.OrganisationOwned;

/** 界别: one entry of an organisation's configurable list of sectors. */
@Entity
@Cacheable // named on every roster row; changed a few times a year, through JPA (which updates the cache)
@Table(name = "cm_sector")
public class Sector implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_sector_seq")
    @SequenceGenerator(name = "cm_sector_seq", sequenceName = "cm_sector_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Sector() {}

    public Sector(long organisationId, String name, int sortOrder) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 50) {
            throw org.tongxin.platform.kernel.Problem.field("name", "invalid-name", "problem.sector.name");
        }
        this.organisationId = organisationId;
        this.name = n;
        this.sortOrder = sortOrder;
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

    public int sortOrder() {
        return sortOrder;
    }
}
