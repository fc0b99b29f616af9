package org.tongxin.consultation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tongxin.consultation.domain.Plan;
import org.tongxin.consultation.domain.PlanRepository;
import org.tongxin.consultation.domain.PlanShape;
import org.tongxin.consultation.domain.PlanTask;

/** Plans in JPA; every query filters by the organisations' tree path in the database (cs_plan_year_ix, cs_plan_task_committee_ix). */
@ApplicationScoped
public class JpaPlans implements PlanRepository {

    private static final String VISIBLE = " in (select o.id from Organisation o where o.path like :p)";

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public void add(Plan plan) {
        em.persist(plan);
    }

    @Override
    public void add(PlanShape shape) {
        em.persist(shape);
    }

    @Override
    public Optional<Plan> plan(long id, String organisationPathPattern) {
        return em.createQuery("select p from Plan p where p.id = :id and p.organisationId" + VISIBLE, Plan.class)
                .setParameter("id", id)
                .setParameter("p", organisationPathPattern)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Plan> plans(int year, String organisationPathPattern) {
        List<Plan> plans = em.createQuery(
                        "select p from Plan p where p.year = :y and p.organisationId" + VISIBLE
                                + " order by p.organisationId",
                        Plan.class)
                .setParameter("y", year)
                .setParameter("p", organisationPathPattern)
                .setMaxResults(1000)
                .getResultList();
        // items, tasks and amendments come in batches (hibernate.default_batch_fetch_size), not one query per plan
        return plans;
    }

    @Override
    public boolean exists(long organisationId, int year) {
        return em.createQuery("select count(p) from Plan p where p.organisationId = :o and p.year = :y", Long.class)
                        .setParameter("o", organisationId)
                        .setParameter("y", year)
                        .getSingleResult()
                > 0;
    }

    @Override
    public Optional<PlanShape> shape(long organisationId) {
        return em.createQuery("select s from PlanShape s where s.organisationId = :o", PlanShape.class)
                .setParameter("o", organisationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PlanShape> shapes(java.util.Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from PlanShape s where s.organisationId in :o", PlanShape.class)
                .setParameter("o", organisationIds)
                .getResultList();
    }

    @Override
    public List<PlanTask> tasks(int year, String organisationPathPattern, Long committeeId) {
        var query = em.createQuery(
                        // fetched for the list (no alias on a fetch join: JPA compliance); filtered and ordered by path
                        "select t from PlanTask t join fetch t.item join fetch t.plan where t.plan.year = :y"
                                + (committeeId == null ? "" : " and t.committeeId = :c")
                                + " and t.organisationId" + VISIBLE + " order by t.due, t.item.month, t.id",
                        PlanTask.class)
                .setParameter("y", year)
                .setParameter("p", organisationPathPattern)
                .setMaxResults(5000);
        if (committeeId != null) {
            query.setParameter("c", committeeId);
        }
        return query.getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
