package org.tongxin.inforeport.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongxin.inforeport.domain.Adoption;
import org.tongxin.inforeport.domain.Instruction;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAction;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportQuery;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.inforeport.domain.ReportVersion;
import org.tongxin.inforeport.domain.Topic;
import org.tongxin.inforeport.domain.Transition;
import org.tongxin.platform.kernel.Like;
import org.tongxin.platform.kernel.Problem;

@ApplicationScoped
public class JpaReports implements ReportRepository {

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public void add(Report report) {
        em.persist(report);
    }

    @Override
    public Optional<Report> report(long id) {
        return Optional.ofNullable(em.find(Report.class, id));
    }

    @Override
    public List<Report> reports(List<Long> ids) {
        Map<Long, Report> byId = new HashMap<>();
        for (List<Long> chunk : org.tongxin.platform.kernel.Chunks.of(ids)) {
            em.createQuery("select r from Report r where r.id in :ids", Report.class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(r -> byId.put(r.id(), r));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Report lock(long id) {
        Report r = em.find(Report.class, id);
        if (r == null) {
            throw Problem.notFound("report");
        }
        // a refresh, not a locking find: the caller has usually read the report already in this
        // transaction, and a locking find of an instance already read compares its version and throws
        // when another transaction moved the report meanwhile (a 500 instead of a 409 wrong-state)
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    @Override
    public List<Report> search(Scope scope, ReportQuery query, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Report> q = em.createQuery(
                "select r from Report r" + where(scope, query, params) + " order by r.updatedAt desc, r.id desc",
                Report.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Scope scope, ReportQuery query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(r) from Report r" + where(scope, query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public boolean inScope(long reportId, Scope scope) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery(
                "select count(r) from Report r" + where(scope, ReportQuery.ALL, params) + " and r.id = :id",
                Long.class);
        params.forEach(q::setParameter);
        return q.setParameter("id", reportId).getSingleResult() > 0;
    }

    @Override
    public List<Report> ofFirstAuthor(
            long accountId, Collection<ReportState> states, Collection<Long> organisationIds, int limit) {
        if (states.isEmpty() || organisationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select r from Report r" + FIRST_AUTHOR + " order by r.updatedAt desc, r.id desc", Report.class)
                .setParameter("me", accountId)
                .setParameter("states", states)
                .setParameter("orgs", organisationIds)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOfFirstAuthor(long accountId, Collection<ReportState> states, Collection<Long> organisationIds) {
        if (states.isEmpty() || organisationIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(r) from Report r" + FIRST_AUTHOR, Long.class)
                .setParameter("me", accountId)
                .setParameter("states", states)
                .setParameter("orgs", organisationIds)
                .getSingleResult();
    }

    /** Read by ir_author_account_ix (the caller's authorships, few) and the report's primary key. */
    private static final String FIRST_AUTHOR = " where r.state in :states and r.organisationId in :orgs and r.id in"
            + " (select a.key.reportId from ReportAuthor a where a.accountId = :me and a.key.position = 0)";

    @Override
    public List<Report> held(long organisationId, ReportState state, java.time.Instant before, int limit) {
        TypedQuery<Report> q = em.createQuery(
                        "select r from Report r" + held(before) + " order by r.updatedAt, r.id", Report.class)
                .setParameter("org", organisationId)
                .setParameter("state", state);
        if (before != null) {
            q.setParameter("before", before);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public long countHeld(long organisationId, ReportState state, java.time.Instant before) {
        TypedQuery<Long> q = em.createQuery("select count(r) from Report r" + held(before), Long.class)
                .setParameter("org", organisationId)
                .setParameter("state", state);
        if (before != null) {
            q.setParameter("before", before);
        }
        return q.getSingleResult();
    }

    /** Read by ir_report_current_ix (current_organisation_id, state, updated_at). */
    private static String held(java.time.Instant before) {
        return " where r.currentOrganisationId = :org and r.state = :state"
                + (before == null ? "" : " and r.updatedAt < :before");
    }

    private static String where(Scope scope, ReportQuery query, Map<String, Object> params) {
        List<String> reach = new ArrayList<>();
        if (scope.authorAccountId() != null) {
            reach.add("r.id in (select a.key.reportId from ReportAuthor a where a.accountId = :me)");
            params.put("me", scope.authorAccountId());
        }
        if (scope.organisationId() != null) {
            reach.add(
                    "(r.state <> :draft and (r.currentOrganisationId = :org or r.id in (select t.reportId from Transition t"
                            + " where t.organisationId = :org and t.action not in :authorMoves)))");
            params.put("org", scope.organisationId());
            params.put("draft", ReportState.DRAFT);
            params.put("authorMoves", List.of(ReportAction.CREATE, ReportAction.REVISE));
        }
        List<String> w = new ArrayList<>();
        w.add(reach.isEmpty() ? "1 = 0" : "(" + String.join(" or ", reach) + ")");
        if (query.state() != null) {
            w.add("r.state = :state");
            params.put("state", query.state());
        }
        if (query.topic() != null && !query.topic().isBlank()) {
            w.add("r.topic = :topic");
            params.put("topic", query.topic());
        }
        if (query.q() != null && !query.q().isBlank()) {
            w.add("(r.title like :q or r.body like :q or r.proposals like :q)");
            params.put("q", "%" + Like.escape(query.q().strip()) + "%");
        }
        return " where " + String.join(" and ", w);
    }

    @Override
    public void add(ReportAuthor author) {
        em.persist(author);
    }

    @Override
    public List<ReportAuthor> authors(long reportId) {
        return em.createQuery(
                        "select a from ReportAuthor a where a.key.reportId = :r order by a.key.position",
                        ReportAuthor.class)
                .setParameter("r", reportId)
                .getResultList();
    }

    @Override
    public Map<Long, List<ReportAuthor>> authors(Collection<Long> reportIds) {
        Map<Long, List<ReportAuthor>> byReport = new HashMap<>();
        if (!reportIds.isEmpty()) {
            em.createQuery(
                            "select a from ReportAuthor a where a.key.reportId in :r order by a.key.position",
                            ReportAuthor.class)
                    .setParameter("r", reportIds)
                    .getResultList()
                    .forEach(a -> byReport.computeIfAbsent(a.reportId(), k -> new ArrayList<>())
                            .add(a));
        }
        return byReport;
    }

    @Override
    public void add(ReportVersion version) {
        em.persist(version);
    }

    @Override
    public List<ReportVersion> versions(long reportId) {
        return em.createQuery(
                        "select v from ReportVersion v where v.reportId = :r order by v.number", ReportVersion.class)
                .setParameter("r", reportId)
                .getResultList();
    }

    @Override
    public void add(Transition transition) {
        em.persist(transition);
    }

    @Override
    public List<Transition> transitions(long reportId) {
        return em.createQuery(
                        "select t from Transition t where t.reportId = :r order by t.occurredAt, t.id",
                        Transition.class)
                .setParameter("r", reportId)
                .getResultList();
    }

    @Override
    public void add(Adoption adoption) {
        em.persist(adoption);
    }

    @Override
    public List<Adoption> adoptions(long reportId) {
        return em.createQuery(
                        "select a from Adoption a where a.reportId = :r order by a.adoptedAt, a.id", Adoption.class)
                .setParameter("r", reportId)
                .getResultList();
    }

    @Override
    public void add(Instruction instruction) {
        em.persist(instruction);
    }

    @Override
    public List<Instruction> instructions(long reportId) {
        return em.createQuery(
                        "select i from Instruction i where i.reportId = :r order by i.givenOn, i.id", Instruction.class)
                .setParameter("r", reportId)
                .getResultList();
    }

    @Override
    public void add(org.tongxin.inforeport.domain.CombinedSource source) {
        em.persist(source);
    }

    @Override
    public List<org.tongxin.inforeport.domain.CombinedSource> sources(long combinedId) {
        return em.createQuery(
                        "select c from CombinedSource c where c.key.combinedId = :c order by c.position",
                        org.tongxin.inforeport.domain.CombinedSource.class)
                .setParameter("c", combinedId)
                .getResultList();
    }

    @Override
    public Optional<org.tongxin.inforeport.domain.CombinedSource> mergedInto(long sourceId) {
        return em.createQuery(
                        "select c from CombinedSource c where c.key.sourceId = :s",
                        org.tongxin.inforeport.domain.CombinedSource.class)
                .setParameter("s", sourceId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Topic> topics(long organisationId) {
        return em.createQuery(
                        "select t from Topic t where t.organisationId is null or t.organisationId = :o"
                                + " order by case when t.organisationId is null then 0 else 1 end, t.position, t.id",
                        Topic.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public Optional<Topic> topic(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select t from Topic t where t.code = :c", Topic.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Topic> topic(long id) {
        return Optional.ofNullable(em.find(Topic.class, id));
    }

    @Override
    public java.util.Set<String> hiddenTopics(long organisationId) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select topic_code from ir_topic_hidden where organisation_id = :o")
                .setParameter("o", organisationId)
                .getResultList();
        return new java.util.HashSet<>(codes);
    }

    @Override
    public void hideTopic(long organisationId, String code) {
        em.createNativeQuery("insert into ir_topic_hidden (organisation_id, topic_code) values (:o, :c)")
                .setParameter("o", organisationId)
                .setParameter("c", code)
                .executeUpdate();
    }

    @Override
    public void showTopic(long organisationId, String code) {
        em.createNativeQuery("delete from ir_topic_hidden where organisation_id = :o and topic_code = :c")
                .setParameter("o", organisationId)
                .setParameter("c", code)
                .executeUpdate();
    }

    @Override
    public void add(Topic topic) {
        em.persist(topic);
    }

    @Override
    public long ownTopicCount(long organisationId) {
        return em.createQuery("select count(t) from Topic t where t.organisationId = :o", Long.class)
                .setParameter("o", organisationId)
                .getSingleResult();
    }

    @Override
    public int lastTopicPosition() {
        Integer max = em.createQuery("select max(t.position) from Topic t", Integer.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
