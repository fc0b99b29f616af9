package org.tongxin.committee.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.Position;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.platform.kernel.Like;

@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public Optional<Member> byId(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    @Override
    public Optional<Member> byAccount(long accountId) {
        return em.createQuery("select m from Member m where m.accountId = :a", Member.class)
                .setParameter("a", accountId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Member member) {
        em.persist(member);
    }

    @Override
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select m.id, m.name from Member m where m.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    @Override
    public void lock(Member member) {
        em.lock(member, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public java.util.Optional<Member> byRosterKeyForUpdate(long organisationId, String rosterKey) {
        return em.createQuery("select m from Member m where m.organisationId = :o and m.rosterKey = :k", Member.class)
                .setParameter("o", organisationId)
                .setParameter("k", rosterKey)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<String, Member> byRosterKey(long organisationId) {
        Map<String, Member> byKey = new LinkedHashMap<>();
        em.createQuery("select m from Member m where m.organisationId = :o", Member.class)
                .setParameter("o", organisationId)
                .getResultList()
                .forEach(m -> byKey.put(m.rosterKey(), m));
        return byKey;
    }

    @Override
    public Map<Long, String> activeNames(long organisationId) {
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery(
                        "select m.id, m.name from Member m where m.organisationId = :o"
                                + " and m.status = org.tongxin.committee.application.MemberStatus.ACTIVE order by m.namePinyin",
                        Object[].class)
                .setParameter("o", organisationId)
                .getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    /**
     * The roster: filtered in the database, ordered by pinyin (the order of a Chinese name list).
     * Backed by cm_member_org_ix (organisation, status, pinyin), the committee and sector indexes,
     * and the pinyin / initials indexes for a prefix search.
     */
    @Override
    public List<Member> search(String pathPattern, MemberQuery query, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(pathPattern, query, params);
        // A pinyin prefix gathers its matches through the prefix indexes (a few thousand at most), then sorts them.
        // Ordered by the bare column, PostgreSQL walked the pinyin index from 'a' and filtered 25,000 members to
        // reach the 'zh…' ones (50 ms a page at a province's scale, 20 ms this way, measured with EXPLAIN ANALYZE);
        // the expression (the same value) keeps it from that walk. Without a prefix, the index's order is the page.
        String order = latinPrefix(query) ? " order by concat(m.namePinyin, ''), m.id" : " order by m.namePinyin, m.id";
        TypedQuery<Member> q = em.createQuery("select m from Member m" + where + order, Member.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String pathPattern, MemberQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Long> q =
                em.createQuery("select count(m) from Member m" + where(pathPattern, query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public Map<Position, Long> activeByPosition(String pathPattern) {
        Map<Position, Long> counts = new LinkedHashMap<>();
        em.createQuery(
                        "select m.position, count(m) from Member m where m.status = :active and m.organisationId in"
                                + " (select o.id from Organisation o where o.path like :path) group by m.position",
                        Object[].class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("path", pathPattern)
                .getResultList()
                .forEach(r -> counts.put((Position) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public List<Member> withRosterKey(String pathPattern, String rosterKey) {
        // cm_member's unique (organisation_id, roster_key) index answers it
        return em.createQuery(
                        "select m from Member m where m.rosterKey = :k and m.organisationId in"
                                + " (select o.id from Organisation o where o.path like :path) order by m.id",
                        Member.class)
                .setParameter("k", rosterKey)
                .setParameter("path", pathPattern)
                .getResultList();
    }

    private static String where(String pathPattern, MemberQuery query, Map<String, Object> params) {
        List<String> w = new ArrayList<>();
        w.add("m.organisationId in (select o.id from Organisation o where o.path like :path)");
        params.put("path", pathPattern);
        if (query.committeeId() != null) {
            w.add("m.committeeId = :committee");
            params.put("committee", query.committeeId());
        }
        if (query.sectorId() != null) {
            w.add("m.sectorId = :sector");
            params.put("sector", query.sectorId());
        }
        if (query.party() != null) {
            w.add("m.party = :party");
            params.put("party", query.party());
        }
        if (query.term() != null) {
            // a past term's roster too: the members whose term it is, or whose term change came from or led to it
            w.add("(m.term = :term or exists (select c from Member m2 join m2.changes c where m2 = m"
                    + " and c.kind = org.tongxin.committee.domain.MemberChange.Kind.TERM"
                    + " and (c.fromValue = :termText or c.toValue = :termText)))");
            params.put("term", query.term());
            params.put("termText", String.valueOf(query.term()));
        }
        if (query.position() != null) {
            w.add("m.position = :position");
            params.put("position", query.position());
        }
        if (query.status() != null) {
            w.add("m.status = :status");
            params.put("status", query.status());
        }
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            if (latin(text)) {
                // latin letters: initials ("zwm") or the start of the full pinyin ("zhangw")
                String t = Like.escape(text.toLowerCase(Locale.ROOT)) + "%";
                w.add("(m.nameInitials like :latin or m.namePinyin like :latin)");
                params.put("latin", t);
            } else {
                w.add("m.name like :name");
                params.put("name", "%" + Like.escape(text) + "%");
            }
        }
        return " where " + String.join(" and ", w);
    }

    private static boolean latinPrefix(MemberQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        return !text.isEmpty() && latin(text);
    }

    private static boolean latin(String text) {
        return text.chars().allMatch(c -> c < 128 && Character.isLetter(c));
    }
}
