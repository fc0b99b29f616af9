package org.tongxin.consultation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.tongxin.consultation.domain.ActivityRepository;
import org.tongxin.consultation.domain.ActivityState;
import org.tongxin.consultation.domain.ConsultationActivity;
import org.tongxin.consultation.domain.PlanItem;

/**
 * Consultation activities in JPA; every query filters by the organisations' tree path in the database. The list by
 * year uses cs_activity_year_ix (year, organisation, start).
 */
@ApplicationScoped
public class JpaActivities implements ActivityRepository {

    private static final String VISIBLE = " in (select o.id from Organisation o where o.path like :p)";

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public void add(ConsultationActivity activity) {
        em.persist(activity);
    }

    @Override
    public Optional<ConsultationActivity> activity(long id, String organisationPathPattern) {
        return em.createQuery(
                        "select a from ConsultationActivity a where a.id = :id and a.organisationId" + VISIBLE,
                        ConsultationActivity.class)
                .setParameter("id", id)
                .setParameter("p", organisationPathPattern)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ConsultationActivity> lock(long id, String organisationPathPattern) {
        Optional<ConsultationActivity> found = activity(id, organisationPathPattern);
        found.ifPresent(a -> em.lock(a, LockModeType.PESSIMISTIC_WRITE));
        if (found.isPresent()) {
            em.refresh(found.get());
        }
        return found;
    }

    @Override
    public Optional<ConsultationActivity> byCode(String code) {
        return em.createQuery(
                        "select a from ConsultationActivity a where a.checkinCode = :c", ConsultationActivity.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ConsultationActivity> activities(
            int year, ActivityState state, String organisationPathPattern, int offset, int limit) {
        TypedQuery<ConsultationActivity> q = em.createQuery(
                        "select a from ConsultationActivity a where a.year = :y"
                                + (state == null ? "" : " and a.state = :s")
                                + " and a.organisationId" + VISIBLE + " order by a.startsAt desc, a.id desc",
                        ConsultationActivity.class)
                .setParameter("y", year)
                .setParameter("p", organisationPathPattern)
                .setFirstResult(offset)
                .setMaxResults(limit);
        if (state != null) {
            q.setParameter("s", state);
        }
        // participants come in batches (hibernate.default_batch_fetch_size) for the counts of the page
        return q.getResultList();
    }

    @Override
    public long count(int year, ActivityState state, String organisationPathPattern) {
        TypedQuery<Long> q = em.createQuery(
                        "select count(a) from ConsultationActivity a where a.year = :y"
                                + (state == null ? "" : " and a.state = :s")
                                + " and a.organisationId" + VISIBLE,
                        Long.class)
                .setParameter("y", year)
                .setParameter("p", organisationPathPattern);
        if (state != null) {
            q.setParameter("s", state);
        }
        return q.getSingleResult();
    }

    @Override
    public Optional<PlanItem> planItem(long itemId, long organisationId) {
        return em.createQuery("select i from PlanItem i where i.id = :id and i.organisationId = :o", PlanItem.class)
                .setParameter("id", itemId)
                .setParameter("o", organisationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
