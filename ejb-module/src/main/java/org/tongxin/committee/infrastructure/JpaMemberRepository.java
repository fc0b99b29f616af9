package org.tongxin.committee.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
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

    /**
     * The roster's page and its total from one statement (issue 22), in one of two shapes. With a filter that narrows
     * the roster (a name, committee, sector or term) the matching members are read once and counted by a window
     * ({@code count(*) over ()}, computed over every match before the offset and limit apply). Before, the page and a
     * separate count each read every match (the 1,484 active members of a province that match {@code zh}, twice per
     * request). Without such a filter the page is a walk of the pinyin index that stops after the page, and the count
     * the query cache's (see {@link #cachedCount}): a window there would make PostgreSQL read and sort every member for a
     * page of 20 (EXPLAIN ANALYZE at a province's 25,000: 1,430 buffers and a sort of 25,000 pinyin keys, about twice
     * the time of the count alone). Same filters, order and
     * indexes as {@link #search}. A page beyond the end has no row to carry the count: then it is counted alone.
     */
    @Override
    public Found page(String pathPattern, MemberQuery query, int offset, int limit) {
        // SQL, not JPQL: JPA's query compliance (on in this server) refuses a window and a subquery in the select
        // clause; the entity comes from the result set mapping on Member, the total from the column beside it
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(Dialect.SQL, pathPattern, query, params);
        String sql;
        boolean narrowing = narrowing(query);
        if (narrowing) {
            // ordered by the expression, as a prefix search: the window reads every match anyway, and ordered by the
            // bare column PostgreSQL walks the whole pinyin index for it (25,000 rows in the heap's random order)
            sql = "select m.*, count(*) over () as roster_total from cm_member m" + where
                    + " order by concat(m.name_pinyin, ''), m.id";
        } else {
            // the total from the query cache (below), not counted with the page: at a province's scale the count read
            // 1,364 buffers on every request, the page 67 (the load benchmark of 4 December: 541 ms p50 at 32 clients,
            // PostgreSQL's CPU the limit)
            sql = "select m.*, cast(0 as bigint) as roster_total from cm_member m" + where
                    + " order by m.name_pinyin, m.id";
        }
        Query q = em.createNativeQuery(sql + " offset :first rows fetch first :rows rows only", Member.WITH_TOTAL);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                q.setParameter("first", offset).setParameter("rows", limit).getResultList();
        if (rows.isEmpty()) {
            return new Found(
                    List.of(),
                    offset == 0 ? 0 : narrowing ? count(pathPattern, query) : cachedCount(pathPattern, query));
        }
        List<Member> members = new ArrayList<>(rows.size());
        rows.forEach(r -> members.add((Member) r[0]));
        return new Found(members, narrowing ? ((Number) rows.get(0)[1]).longValue() : cachedCount(pathPattern, query));
    }

    /**
     * The size of a roster that no name, committee, sector or term narrows (an organisation's subtree by status, party
     * or position), from Hibernate's query cache: the same count as {@link #count}, kept until a transaction changes a
     * member or an organisation (the update-timestamps region, replicated in a cluster, says so), then counted again.
     * Members change a few times a day; the roster is read on every request.
     */
    private long cachedCount(String pathPattern, MemberQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Long> q =
                em.createQuery("select count(m) from Member m" + where(pathPattern, query, params), Long.class);
        params.forEach(q::setParameter);
        return q.setHint(org.hibernate.jpa.HibernateHints.HINT_CACHEABLE, true).getSingleResult();
    }

    /** Whether the query narrows the roster to a few of its members (a name, a committee, a sector, a term). */
    private static boolean narrowing(MemberQuery query) {
        return (query.text() != null && !query.text().isBlank())
                || query.committeeId() != null
                || query.sectorId() != null
                || query.term() != null;
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
        return where(Dialect.JPQL, pathPattern, query, params);
    }

    /**
     * The roster's filters in one of the two languages its queries are written in: JPQL on the entity, or SQL on
     * {@code cm_member} for the page with its window count ({@link #page}). The same filters and parameters in both.
     *
     * @param inTerm a past term's roster too: the members whose term it is, or whose term change came from or led to it
     * @param enumNames SQL compares an enum's column with its name; JPQL takes the enum
     */
    private record Dialect(
            String inOrganisations,
            String inTerm,
            boolean enumNames,
            String committee,
            String sector,
            String initials,
            String pinyin) {

        static final Dialect JPQL = new Dialect(
                "m.organisationId in (select o.id from Organisation o where o.path like :path)",
                "(m.term = :term or exists (select c from Member m2 join m2.changes c where m2 = m"
                        + " and c.kind = org.tongxin.committee.domain.MemberChange.Kind.TERM"
                        + " and (c.fromValue = :termText or c.toValue = :termText)))",
                false,
                "m.committeeId",
                "m.sectorId",
                "m.nameInitials",
                "m.namePinyin");
        static final Dialect SQL = new Dialect(
                "m.organisation_id in (select mo.id from pf_organisation mo where mo.path like :path)",
                "(m.term_no = :term or exists (select 1 from cm_member_change mc where mc.member_id = m.id"
                        + " and mc.kind = 'TERM' and (mc.from_value = :termText or mc.to_value = :termText)))",
                true,
                "m.committee_id",
                "m.sector_id",
                "m.name_initials",
                "m.name_pinyin");

        Object value(Enum<?> value) {
            return enumNames ? value.name() : value;
        }
    }

    private static String where(Dialect d, String pathPattern, MemberQuery query, Map<String, Object> params) {
        List<String> w = new ArrayList<>();
        w.add(d.inOrganisations);
        params.put("path", pathPattern);
        if (query.committeeId() != null) {
            w.add(d.committee + " = :committee");
            params.put("committee", query.committeeId());
        }
        if (query.sectorId() != null) {
            w.add(d.sector + " = :sector");
            params.put("sector", query.sectorId());
        }
        if (query.party() != null) {
            w.add("m.party = :party");
            params.put("party", d.value(query.party()));
        }
        if (query.term() != null) {
            w.add(d.inTerm);
            params.put("term", query.term());
            params.put("termText", String.valueOf(query.term()));
        }
        if (query.position() != null) {
            w.add("m.position = :position");
            params.put("position", d.value(query.position()));
        }
        if (query.status() != null) {
            w.add("m.status = :status");
            params.put("status", d.value(query.status()));
        }
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            if (latin(text)) {
                // latin letters: initials ("zwm") or the start of the full pinyin ("zhangw")
                w.add("(" + d.initials + " like :latin or " + d.pinyin + " like :latin)");
                params.put("latin", Like.escape(text.toLowerCase(Locale.ROOT)) + "%");
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
