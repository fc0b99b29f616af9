package org.tongxin.proposal.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.proposal.domain.PlenarySession;
import org.tongxin.proposal.domain.PlenarySessions;

/** The plenary sessions (see {@link PlenarySessionService}). */
@Stateless
public class PlenarySessionServiceBean implements PlenarySessionService {

    @Inject
    PlenarySessions sessions;

    @Inject
    ProposalSessions rules;

    @Inject
    Callers callers;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Resource
    SessionContext context;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE, Role.HANDLING_UNIT_CODE})
    public List<PlenarySessionSummary> sessions(boolean withRetired) {
        long org = organisation();
        LocalDate today = time.today(org);
        Set<Long> used = sessions.usedAmong(org);
        return sessions.of(org, withRetired).stream()
                .map(s -> PlenarySessionSummary.of(s, today, used.contains(s.id())))
                .toList();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE, Role.HANDLING_UNIT_CODE})
    public List<PlenarySessionSummary> openSessions() {
        long org = organisation();
        LocalDate today = time.today(org);
        return rules.open(org, today).stream()
                .map(s -> PlenarySessionSummary.of(s, today, false))
                .toList();
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public PlenarySessionSummary create(PlenarySession.Terms terms) {
        Caller caller = caller();
        long org = caller.visible().ownId();
        organisations.requireOpen(org);
        PlenarySession s = rules.create(org, terms, caller.username(), time.now());
        return PlenarySessionSummary.of(s, time.today(org), false);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public PlenarySessionSummary change(long id, Integer version, PlenarySession.Terms terms, Boolean retired) {
        PlenarySession s = own(id);
        if (version != null && s.version() != version) {
            throw Problem.conflict("stale", "problem.stale");
        }
        rules.change(s, terms);
        if (retired != null) {
            s.retire(retired);
        }
        sessions.flush();
        return PlenarySessionSummary.of(s, time.today(s.organisationId()), sessions.used(s.id()));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void delete(long id) {
        PlenarySession s = own(id);
        if (sessions.used(id)) {
            throw Problem.conflict("session-used", "problem.session.used", s.name());
        }
        sessions.remove(s);
        sessions.flush();
    }

    /** A session of the caller's own organisation (another's is not found). */
    private PlenarySession own(long id) {
        long org = organisation();
        return sessions.session(id)
                .filter(s -> s.organisationId() == org)
                .orElseThrow(() -> Problem.notFound("plenary-session"));
    }

    private long organisation() {
        return caller().visible().ownId();
    }

    private Caller caller() {
        return callers.caller(context.getCallerPrincipal());
    }
}
