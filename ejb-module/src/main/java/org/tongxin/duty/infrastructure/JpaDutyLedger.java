package org.tongxin.duty.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongxin.duty.domain.Category;
import org.tongxin.duty.domain.DutyEntry;
import org.tongxin.duty.domain.DutyLedger;
import org.tongxin.duty.domain.Grade;
import org.tongxin.duty.domain.RuleSet;
import org.tongxin.duty.domain.RuleTerms;

/**
 * The ledger in JPA, with the ranking as one native query that both databases run: points summed per
 * member and category in the database, capped by the rule set's caps, ranked by a window function
 * and paged there; only one page of rows leaves the database.
 */
@ApplicationScoped
public class JpaDutyLedger implements DutyLedger {

    /** Year totals after caps, per member of the organisation that has standing entries. */
    private static final String TOTALS = """
            select s.member_id as member_id,
                   sum(case when s.cap is null then s.pts
                            when s.pts >= 0 then least(s.pts, s.cap)
                            else greatest(s.pts, -s.cap) end) as total
              from (select g.member_id, g.pts,
                           case when r.category is not null then r.annual_cap else c.annual_cap end as cap
                      from (select member_id, category, sum(points) as pts
                              from cm_duty_entry
                             where organisation_id = :org and year_no = :year and voided = false
                             group by member_id, category) g
                      left join cm_rule r on r.rule_set_id = :ruleSet and r.category = g.category
                      left join du_category c on c.code = g.category) s
             group by s.member_id""";

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public Optional<RuleSet> ruleSet(long organisationId, int year) {
        // From the query cache (the rule set's id), the rule set and its rules from the second-level cache: no
        // statement once read (issue 22: read with every duty record). Any change to a rule set through JPA stamps
        // cm_rule_set in the update-timestamps region and updates the entity and collection regions, so the next
        // reading sees it. A miss reads the rule set, then its rules. A list, not a stream: Hibernate scrolls a
        // streamed query in the database, cacheable or not.
        return em
                .createQuery("select r from RuleSet r where r.organisationId = :o and r.year = :y", RuleSet.class)
                .setParameter("o", organisationId)
                .setParameter("y", year)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_CACHEABLE, true)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public void add(RuleSet ruleSet) {
        em.persist(ruleSet);
    }

