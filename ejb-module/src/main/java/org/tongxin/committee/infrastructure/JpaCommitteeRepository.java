package org.tongxin.committee.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.CacheMode;
import org.hibernate.Session;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.domain.CommitteeRepository;
import org.tongxin.committee.domain.Sector;
import org.tongxin.committee.domain.SpecialCommittee;

@ApplicationScoped
public class JpaCommitteeRepository implements CommitteeRepository {

    private static final String VISIBLE = " in (select o.id from Organisation o where o.path like :path)";

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public Optional<SpecialCommittee> committee(long id) {
        return Optional.ofNullable(em.find(SpecialCommittee.class, id));
    }

    @Override
    public List<SpecialCommittee> committees(String pathPattern) {
        return em.createQuery(
                        "select c from SpecialCommittee c where c.organisationId" + VISIBLE
                                + " order by c.organisationId, c.id",
                        SpecialCommittee.class)
                .setParameter("path", pathPattern)
                .getResultList();
    }

    @Override
    public Map<Long, Long> activeMemberCounts(String pathPattern) {
        return em.createQuery(
                        "select m.committeeId, count(m) from Member m where m.committeeId is not null"
                                + " and m.status = :active and m.organisationId" + VISIBLE + " group by m.committeeId",
                        Object[].class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("path", pathPattern)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Override
    public List<Sector> sectors(String pathPattern) {
        return em.createQuery(
                        "select s from Sector s where s.organisationId" + VISIBLE
                                + " order by s.organisationId, s.sortOrder",
                        Sector.class)
                .setParameter("path", pathPattern)
                .getResultList();
    }

    @Override
    public Optional<Sector> sector(long id) {
        return Optional.ofNullable(em.find(Sector.class, id));
    }

    @Override
    public Map<Long, String> committeeNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // by id through the second-level cache, not a query: an IN list of another length each time is translated
        // anew by Hibernate on every call (12 % of a roster page's CPU in a profile under load). Hibernate's multi-load
        // reads the second-level cache only when told a cache mode (none: a query every time; issue 22)
        return em
                .unwrap(Session.class)
                .byMultipleIds(SpecialCommittee.class)
                .with(CacheMode.NORMAL)
                .multiLoad(List.copyOf(ids))
                .stream()
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(SpecialCommittee::id, SpecialCommittee::name));
    }

    @Override
    public Map<Long, String> sectorNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em
                .unwrap(Session.class)
                .byMultipleIds(Sector.class)
                .with(CacheMode.NORMAL)
                .multiLoad(List.copyOf(ids))
                .stream()
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(Sector::id, Sector::name));
    }

    @Override
    public void add(SpecialCommittee committee) {
        em.persist(committee);
    }

    @Override
    public void add(Sector sector) {
        em.persist(sector);
    }
}
