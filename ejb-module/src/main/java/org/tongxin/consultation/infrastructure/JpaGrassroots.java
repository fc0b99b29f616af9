package org.tongxin.consultation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tongxin.consultation.domain.GrassrootsRepository;
import org.tongxin.consultation.domain.GrassrootsResult;
import org.tongxin.consultation.domain.GrassrootsSource;
import org.tongxin.consultation.domain.GrassrootsStep;
import org.tongxin.consultation.domain.GrassrootsTopic;

/**
 * Grassroots topics in JPA. Every query filters by the organisations' tree path in the database. The list uses
 * cs_grassroots_list_ix (organisation, step, day collected), its total by step alone the tally
 * (cs_grassroots_tally). The counts of a period read the yearly and monthly roll-ups (cs_grassroots_year,
 * cs_grassroots_month, kept by {@link #tally}) for its whole years and months and count the topics only for the
 * days at its edges: cs_grassroots_collected_ix, cs_grassroots_topic_on_ix and cs_grassroots_deliberated_ix.
 */
@ApplicationScoped
public class JpaGrassroots implements GrassrootsRepository {

    private static final String VISIBLE = " in (select o.id from Organisation o where o.path like :p)";

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public void add(GrassrootsTopic topic) {
        em.persist(topic);
    }

    @Override
    public Optional<GrassrootsTopic> topic(long id, String organisationPathPattern) {
        return em.createQuery(
                        "select t from GrassrootsTopic t where t.id = :id and t.organisationId" + VISIBLE,
                        GrassrootsTopic.class)
                .setParameter("id", id)
                .setParameter("p", organisationPathPattern)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean concernTaken(long concernId) {
        return em.createQuery("select count(t) from GrassrootsTopic t where t.concernId = :c", Long.class)
                        .setParameter("c", concernId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<GrassrootsTopic> topics(Filter filter, int offset, int limit) {
        TypedQuery<GrassrootsTopic> q = em.createQuery(
                "select t from GrassrootsTopic t where " + where(filter) + " order by t.collectedOn desc, t.id desc",
                GrassrootsTopic.class);
        bind(q, filter);
        // the step records of the page come in batches (hibernate.default_batch_fetch_size), not one query per topic
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Filter filter) {
        if (filter.townId() == null
                && filter.result() == null
                && filter.from() == null
                && filter.to() == null
                && filter.authorMemberId() == null) {
            // by step alone (or none): the tally, not a count over the history (cs_grassroots_tally)
            var tally = em.createNativeQuery("select coalesce(sum(g.topics), 0) from cs_grassroots_tally g"
                            + " where g.organisation_id in (select o.id from pf_organisation o where o.path like ?1)"
                            + (filter.step() == null ? "" : " and g.step = ?2"))
                    .setParameter(1, filter.organisationPathPattern());
            if (filter.step() != null) {
                tally.setParameter(2, filter.step().name());
            }
            return ((Number) tally.getSingleResult()).longValue();
        }
        TypedQuery<Long> q =
                em.createQuery("select count(t) from GrassrootsTopic t where " + where(filter), Long.class);
        bind(q, filter);
        return q.getSingleResult();
    }

    @Override
    public void tally(GrassrootsTopic topic, GrassrootsStep from) {
        long org = topic.organisationId();
        if (from != null) {
            em.createNativeQuery("update cs_grassroots_tally set topics = topics - 1"
                            + " where organisation_id = ?1 and step = ?2")
                    .setParameter(1, org)
                    .setParameter(2, from.name())
                    .executeUpdate();
        }
        add("cs_grassroots_tally", "step", org, topic.step().name(), null, null);
        for (GrassrootsStep s : GrassrootsStep.values()) {
            boolean passed = (from == null || s.ordinal() > from.ordinal())
                    && s.ordinal() <= topic.step().ordinal();
            if (!passed) {
                continue;
            }
            switch (s) {
                case COLLECT -> {
                    if (topic.source() != GrassrootsSource.CONCERN) {
                        measure(org, "COLLECTED", topic.collectedOn());
                    }
                }
                case TOPIC -> measure(org, "TOPIC", topic.topicOn());
                case DELIBERATE -> {
                    measure(org, "MEETING", topic.deliberatedOn());
                    if (topic.result() == GrassrootsResult.SOLVED) {
                        measure(org, "SOLVED", topic.deliberatedOn());
                    }
                }
                default -> {}
            }
        }
    }

    /** One more topic in a measure's monthly and yearly roll-up rows. */
    private void measure(long org, String measure, LocalDate day) {
        add("cs_grassroots_month", "measure", org, measure, "month_start", day.withDayOfMonth(1));
        add("cs_grassroots_year", "measure", org, measure, "year_start", day.withDayOfYear(1));
    }

    /** One more in a roll-up row (of a period when {@code periodColumn} is given), made at zero first when missing. */
    private void add(String table, String keyColumn, long org, String key, String periodColumn, LocalDate start) {
        String period = periodColumn == null ? "" : " and " + periodColumn + " = ?3";
        // the row exists once any topic reached it; two first topics at once both find it
        var insert = em.createNativeQuery("insert into " + table + " (organisation_id, " + keyColumn
                        + (periodColumn == null ? "" : ", " + periodColumn) + ", topics) values (?1, ?2"
                        + (periodColumn == null ? "" : ", ?3") + ", 0) on conflict do nothing")
                .setParameter(1, org)
                .setParameter(2, key);
        var update = em.createNativeQuery("update " + table + " set topics = topics + 1 where organisation_id = ?1 and "
                        + keyColumn + " = ?2" + period)
                .setParameter(1, org)
                .setParameter(2, key);
        if (periodColumn != null) {
            insert.setParameter(3, start);
            update.setParameter(3, start);
        }
        insert.executeUpdate();
        update.executeUpdate();
    }

    private static String where(Filter f) {
        StringBuilder w = new StringBuilder("t.organisationId").append(VISIBLE);
        if (f.step() != null) {
            w.append(" and t.step = :step");
        }
        if (f.townId() != null) {
            w.append(" and t.townId = :town");
        }
        if (f.result() != null) {
            w.append(" and t.result = :result");
        }
        if (f.from() != null) {
            w.append(" and t.collectedOn >= :from");
        }
        if (f.to() != null) {
            w.append(" and t.collectedOn <= :to");
        }
        if (f.authorMemberId() != null) {
            w.append(" and t.authorMemberId = :author");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, Filter f) {
        q.setParameter("p", f.organisationPathPattern());
        if (f.step() != null) {
            q.setParameter("step", f.step());
        }
        if (f.townId() != null) {
            q.setParameter("town", f.townId());
        }
        if (f.result() != null) {
            q.setParameter("result", f.result());
        }
        if (f.from() != null) {
            q.setParameter("from", f.from());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to());
        }
        if (f.authorMemberId() != null) {
            q.setParameter("author", f.authorMemberId());
        }
    }

    @Override
    public Counts counts(String pattern, LocalDate from, LocalDate to) {
        // whole years from the yearly roll-up, whole months around them from the monthly one, the days around
        // those from the topics (RollUpPeriod)
        RollUpPeriod p = RollUpPeriod.of(from, to);
        Counts head =
                p.hasHeadDays() ? counted(pattern, from, p.headMonthsStart().minusDays(1)) : NONE;
        Counts tail = p.hasTailDays() ? counted(pattern, p.monthsEnd(), to) : NONE;
        long[] rolled = new long[4];
        List<?> rows = em.createNativeQuery("select g.measure, sum(g.topics) from ("
                        + " select organisation_id, measure, topics from cs_grassroots_month"
                        + " where month_start >= ?2 and month_start < ?3"
                        + " union all select organisation_id, measure, topics from cs_grassroots_year"
                        + " where year_start >= ?3 and year_start < ?4"
                        + " union all select organisation_id, measure, topics from cs_grassroots_month"
                        + " where month_start >= ?4 and month_start < ?5) g"
                        + " where g.organisation_id in (select o.id from pf_organisation o where o.path like ?1)"
                        + " group by g.measure")
                .setParameter(1, pattern)
                .setParameter(2, p.headMonthsStart())
                .setParameter(3, p.yearsStart())
                .setParameter(4, p.yearsEnd())
                .setParameter(5, p.monthsEnd())
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            int at = List.of("COLLECTED", "TOPIC", "MEETING", "SOLVED").indexOf(String.valueOf(r[0]));
            rolled[at] = ((Number) r[1]).longValue();
        }
        return new Counts(
                head.collectedOtherwise() + rolled[0] + tail.collectedOtherwise(),
                head.topics() + rolled[1] + tail.topics(),
                head.consultations() + rolled[2] + tail.consultations(),
                head.solved() + rolled[3] + tail.solved());
    }

    private static final Counts NONE = new Counts(0, 0, 0, 0);

    /** The figures counted from the topics themselves (for the days of a period that are not a whole month). */
    private Counts counted(String pattern, LocalDate from, LocalDate to) {
        long otherwise = em.createQuery(
                        "select count(t) from GrassrootsTopic t where t.organisationId" + VISIBLE
                                + " and t.collectedOn >= :from and t.collectedOn <= :to and t.source <> :concern",
                        Long.class)
                .setParameter("p", pattern)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("concern", GrassrootsSource.CONCERN)
                .getSingleResult();
        long topics = em.createQuery(
                        "select count(t) from GrassrootsTopic t where t.organisationId" + VISIBLE
                                + " and t.topicOn >= :from and t.topicOn <= :to",
                        Long.class)
                .setParameter("p", pattern)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        long held = em.createQuery(
                        "select count(t) from GrassrootsTopic t where t.organisationId" + VISIBLE
                                + " and t.deliberatedOn >= :from and t.deliberatedOn <= :to",
                        Long.class)
                .setParameter("p", pattern)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        long solved = em.createQuery(
                        "select count(t) from GrassrootsTopic t where t.organisationId" + VISIBLE
                                + " and t.deliberatedOn >= :from and t.deliberatedOn <= :to and t.result = :solved",
                        Long.class)
                .setParameter("p", pattern)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("solved", GrassrootsResult.SOLVED)
                .getSingleResult();
        return new Counts(otherwise, topics, held, solved);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
