package org.tongxin.consultation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tongxin.consultation.domain.Outcome;
import org.tongxin.consultation.domain.OutcomeQuery;
import org.tongxin.consultation.domain.OutcomeRepository;
import org.tongxin.consultation.domain.OutcomeState;
import org.tongxin.consultation.domain.Plan;
import org.tongxin.consultation.domain.PlanItem;

/**
 * Outcomes in JPA; every query filters by the organisations' tree path in the database. The list reads by
 * cs_outcome_org_year_ix (organisation, year, state), a consultation's outcomes by cs_outcome_item_ix, a department's
 * by cs_outcome_department_ix.
 */
@ApplicationScoped
public class JpaOutcomes implements OutcomeRepository {

    private static final String VISIBLE = " in (select o.id from Organisation o where o.path like :p)";

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public void add(Outcome outcome) {
        em.persist(outcome);
    }

    @Override
    public Optional<Outcome> outcome(long id, String organisationPathPattern, boolean publishedOnly) {
        return em.createQuery(
                        "select x from Outcome x where x.id = :id" + (publishedOnly ? " and x.published = true" : "")
                                + " and x.organisationId" + VISIBLE,
                        Outcome.class)
                .setParameter("id", id)
                .setParameter("p", organisationPathPattern)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Outcome> outcomes(OutcomeQuery query, String organisationPathPattern, int offset, int limit) {
        TypedQuery<Outcome> q = em.createQuery(
                "select x from Outcome x where" + where(query) + " order by x.year desc, x.due, x.id", Outcome.class);
        bind(q, query, organisationPathPattern);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(OutcomeQuery query, String organisationPathPattern) {
        TypedQuery<Long> q = em.createQuery("select count(x) from Outcome x where" + where(query), Long.class);
        bind(q, query, organisationPathPattern);
        return q.getSingleResult();
    }

    private static String where(OutcomeQuery query) {
        StringBuilder w = new StringBuilder(" x.organisationId" + VISIBLE);
        if (query.state() != null) {
            w.append(" and x.state = :state");
        }
        if (query.year() != null) {
            w.append(" and x.year = :year");
        }
        if (query.departmentId() != null) {
            w.append(" and x.departmentId = :department");
        }
        if (query.itemId() != null) {
            w.append(" and x.itemId = :item");
        }
        if (query.published() != null) {
            w.append(" and x.published = :published");
        }
        if (query.sentOnly()) {
            w.append(" and x.state <> :agreed");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, OutcomeQuery query, String pattern) {
        q.setParameter("p", pattern);
        if (query.state() != null) {
            q.setParameter("state", query.state());
        }
        if (query.year() != null) {
            q.setParameter("year", query.year());
        }
        if (query.departmentId() != null) {
            q.setParameter("department", query.departmentId());
        }
        if (query.itemId() != null) {
            q.setParameter("item", query.itemId());
        }
        if (query.published() != null) {
            q.setParameter("published", query.published());
        }
        if (query.sentOnly()) {
            q.setParameter("agreed", OutcomeState.AGREED);
        }
    }

    @Override
    public List<Outcome> ofItem(long itemId) {
        return em.createQuery("select x from Outcome x where x.itemId = :i order by x.id", Outcome.class)
                .setParameter("i", itemId)
                .setMaxResults(1000)
                .getResultList();
    }

    @Override
    public Optional<Plan> planOfItem(long itemId, String organisationPathPattern) {
        return em.createQuery(
                        "select i.plan from PlanItem i where i.id = :i and i.organisationId" + VISIBLE, Plan.class)
                .setParameter("i", itemId)
                .setParameter("p", organisationPathPattern)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PlanItem> items(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from PlanItem i where i.id in :ids", PlanItem.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
