package org.tongxin.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The platform's items of the checklist: organisations below the top, and office staff accounts. */
public final class PlatformStartSteps {

    private PlatformStartSteps() {}

    /** At least one organisation other than the top of the tree (a city or a county). */
    @ApplicationScoped
    public static class Organisations implements GettingStartedStep {

        @PersistenceContext(unitName = "tongxin")
        EntityManager em;

        @Override
        public int order() {
            return 10;
        }

        @Override
        public String key() {
            return "start.organisations";
        }

        @Override
        public String page() {
            return "/platform/organisations.xhtml";
        }

        @Override
        public boolean done(List<Long> organisationIds) {
            return !organisationIds.isEmpty()
                    && em.createQuery(
                                            "select count(o) from Organisation o where o.id in :ids and o.parent is not null",
                                            Long.class)
                                    .setParameter("ids", organisationIds)
                                    .getSingleResult()
                            > 0;
        }
    }

    /** At least one account with the office staff role. */
    @ApplicationScoped
    public static class OfficeStaff implements GettingStartedStep {

        @PersistenceContext(unitName = "tongxin")
        EntityManager em;

        @Override
        public int order() {
            return 20;
        }

        @Override
        public String key() {
            return "start.office-staff";
        }

        @Override
        public String page() {
            return "/platform/accounts.xhtml";
        }

        @Override
        public boolean done(List<Long> organisationIds) {
            return !organisationIds.isEmpty()
                    && ((Number) em.createNativeQuery("select count(*) from pf_account a join pf_account_role r"
                                                    + " on r.account_id = a.id where r.role = 'office-staff'"
                                                    + " and a.organisation_id in (:ids)")
                                            .setParameter("ids", organisationIds)
                                            .getSingleResult())
                                    .longValue()
                            > 0;
        }
    }
}
