package org.tongxin.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.kernel.Like;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public Optional<Account> byUsername(String username) {
        // runs on every signed-in request: by the natural id, so that the account, its roles and its organisation
        // come from the second-level cache (no database round trip) until a change through JPA invalidates them
        return em.unwrap(Session.class)
                .bySimpleNaturalId(Account.class)
                .loadOptional(Account.normaliseUsername(username));
    }

    @Override
    public Optional<Account> byUsernameForUpdate(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", Account.normaliseUsername(username))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                // an instance read earlier in this transaction keeps its old state when the row is locked: read it
                // again,
                // or a login that waited for another one's lock overwrites it (and fails on the version)
                .map(a -> {
                    em.refresh(a);
                    return a;
                });
    }

    @Override
    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> byExternalSubjectForUpdate(
            org.tongxin.platform.domain.AccountSource source, String subject) {
        return em.createQuery("select a from Account a where a.source = :s and a.externalSubject = :x", Account.class)
                .setParameter("s", source)
                .setParameter("x", subject)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public java.util.List<String> enabledExternalSubjects(org.tongxin.platform.domain.AccountSource source) {
        return em.createQuery(
                        "select a.externalSubject from Account a where a.source = :s and a.enabled = true"
                                + " and a.externalSubject is not null order by a.id",
                        String.class)
                .setParameter("s", source)
                .getResultList();
    }

    @Override
    public java.util.List<Long> enabledActingFor(long departmentId) {
        return em.createQuery(
                        "select a.id from Account a where a.departmentId = :d and a.enabled = true order by a.id",
                        Long.class)
                .setParameter("d", departmentId)
                .getResultList();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    // backed by pf_organisation_path_ix (prefix) and pf_account_org_ix
    @Override
    public List<Account> search(String pathPattern, String text, int offset, int limit) {
        // (JPA allows no alias on a fetch join: the filter names the path through the association)
        TypedQuery<Account> q = em.createQuery(
                "select a from Account a join fetch a.organisation"
                        + " where a.organisation.path like :p"
                        + " and (:t = '' or lower(a.username) like :t or lower(a.displayName) like :t)"
                        + " order by a.organisation.path, a.username",
                Account.class);
        return bind(q, pathPattern, text)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countSearch(String pathPattern, String text) {
        TypedQuery<Long> q = em.createQuery(
                "select count(a) from Account a join a.organisation o"
                        + " where o.path like :p and (:t = '' or lower(a.username) like :t or lower(a.displayName) like :t)",
                Long.class);
        return bind(q, pathPattern, text).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, String pathPattern, String text) {
        String t = text == null || text.isBlank()
                ? ""
                : "%" + Like.escape(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return q.setParameter("p", pathPattern).setParameter("t", t);
    }

    // issue 18: an organisation's leaders (pf_account_org_ix, then the few roles of each)
    @Override
    public List<Account> enabledWithRole(long organisationId, org.tongxin.platform.kernel.Role role) {
        return em.createQuery(
                        "select distinct a from Account a join a.businessRoles r"
                                + " where a.organisation.id = :org and a.enabled = true and r = :role"
                                + " order by a.username",
                        Account.class)
                .setParameter("org", organisationId)
                .setParameter("role", role)
                .getResultList();
    }
}
