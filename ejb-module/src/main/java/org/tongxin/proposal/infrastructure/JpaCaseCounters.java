package org.tongxin.proposal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tongxin.proposal.domain.CaseCounters;

/**
 * The counters of proposal numbers in pp_case_counter: the row is made at zero when missing ({@code on conflict do
 * nothing}: two first acceptances at once both find it), then incremented by an {@code update}, which locks it until
 * the accepting transaction ends; a second acceptance waits and reads the number after the first one's.
 */
@ApplicationScoped
public class JpaCaseCounters implements CaseCounters {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public int next(long organisationId, String counter) {
        em.createNativeQuery(
                        "insert into pp_case_counter (organisation_id, counter_key, last_number) values (?1, ?2, 0)"
                                + " on conflict do nothing")
                .setParameter(1, organisationId)
                .setParameter(2, counter)
                .executeUpdate();
        em.createNativeQuery("update pp_case_counter set last_number = last_number + 1"
                        + " where organisation_id = ?1 and counter_key = ?2")
                .setParameter(1, organisationId)
                .setParameter(2, counter)
                .executeUpdate();
        Number n = (Number) em.createNativeQuery(
                        "select last_number from pp_case_counter where organisation_id = ?1 and counter_key = ?2")
                .setParameter(1, organisationId)
                .setParameter(2, counter)
                .getSingleResult();
        return n.intValue();
    }
}
