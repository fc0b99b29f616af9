package org.tongxin.consultation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tongxin.platform.application.GettingStartedStep;

/** Consultation's item of the "getting started" checklist: at least one annual consultation plan. */
@ApplicationScoped
public class PlanStartStep implements GettingStartedStep {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String key() {
        return "start.consultation-plan";
    }

    @Override
    public String page() {
        return "/consultation/plans.xhtml";
    }

    @Override
    public boolean done(List<Long> organisationIds) {
        return !organisationIds.isEmpty()
                && ((Number) em.createNativeQuery("select count(*) from cs_plan where organisation_id in (:ids)")
                                        .setParameter("ids", organisationIds)
                                        .getSingleResult())
                                .longValue()
                        > 0;
    }
}
