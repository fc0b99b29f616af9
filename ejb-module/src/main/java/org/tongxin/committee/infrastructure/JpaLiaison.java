package org.tongxin.committee.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongxin.committee.domain.Concern;
import org.tongxin.committee.domain.ContactCard;
import org.tongxin.committee.domain.ContactPoint;
import org.tongxin.committee.domain.Liaison;
import org.tongxin.committee.domain.LiaisonGroup;
import org.tongxin.committee.domain.PointAssignment;
import org.tongxin.committee.domain.Town;
import org.tongxin.platform.kernel.Like;

@ApplicationScoped
public class JpaLiaison implements Liaison {

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public List<Town> towns(long organisationId) {
        return em.createQuery("select t from Town t where t.organisationId = :o order by t.id", Town.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public Optional<Town> town(long id) {
        return Optional.ofNullable(em.find(Town.class, id));
    }

    @Override
    public Optional<LiaisonGroup> groupOf(long townId) {
        return em.createQuery("select g from LiaisonGroup g where g.liveTownId = :t", LiaisonGroup.class)
                .setParameter("t", townId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<LiaisonGroup> group(long id) {
        return Optional.ofNullable(em.find(LiaisonGroup.class, id));
    }

    @Override
    public List<ContactPoint> allPoints(long organisationId) {
        return em.createQuery("select p from ContactPoint p where p.organisationId = :o", ContactPoint.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public long livePoints(long townId) {
        return em.createQuery(
                        "select count(p) from ContactPoint p where p.townId = :t and p.retiredOn is null", Long.class)
                .setParameter("t", townId)
                .getSingleResult();
    }

    @Override
    public Optional<Town> townNamed(long organisationId, String name) {
        return em.createQuery("select t from Town t where t.organisationId = :o and t.name = :n", Town.class)
                .setParameter("o", organisationId)
                .setParameter("n", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ContactPoint> pointNamed(long townId, String name) {
        return em.createQuery("select p from ContactPoint p where p.townId = :t and p.name = :n", ContactPoint.class)
                .setParameter("t", townId)
                .setParameter("n", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<LiaisonGroup> groups(long organisationId) {
        return em.createQuery(
                        "select distinct g from LiaisonGroup g left join fetch g.memberIds where g.organisationId = :o",
                        LiaisonGroup.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public Map<Long, Long> pointCounts(long organisationId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select p.townId, count(p) from ContactPoint p where p.organisationId = :o group by p.townId",
                        Object[].class)
                .setParameter("o", organisationId)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    public List<ContactPoint> points(long townId, String nameLike, int offset, int limit) {
        TypedQuery<ContactPoint> q = em.createQuery(
                        "select p from ContactPoint p where p.townId = :t"
                                + (nameLike == null ? "" : " and p.name like :n escape '\\'")
                                + " order by p.name, p.id",
                        ContactPoint.class)
                .setParameter("t", townId);
        if (nameLike != null) {
            q.setParameter("n", "%" + Like.escape(nameLike) + "%");
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPoints(long townId, String nameLike) {
        TypedQuery<Long> q = em.createQuery(
                        "select count(p) from ContactPoint p where p.townId = :t"
                                + (nameLike == null ? "" : " and p.name like :n escape '\\'"),
                        Long.class)
                .setParameter("t", townId);
        if (nameLike != null) {
            q.setParameter("n", "%" + Like.escape(nameLike) + "%");
        }
        return q.getSingleResult();
    }

    @Override
    public Optional<ContactPoint> point(long id) {
        return Optional.ofNullable(em.find(ContactPoint.class, id));
    }

    @Override
    public List<ContactPoint> pointsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from ContactPoint p where p.id in :ids", ContactPoint.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Optional<PointAssignment> assignment(long id) {
        return Optional.ofNullable(em.find(PointAssignment.class, id));
    }

    @Override
    public List<PointAssignment> currentOf(long memberId) {
        return em.createQuery(
                        "select a from PointAssignment a where a.memberId = :m and a.until is null order by a.fixed desc, a.id",
                        PointAssignment.class)
                .setParameter("m", memberId)
                .getResultList();
    }

    @Override
    public List<PointAssignment> currentAt(Collection<Long> pointIds) {
        if (pointIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from PointAssignment a where a.pointId in :p and a.until is null",
                        PointAssignment.class)
                .setParameter("p", pointIds)
                .getResultList();
    }

    @Override
    public Optional<ContactCard> card(long memberId) {
        return Optional.ofNullable(em.find(ContactCard.class, memberId));
    }

    @Override
    public Optional<ContactCard> cardByToken(String token) {
        return em.createQuery("select c from ContactCard c where c.token = :t", ContactCard.class)
                .setParameter("t", token)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Concern> concern(long id) {
        return Optional.ofNullable(em.find(Concern.class, id));
    }

    @Override
    public List<Concern> concerns(ConcernFilter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Concern> q = em.createQuery(
                "select c from Concern c" + where(filter, params) + " order by c.metOn desc, c.id desc", Concern.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countConcerns(ConcernFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(c) from Concern c" + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(ConcernFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where c.organisationId = :o");
        params.put("o", f.organisationId());
        if (f.memberId() != null) {
            w.append(" and c.memberId = :m");
            params.put("m", f.memberId());
        }
        if (f.status() != null) {
            w.append(" and c.status = :s");
            params.put("s", f.status());
        }
        if (f.from() != null) {
            w.append(" and c.metOn >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            w.append(" and c.metOn <= :to");
            params.put("to", f.to());
        }
        return w.toString();
    }

    @Override
    public List<ConcernCount> concernCounts(String pathPattern, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery(
                        "select c.organisationId, c.status, count(c) from Concern c"
                                + " where c.organisationId in (select o.id from Organisation o where o.path like :p)"
                                + " and c.metOn >= :from and c.metOn <= :to group by c.organisationId, c.status",
                        Object[].class)
                .setParameter("p", pathPattern)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<Long, long[]> byOrg = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long[] c = byOrg.computeIfAbsent((Long) r[0], k -> new long[4]);
            long n = (Long) r[2];
            c[0] += n;
            switch ((Concern.Status) r[1]) {
                case RESOLVED -> c[1] += n;
                case UNRESOLVED -> c[2] += n;
                default -> c[3] += n;
            }
        }
        return byOrg.entrySet().stream()
                .map(e -> new ConcernCount(
                        e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }

    @Override
    public PointCoverage pointCoverage(String pathPattern) {
        // two counts in the database over cm_contact_point (index on organisation_id) and cm_point_assignment
        // (index on point_id); nothing is loaded
        Long points = em.createQuery(
                        "select count(p) from ContactPoint p where p.retiredOn is null"
                                + " and p.organisationId in (select o.id from Organisation o where o.path like :p)",
                        Long.class)
                .setParameter("p", pathPattern)
                .getSingleResult();
        Long covered = em.createQuery(
                        "select count(p) from ContactPoint p where p.retiredOn is null"
                                + " and p.organisationId in (select o.id from Organisation o where o.path like :p)"
                                + " and exists (select a.id from PointAssignment a where a.pointId = p.id"
                                + " and a.until is null)",
                        Long.class)
                .setParameter("p", pathPattern)
                .getSingleResult();
        return new PointCoverage(points, covered);
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
