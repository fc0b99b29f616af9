package org.tongxin.platform.domain;

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
import org.tongxin.platform.kernel.Problem;

/**
 * A government department (政府部门) of an organisation's area: a responsible department (责任单位) that consultation
 * outcomes are sent to, later a handling unit of proposals. The office registers, renames and retires it; a retired
 * department stays named on the records that name it but is never chosen again.
 */
@Entity
@Table(name = "pf_department")
public class Department implements OrganisationOwned {

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pf_department_seq")
    @SequenceGenerator(name = "pf_department_seq", sequenceName = "pf_department_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Department() {}

    public Department(long organisationId, String name, String by, Instant at) {
        this.organisationId = organisationId;
        this.name = checkedName(name);
        this.createdBy = by;
        this.createdAt = at;
    }

    /** A name: required, one line, at most {@link #MAX_NAME} characters. */
    public static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.contains("\n") || n.contains("\r")) {
            throw Problem.field("name", "invalid-input", "problem.department.name", MAX_NAME);
        }
        return n;
    }

    public void rename(String newName) {
        this.name = checkedName(newName);
    }

    public void retire(Instant at) {
        if (retiredAt != null) {
            throw Problem.conflict("department-retired", "problem.department.already-retired");
        }
        retiredAt = at;
    }

    public void reinstate() {
        if (retiredAt == null) {
            throw Problem.conflict("department-open", "problem.department.not-retired");
        }
        retiredAt = null;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
