package org.tongxin.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public Optional<Organisation> byId(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> byCode(String code) {
        return em.createQuery("select o from Organisation o where o.code = :c", Organisation.class)
                .setParameter("c", code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(organisation); // the sequence gives the id here, before the flush
        organisation.assignPath();
        // the path, set after persist, is written as an update that raises the version: flushed here so that
        // the caller answers with the version a following change must name
        em.flush();
    }

    // backed by pf_organisation_path_ix
    @Override
    public List<Organisation> matching(String pathPattern) {
        return em.createQuery("select o from Organisation o where o.path like :p order by o.path", Organisation.class)
                .setParameter("p", pathPattern)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    }
}
