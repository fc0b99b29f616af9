package org.tongxin.proposal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongxin.proposal.domain.PlenarySession;
import org.tongxin.proposal.domain.PlenarySessions;

/**
 * Plenary sessions in JPA: a handful per organisation (one a year), read by the unique (organisation, name) index;
 * whether one is used by pp_proposal_session_ix.
 */
@ApplicationScoped
public class JpaPlenarySessions implements PlenarySessions {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public void add(PlenarySession session) {
        em.persist(session);
    }

    @Override
    public void remove(PlenarySession session) {
        em.remove(session);
    }

    @Override
    public Optional<PlenarySession> session(long id) {
        return Optional.ofNullable(em.find(PlenarySession.class, id));
    }

    @Override
    public List<PlenarySession> of(long organisationId, boolean withRetired) {
        return em.createQuery(
                        "select s from PlenarySession s where s.organisationId = :org"
                                + (withRetired ? "" : " and s.retired = false")
                                + " order by s.opensOn desc, s.id desc",
                        PlenarySession.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    @Override
    public Optional<PlenarySession> byName(long organisationId, String name) {
        return em.createQuery(
                        "select s from PlenarySession s where s.organisationId = :org and s.name = :name",
                        PlenarySession.class)
                .setParameter("org", organisationId)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PlenarySession> byCode(long organisationId, String code) {
        return em.createQuery(
                        "select s from PlenarySession s where s.organisationId = :org and s.code = :code",
                        PlenarySession.class)
                .setParameter("org", organisationId)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean used(long sessionId) {
        return !em.createQuery("select x.id from Proposal x where x.plenarySessionId = :s", Long.class)
                .setParameter("s", sessionId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Set<Long> usedAmong(long organisationId) {
        // one round trip; each exists is one probe of pp_proposal_session_ix, however many proposals a session has
        return new HashSet<>(em.createQuery(
                        "select s.id from PlenarySession s where s.organisationId = :org"
                                + " and exists (select 1 from Proposal x where x.plenarySessionId = s.id)",
                        Long.class)
                .setParameter("org", organisationId)
                .getResultList());
    }

    @Override
    public void flush() {
        em.flush();
    }
}
