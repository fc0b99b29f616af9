package org.tongxin.committee.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tongxin.platform.application.GettingStartedStep;

/** The roster's items of the "getting started" checklist: members on the roster, and members with a login. */
public final class RosterStartSteps {

    private RosterStartSteps() {}

    static boolean any(EntityManager em, String condition, List<Long> organisationIds) {
        return !organisationIds.isEmpty()
                && ((Number) em.createNativeQuery("select count(*) from cm_member where organisation_id in (:ids)"
                                                + condition)
                                        .setParameter("ids", organisationIds)
                                        .getSingleResult())
                                .longValue()
                        > 0;
    }

    @ApplicationScoped
    public static class Members implements GettingStartedStep {

        @PersistenceContext(unitName = "tongxin")
        EntityManager em;

        @Override
        public int order() {
            return 30;
        }

        @Override
        public String key() {
            return "start.roster";
        }

        @Override
        public String page() {
            return "/committee/import.xhtml";
        }

        @Override
        public boolean done(List<Long> organisationIds) {
            return any(em, "", organisationIds);
        }
    }

    @ApplicationScoped
    public static class MemberLogins implements GettingStartedStep {

        @PersistenceContext(unitName = "tongxin")
        EntityManager em;

        @Override
        public int order() {
            return 40;
        }

        @Override
        public String key() {
            return "start.member-logins";
        }

        @Override
        public String page() {
            return "/committee/roster.xhtml";
        }

        @Override
        public boolean done(List<Long> organisationIds) {
            return any(em, " and account_id is not null", organisationIds);
        }
    }
}
