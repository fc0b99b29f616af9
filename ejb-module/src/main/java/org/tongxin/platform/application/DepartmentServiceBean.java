package org.tongxin.platform.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.tongxin.platform.domain.Department;
import org.tongxin.platform.domain.DepartmentRepository;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/** The departments registry (see {@link DepartmentService}). */
@Stateless
public class DepartmentServiceBean implements DepartmentService {

    @Inject
    DepartmentRepository departments;

    @Inject
    Callers callers;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public List<DepartmentSummary> departments(boolean withRetired) {
        return departments.of(caller().visible().ownId(), withRetired).stream()
                .map(DepartmentSummary::of)
                .toList();
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public DepartmentSummary create(String name) {
        Caller caller = caller();
        long org = caller.visible().ownId();
        organisations.requireOpen(org);
        String n = Department.checkedName(name);
        requireFree(org, n, null);
        Department d = new Department(org, n, caller.username(), time.now());
        departments.add(d);
        departments.flush();
        return DepartmentSummary.of(d);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public DepartmentSummary rename(long id, int version, String name) {
        Department d = own(id, version);
        String n = Department.checkedName(name);
        requireFree(d.organisationId(), n, d.id());
        d.rename(n);
        departments.flush();
        return DepartmentSummary.of(d);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public DepartmentSummary retire(long id, int version) {
        Department d = own(id, version);
        d.retire(time.now());
        departments.flush();
        return DepartmentSummary.of(d);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public DepartmentSummary reinstate(long id, int version) {
        Department d = own(id, version);
        d.reinstate();
        departments.flush();
        return DepartmentSummary.of(d);
    }

    private void requireFree(long org, String name, Long self) {
        departments.byName(org, name).filter(d -> !d.id().equals(self)).ifPresent(d -> {
            throw Problem.conflict("department-exists", "problem.department.exists", name);
        });
    }

    /** A department of the caller's own organisation (another's is not found), at the version named. */
    private Department own(long id, int version) {
        Department d = departments
                .byId(id)
                .filter(x -> x.organisationId() == caller().visible().ownId())
                .orElseThrow(() -> Problem.notFound("department"));
        if (d.version() != version) {
            throw Problem.conflict("stale", "problem.stale");
        }
        return d;
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
