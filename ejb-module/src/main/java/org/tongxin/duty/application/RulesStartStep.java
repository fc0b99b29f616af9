package org.tongxin.duty.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tongxin.platform.application.GettingStartedStep;

/** The duty ledger's item of the "getting started" checklist: a rule set for at least one year. */
@ApplicationScoped
public class RulesStartStep implements GettingStartedStep {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String key() {
        return "start.rules";
    }

    @Override
    public String page() {
        return "/committee/rules.xhtml";
    }

    @Override
    public boolean done(List<Long> organisationIds) {
        return !organisationIds.isEmpty()
                && ((Number) em.createNativeQuery("select count(*) from cm_rule_set where organisation_id in (:ids)")
                                        .setParameter("ids", organisationIds)
                                        .getSingleResult())
                                .longValue()
                        > 0;
    }
}
