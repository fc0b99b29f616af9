package org.tongxin.committee.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.Pairing;
import org.tongxin.committee.domain.PairingRepository;

@ApplicationScoped
public class JpaPairingRepository implements PairingRepository {

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public Optional<Pairing> byId(long id) {
        return Optional.ofNullable(em.find(Pairing.class, id));
    }

    @Override
    public void add(Pairing pairing) {
        em.persist(pairing);
    }

    @Override
    public List<Pairing> current(long memberId) {
        return em.createQuery(
                        "select p from Pairing p where p.endedOn is null and (p.cpcMemberId = :m or p.partnerId = :m)"
                                + " order by p.cpcSlot",
                        Pairing.class)
                .setParameter("m", memberId)
                .getResultList();
    }

    @Override
    public List<Pairing> ofOrganisation(long organisationId) {
        return em.createQuery(
                        "select p from Pairing p where p.organisationId = :o order by p.endedOn desc nulls first, p.startedOn, p.id",
                        Pairing.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public void lock(Member member) {
        em.lock(member, LockModeType.PESSIMISTIC_WRITE);
    }
}
