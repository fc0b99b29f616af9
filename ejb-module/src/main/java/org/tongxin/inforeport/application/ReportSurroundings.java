package org.tongxin.inforeport.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tongxin.inforeport.domain.Adoption;
import org.tongxin.inforeport.domain.Delivery;
import org.tongxin.inforeport.domain.MoveFacts;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.Route;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.kernel.Role;

/**
 * Reads what a report's moves depend on beyond its state ({@link MoveFacts}): for a move and for the
 * moves a detail offers alike, so both are decided by {@link Report#refusal} on the same facts.
 */
@Dependent
class ReportSurroundings {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    ReportRepository reports;

    @Inject
    OrganisationDirectory organisations;

    MoveFacts facts(Report r, Caller caller) {
        return facts(r, caller, reports.adoptions(r.id()));
    }

    MoveFacts facts(Report r, Caller caller, List<Adoption> adoptions) {
        long own = caller.visible().ownId();
        boolean adopted = adoptions.stream().anyMatch(Adoption::standing);
        boolean adoptedHere = adoptions.stream().anyMatch(a -> a.standing() && a.organisationId() == own);
        boolean routed = route(r.currentOrganisationId()) != null;
        boolean hasParent = organisations
                .find(r.currentOrganisationId())
                .map(o -> !o.isTop())
                .orElse(false);
        return new MoveFacts(adopted, adoptedHere, routed, hasParent, delivery(r.id()) != null);
    }

    /** The part the caller plays for the report: first author, editor of the level that holds it, editor at all. */
    MoveFacts.Part part(Report r, Caller caller, boolean firstAuthor) {
        return new MoveFacts.Part(firstAuthor, ReportAccess.editorHere(caller, r), caller.hasRole(Role.INFO_EDITOR));
    }

    /** The route the level's forwarded reports take to another deployment, if its parent is hosted there. */
    Route route(long organisationId) {
        return em.find(Route.class, organisationId);
    }

    Delivery delivery(long reportId) {
        return em.createQuery("select d from Delivery d where d.reportId = :r", Delivery.class)
                .setParameter("r", reportId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    OrganisationSummary organisation(long id) {
        return organisations.find(id).orElseThrow();
    }
}
