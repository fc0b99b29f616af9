package org.tongxin.committee.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.tongxin.committee.domain.LoginSlip;
import org.tongxin.committee.domain.LoginSlips;

/** Login slips: a batch is read by its key (the unique index on batch, line_no); expiry by cm_login_slip_expiry_ix. */
@ApplicationScoped
public class JpaLoginSlips implements LoginSlips {

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public void add(LoginSlip slip) {
        em.persist(slip);
    }

    @Override
    public List<LoginSlip> batch(String batch, long createdBy, Instant now) {
        return em.createQuery(
                        "select s from LoginSlip s where s.batch = :b and s.createdBy = :by and s.expiresAt > :now"
                                + " order by s.lineNo",
                        LoginSlip.class)
                .setParameter("b", batch)
                .setParameter("by", createdBy)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public void deleteExpired(Instant now) {
        em.createQuery("delete from LoginSlip s where s.expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