    @Override
    public void add(DutyEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<DutyEntry> entry(long id) {
        return Optional.ofNullable(em.find(DutyEntry.class, id));
    }

    @Override
    public Optional<DutyEntry> live(String sourceRef, long memberId) {
        return em.createQuery("select e from DutyEntry e where e.liveKey = :k", DutyEntry.class)
                .setParameter("k", DutyEntry.liveKey(sourceRef, memberId))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<DutyEntry> liveBySource(String sourceRef) {
        return em.createQuery(
                        "select e from DutyEntry e where e.sourceRef = :s and e.voided = false order by e.id",
                        DutyEntry.class)
                .setParameter("s", sourceRef)
                .getResultList();
    }

    @Override
    public List<DutyEntry> entries(long memberId, int year) {
        return em.createQuery(
                        "select e from DutyEntry e where e.memberId = :m and e.year = :y order by e.occurredOn desc, e.id desc",
                        DutyEntry.class)
                .setParameter("m", memberId)
                .setParameter("y", year)
                .getResultList();
    }

    @Override
    public List<DutyEntry> liveEntries(long organisationId, int year) {
        return em.createQuery(
                        "select e from DutyEntry e where e.organisationId = :o and e.year = :y and e.voided = false"
                                + " order by e.id",
                        DutyEntry.class)
                .setParameter("o", organisationId)
                .setParameter("y", year)
                .getResultList();
    }

    @Override
    public Map<Long, Map<String, BigDecimal>> subtotals(long organisationId, int year) {
        List<Object[]> rows = em.createQuery(
                        "select e.memberId, e.category, sum(e.points) from DutyEntry e"
                                + " where e.organisationId = :o and e.year = :y and e.voided = false group by e.memberId, e.category",
                        Object[].class)
                .setParameter("o", organisationId)
                .setParameter("y", year)
                .getResultList();
        Map<Long, Map<String, BigDecimal>> result = new HashMap<>();
        for (Object[] r : rows) {
            result.computeIfAbsent((Long) r[0], k -> new LinkedHashMap<>()).put((String) r[1], (BigDecimal) r[2]);
        }
        return result;
    }

    @Override
    public List<Category> categories(long organisationId) {
        return em.createQuery(
                        "select c from Category c where c.organisationId is null or c.organisationId = :o"
                                + " order by c.builtIn desc, c.id",
                        Category.class)
                .setParameter("o", organisationId)
                // from the query and second-level caches (issue 22: read with every duty record); a change through
                // JPA stamps du_category, so the next reading runs the query again
                .setHint(org.hibernate.jpa.HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
    }

    @Override
    public Optional<Category> category(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    @Override
    public Optional<Category> category(String code) {
        return em.createQuery("select c from Category c where c.code = :c", Category.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long ownCategoryCount(long organisationId) {
        return em.createQuery("select count(c) from Category c where c.organisationId = :o", Long.class)
                .setParameter("o", organisationId)
                .getSingleResult();
    }

    @Override
    public void add(Category category) {
        em.persist(category);
    }

    @Override
    public List<RuleSet> ruleSets(long organisationId) {
        return em.createQuery("select r from RuleSet r where r.organisationId = :o order by r.year", RuleSet.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public List<Ranked> ranking(RankingFilter filter, long ruleSetId, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "select x.id, x.name, x.committee_id, x.sector_id, x.total, x.rnk from ("
                + " select m.id, m.name, m.committee_id, m.sector_id, m.name_pinyin, coalesce(t.total, 0) as total,"
                + " rank() over (order by coalesce(t.total, 0) desc) as rnk"
                + " from cm_member m left join (" + TOTALS + ") t on t.member_id = m.id"
                + members(filter, params)
                + ") x order by x.rnk, x.name_pinyin, x.id offset " + Math.max(0, offset) + " rows fetch next "
                + Math.max(1, limit) + " rows only";
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        q.setParameter("year", filter.year()).setParameter("ruleSet", ruleSetId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream()
                .map(r -> new Ranked(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        toLong(r[2]),
                        toLong(r[3]),
                        toDecimal(r[4]),
                        ((Number) r[5]).intValue()))
                .toList();
    }

    @Override
    public long rankingCount(RankingFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery("select count(*) from cm_member m" + members(filter, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    @Override
    public Map<Grade, Long> gradeCounts(RankingFilter filter, long ruleSetId, RuleTerms terms) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "select g, count(*) from (select case"
                + " when coalesce(t.total, 0) >= :excellent then 'EXCELLENT'"
                + " when coalesce(t.total, 0) >= :good then 'GOOD'"
                + " when coalesce(t.total, 0) >= :competent then 'COMPETENT' else 'NOT_COMPETENT' end as g"
                + " from cm_member m left join (" + TOTALS + ") t on t.member_id = m.id"
                + members(filter, params) + ") x group by g";
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        q.setParameter("year", filter.year())
                .setParameter("ruleSet", ruleSetId)
                .setParameter("excellent", terms.excellentFrom())
                .setParameter("good", terms.goodFrom())
                .setParameter("competent", terms.competentFrom());
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            counts.put(g, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        for (Object[] r : rows) {
            counts.put(Grade.valueOf(((String) r[0]).trim()), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /**
     * {@link #TOTALS} for several organisations at once: each member's entries of its organisation, capped by the
     * rules of that organisation's rule set of the year (or the categories' standard caps without one).
     */
    private static final String TOTALS_OF_MANY = """
            select s.member_id as member_id, s.organisation_id as organisation_id,
                   sum(case when s.cap is null then s.pts
                            when s.pts >= 0 then least(s.pts, s.cap)
                            else greatest(s.pts, -s.cap) end) as total
              from (select g.member_id, g.organisation_id, g.pts,
                           case when r.category is not null then r.annual_cap else c.annual_cap end as cap
                      from (select member_id, organisation_id, category, sum(points) as pts
                              from cm_duty_entry
                             where organisation_id in (:orgs) and year_no = :year and voided = false
                             group by member_id, organisation_id, category) g
                      left join cm_rule_set rs on rs.organisation_id = g.organisation_id and rs.year_no = :year
                      left join cm_rule r on r.rule_set_id = rs.id and r.category = g.category
                      left join du_category c on c.code = g.category) s
             group by s.member_id, s.organisation_id""";

    @Override
    public Map<Grade, Long> gradeCounts(java.util.Collection<Long> organisationIds, int year, RuleTerms defaults) {
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            counts.put(g, 0L);
        }
        if (organisationIds.isEmpty()) {
            return counts;
        }
        // the members who served at some time in the year (as members(...)), banded by their organisation's rule set
        String sql = "select g, count(*) from (select case"
                + " when coalesce(t.total, 0) >= coalesce(rs.excellent_from, :excellent) then 'EXCELLENT'"
                + " when coalesce(t.total, 0) >= coalesce(rs.good_from, :good) then 'GOOD'"
                + " when coalesce(t.total, 0) >= coalesce(rs.competent_from, :competent) then 'COMPETENT'"
                + " else 'NOT_COMPETENT' end as g"
                + " from cm_member m"
                + " left join cm_rule_set rs on rs.organisation_id = m.organisation_id and rs.year_no = :year"
                + " left join (" + TOTALS_OF_MANY + ") t"
                + " on t.member_id = m.id and t.organisation_id = m.organisation_id"
                + " where m.organisation_id in (:orgs) and (m.status = 'ACTIVE' or m.status_since >= :yearStart)"
                + ") x group by g";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter("orgs", organisationIds)
                .setParameter("year", year)
                .setParameter("yearStart", java.time.LocalDate.of(year, 1, 1))
                .setParameter("excellent", defaults.excellentFrom())
                .setParameter("good", defaults.goodFrom())
                .setParameter("competent", defaults.competentFrom())
                .getResultList();
        for (Object[] r : rows) {
            counts.put(Grade.valueOf(((String) r[0]).trim()), ((Number) r[1]).longValue());
        }
        return counts;
    }

    @Override
    public void flush() {
        em.flush();
    }

    private static String members(RankingFilter filter, Map<String, Object> params) {
        // the members who served at some time in the year: active, or left (resigned, a new term …) during it or later
        StringBuilder where = new StringBuilder(
                " where m.organisation_id = :org and (m.status = 'ACTIVE' or m.status_since >= :yearStart)");
        params.put("org", filter.organisationId());
        params.put("yearStart", java.time.LocalDate.of(filter.year(), 1, 1));
        if (filter.committeeId() != null) {
            where.append(" and m.committee_id = :committee");
            params.put("committee", filter.committeeId());
        }
        if (filter.sectorId() != null) {
            where.append(" and m.sector_id = :sector");
            params.put("sector", filter.sectorId());
        }
        return where.toString();
    }

    private static Long toLong(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static BigDecimal toDecimal(Object o) {
        return o instanceof BigDecimal b ? b.setScale(2) : new BigDecimal(o.toString()).setScale(2);
    }
}
