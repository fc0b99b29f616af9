package org.tongxin.committee.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberChange;
import org.tongxin.committee.domain.Term;
import org.tongxin.committee.domain.TermRepository;

@ApplicationScoped
public class JpaTermRepository implements TermRepository {

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    /** Backed by cm_term_number_uk (organisation, number). */
    @Override
    public List<Term> terms(long organisationId) {
        return em.createQuery("select t from Term t where t.organisationId = :o order by t.number desc", Term.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public Optional<Term> term(long organisationId, int number) {
        return em.createQuery("select t from Term t where t.organisationId = :o and t.number = :n", Term.class)
                .setParameter("o", organisationId)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Term term) {
        em.persist(term);
    }

    @Override
    public int rosterTerm(long organisationId) {
        Integer max = em.createQuery("select max(m.term) from Member m where m.organisationId = :o", Integer.class)
                .setParameter("o", organisationId)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public List<Integer> rosterTerms(long organisationId) {
        TreeSet<Integer> terms = new TreeSet<>(
                em.createQuery("select distinct m.term from Member m where m.organisationId = :o", Integer.class)
                        .setParameter("o", organisationId)
                        .getResultList());
        em.createQuery(
                        "select distinct c.fromValue from Member m join m.changes c"
                                + " where m.organisationId = :o and c.kind = :k",
                        String.class)
                .setParameter("o", organisationId)
                .setParameter("k", MemberChange.Kind.TERM)
                .getResultList()
                .forEach(v -> terms.add(Integer.valueOf(v)));
        return List.copyOf(terms.descendingSet());
    }

    /** Backed by cm_member_key_uk (organisation, roster key); the changes come in batches (default batch size). */
    @Override
    public List<Member> lockMembers(long organisationId) {
        return em.createQuery("select m from Member m where m.organisationId = :o order by m.id", Member.class)
                .setParameter("o", organisationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private static final String SERVED_IN = " from Member m where m.organisationId = :o and (m.term = :n or exists ("
            + "select c from Member m2 join m2.changes c where m2 = m and c.kind = :k"
            + " and (c.fromValue = :t or c.toValue = :t)))";

    /** Backed by cm_member_org_ix and cm_member_change_member_ix; ordered by pinyin like the roster. */
    @Override
    public List<Member> servedIn(long organisationId, int number, int offset, int limit) {
        return em.createQuery("select m" + SERVED_IN + " order by m.namePinyin, m.id", Member.class)
                .setParameter("o", organisationId)
                .setParameter("n", number)
                .setParameter("k", MemberChange.Kind.TERM)
                .setParameter("t", String.valueOf(number))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countServedIn(long organisationId, int number) {
        return em.createQuery("select count(m)" + SERVED_IN, Long.class)
                .setParameter("o", organisationId)
                .setParameter("n", number)
                .setParameter("k", MemberChange.Kind.TERM)
                .setParameter("t", String.valueOf(number))
                .getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
