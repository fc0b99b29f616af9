package org.tongxin.platform.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.platform.kernel.VisibleOrganisations;

@Stateless
public class OrganisationServiceBean implements OrganisationService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.SYS_ADMIN_CODE,
        Role.SECURITY_ADMIN_CODE,
        Role.AUDIT_ADMIN_CODE
    })
    public List<OrganisationDetails> visible() {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        return organisations.matching(visible.pathPattern()).stream()
                .map(OrganisationDetails::of)
                .toList();
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.SYS_ADMIN_CODE,
        Role.SECURITY_ADMIN_CODE,
        Role.AUDIT_ADMIN_CODE
    })
    public OrganisationDetails get(long id) {
        return OrganisationDetails.of(visibleOrganisation(id));
    }

    @Override
    /** The public contact card page shows the organisation's name to anyone holding a card's token: only the name. */
    @PermitAll
    public String publicName(long id) {
        return organisations
                .byId(id)
                .map(org.tongxin.platform.domain.Organisation::name)
                .orElseThrow(() -> Problem.notFound("organisation"));
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public OrganisationDetails create(long parentId, String code, String name) {
        Organisation parent = visibleOrganisation(parentId);
        Organisation child = parent.addChild(code, name, clock.instant());
        if (organisations.byCode(child.code()).isPresent()) {
            throw new Problem(
                    Problem.Kind.CONFLICT,
                    "duplicate-code",
                    "problem.organisation.duplicate-code",
                    java.util.Map.of("code", "problem.organisation.duplicate-code"),
                    child.code());
        }
        organisations.add(child);
        return OrganisationDetails.of(child);
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public OrganisationDetails rename(long id, String name, int expectedVersion) {
        Organisation organisation = visibleOrganisation(id);
        if (organisation.version() != expectedVersion) {
            throw Problem.conflict("stale", "problem.stale");
        }
        organisation.rename(name);
        return OrganisationDetails.of(organisation);
    }

    /** An organisation the caller may see; any other answers "not found", so its existence stays private. */
    private Organisation visibleOrganisation(long id) {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        return organisations
                .byId(id)
                .filter(o -> visible.includes(o.path()))
                .orElseThrow(() -> Problem.notFound("organisation"));
    }
}
