package org.tongxin.platform.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.tongxin.platform.kernel.Role;
import org.tongxin.platform.kernel.VisibleOrganisations;

/**
 * The "getting started" checklist: what a new installation still lacks in the caller's organisations
 * (organisations, office staff, roster, member logins, spaces, rules), each item asked of the context
 * that keeps it ({@link GettingStartedStep}).
 */
@Stateless
public class GettingStarted {

    @Inject
    @Any
    Instance<GettingStartedStep> steps;

    @Inject
    Callers callers;

    @Inject
    OrganisationDirectory organisations;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.SYS_ADMIN_CODE, Role.SECURITY_ADMIN_CODE, Role.OFFICE_STAFF_CODE})
    public List<GettingStartedRow> checklist() {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        List<Long> ids = organisations.matching(visible.pathPattern()).stream()
                .map(OrganisationSummary::id)
                .toList();
        return steps.stream()
                .sorted(Comparator.comparingInt(GettingStartedStep::order))
                .map(s -> new GettingStartedRow(s.key(), s.page(), s.done(ids)))
                .toList();
    }
}
