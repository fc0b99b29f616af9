package org.tongxin.studyhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tongxin.platform.application.GettingStartedStep;

/** The study hall's item of the "getting started" checklist: at least one space. */
@ApplicationScoped
public class SpaceStartStep implements GettingStartedStep {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String key() {
        return "start.spaces";
    }

    @Override
    public String page() {
        return "/studyhall/spaces.xhtml";
    }

    @Override
    public boolean done(List<Long> organisationIds) {
        return !organisationIds.isEmpty()
                && ((Number) em.createNativeQuery("select count(*) from sh_space where organisation_id in (:ids)")
                                        .setParameter("ids", organisationIds)
                                        .getSingleResult())
                                .longValue()
                        > 0;
    }
}
