package org.tongxin.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongxin.platform.domain.Department;
import org.tongxin.platform.domain.DepartmentRepository;
import org.tongxin.platform.kernel.Problem;

/**
 * Government departments for other contexts' services, without a caller check (the calling service has decided what
 * its caller may do): names for lists, and the check that a department may be chosen for an organisation's record.
 */
@ApplicationScoped
public class DepartmentDirectory {

    @Inject
    DepartmentRepository departments;

    @Inject
    org.tongxin.platform.domain.AccountRepository accounts;

    public Optional<DepartmentSummary> find(long id) {
        return departments.byId(id).map(DepartmentSummary::of);
    }

    /** Id to summary, for the departments a list names (one query). */
    public Map<Long, DepartmentSummary> all(Collection<Long> ids) {
        return departments.byIds(ids).stream()
                .map(DepartmentSummary::of)
                .collect(Collectors.toMap(DepartmentSummary::id, Function.identity()));
    }

    /**
     * The department, when it may be chosen now for a record of the organisation: one of its own, not retired.
     * Another organisation's or an unknown one: {@code 422 invalid-input} on {@code field}; a retired one:
     * {@code 422 department-retired}.
     */
    public DepartmentSummary choosable(Long id, long organisationId, String field) {
        if (id == null) {
            throw Problem.field(field, "required", "problem.required");
        }
        Department d = departments
                .byId(id)
                .filter(x -> x.organisationId() == organisationId)
                .orElseThrow(() -> Problem.field(field, "invalid-input", "problem.department.other"));
        if (d.retired()) {
            throw Problem.field(field, "department-retired", "problem.department.retired", d.name());
        }
        return DepartmentSummary.of(d);
    }

    /**
     * The organisation's department of this name, registered now when there is none (demo data and imports; the same
     * as the office registering it on the departments page).
     */
    public DepartmentSummary register(long organisationId, String name, String by, Instant at) {
        String n = Department.checkedName(name);
        Department d = departments.byName(organisationId, n).orElseGet(() -> {
            Department made = new Department(organisationId, n, by, at);
            departments.add(made);
            departments.flush();
            return made;
        });
        return DepartmentSummary.of(d);
    }

    /** The organisation's departments in use (not retired), by name: the choices for a handling unit's login. */
    public java.util.List<DepartmentSummary> inUse(long organisationId) {
        return departments.of(organisationId, false).stream()
                .map(DepartmentSummary::of)
                .toList();
    }

    /** The department a handling unit's login acts for, if the account has one (issue 18). */
    public Optional<DepartmentSummary> ofAccount(long accountId) {
        return accounts.byId(accountId)
                .map(org.tongxin.platform.domain.Account::departmentId)
                .flatMap(id -> departments.byId(id))
                .map(DepartmentSummary::of);
    }

    /**
     * Links a handling unit's login to a department of its own organisation (demo data; security administrators link
     * one through {@code AccountService.linkDepartment}, on the accounts page or the API).
     */
    public void link(long accountId, long departmentId) {
        org.tongxin.platform.domain.Account a = accounts.byId(accountId).orElseThrow(() -> Problem.notFound("account"));
        Department d = departments
                .byId(departmentId)
                .filter(x -> x.organisationId().equals(a.organisationId()))
                .orElseThrow(() -> Problem.field("departmentId", "invalid-input", "problem.department.other"));
        a.actFor(d.id());
    }

    /** The enabled logins acting for the department (its handling unit's people), to notify them. */
    public java.util.List<Long> accountsActingFor(long departmentId) {
        return accounts.enabledActingFor(departmentId);
    }
}
