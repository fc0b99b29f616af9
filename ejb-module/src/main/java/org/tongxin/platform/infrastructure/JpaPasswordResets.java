package org.tongxin.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongxin.platform.application.SecretSeal;
import org.tongxin.platform.domain.PasswordResetRequest;
import org.tongxin.platform.domain.PasswordResets;

/** Requests by account (index pf_password_reset_account_ix); the administrators by the admin_role column. */
@ApplicationScoped
public class JpaPasswordResets implements PasswordResets {

    private static final String LIVE = "r.state in (org.tongxin.platform.domain.PasswordResetRequest.State.PENDING,"
            + " org.tongxin.platform.domain.PasswordResetRequest.State.APPROVED)";

    private static final String PURPOSE = "password-reset-half:";

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public void add(PasswordResetRequest request) {
        em.persist(request);
        em.flush(); // the unique pending key refuses a second pending request here, not at commit
    }

    @Override
    public Optional<PasswordResetRequest> pendingForUpdate(long accountId) {
        return em.createQuery(
                        "select r from PasswordResetRequest r where r.accountId = :a and r.state = "
                                + "org.tongxin.platform.domain.PasswordResetRequest.State.PENDING",
                        PasswordResetRequest.class)
                .setParameter("a", accountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PasswordResetRequest> latestForUpdate(long accountId) {
        return em.createQuery(
                        "select r from PasswordResetRequest r where r.accountId = :a and " + LIVE
                                + " order by r.requestedAt desc, r.id desc",
                        PasswordResetRequest.class)
                .setParameter("a", accountId)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<Long, PasswordResetRequest> latestOf(Collection<Long> accountIds) {
        Map<Long, PasswordResetRequest> latest = new HashMap<>();
        if (accountIds.isEmpty()) {
            return latest;
        }
        em.createQuery(
                        "select r from PasswordResetRequest r where r.accountId in :ids and " + LIVE
                                + " order by r.requestedAt, r.id",
                        PasswordResetRequest.class)
                .setParameter("ids", accountIds)
                .getResultStream()
                .forEach(r -> latest.put(r.accountId(), r));
        return latest;
    }

    @Override
    public List<Long> administratorIds() {
        return em.createQuery(
                        "select a.id from Account a where a.adminRole is not null and a.enabled = true", Long.class)
                .getResultList();
    }

    @Override
    public String seal(String half, long accountId) {
        return SecretSeal.node().seal(half, PURPOSE + accountId);
    }

    @Override
    public String open(String sealed, long accountId) {
        return SecretSeal.node().open(sealed, PURPOSE + accountId);
    }
}
