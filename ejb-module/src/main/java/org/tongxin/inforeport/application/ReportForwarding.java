package org.tongxin.inforeport.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.tongxin.inforeport.domain.Delivery;
import org.tongxin.inforeport.domain.MoveFacts;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAction;
import org.tongxin.inforeport.domain.Route;
import org.tongxin.platform.application.OrganisationSummary;

/**
 * Forwarding a report up (报送): to the parent on this deployment, where it waits as submitted, or, when
 * a route says the parent is hosted by another deployment, by a delivery that carries it there while it
 * stays adopted here. Whether it may go at all is the report's rule ({@link Report#refusal}).
 */
@Dependent
class ReportForwarding {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    ReportSurroundings surroundings;

    /** Where the report was forwarded from, and the note the path keeps (where it went). */
    record Forwarded(long from, String note) implements java.io.Serializable {}

    Forwarded forward(Report report, MoveFacts facts, Instant now) {
        OrganisationSummary here = surroundings.organisation(report.currentOrganisationId());
        Route route = facts.routed() ? surroundings.route(here.id()) : null;
        if (route != null) {
            report.forwardByRoute(facts, now);
            em.persist(new Delivery(report, here.id(), route, now));
            em.flush();
            return new Forwarded(here.id(), route.targetName() + " · " + route.baseUrl());
        }
        report.check(ReportAction.FORWARD, facts);
        OrganisationSummary parent = surroundings.organisation(here.parentId());
        report.forwardTo(parent.id(), facts, now);
        return new Forwarded(here.id(), parent.name());
    }
}
