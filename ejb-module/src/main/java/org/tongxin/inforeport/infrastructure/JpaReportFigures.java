package org.tongxin.inforeport.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongxin.inforeport.domain.ReportAction;
import org.tongxin.inforeport.domain.ReportFigures;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.kernel.Chunks;

@ApplicationScoped
public class JpaReportFigures implements ReportFigures {

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Inject
    OrganisationDirectory organisations;

    @Override
    public List<Dated> received(long organisationId, Instant from, Instant to) {
        List<Dated> dated = new ArrayList<>();
        em.createQuery(
                        "select t.reportId, t.occurredAt from Transition t where t.organisationId = :o and t.action in :arrive"
                                + " and t.occurredAt >= :from and t.occurredAt < :to",
                        Object[].class)
                .setParameter("o", organisationId)
                .setParameter("arrive", List.of(ReportAction.SUBMIT, ReportAction.RECEIVE))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(r -> dated.add(new Dated((Long) r[0], (Instant) r[1])));
        // forwarded up from the organisations right below: the tree is the platform's, asked through its directory
        List<Long> below = organisations
                .find(organisationId)
                .map(o -> organisations.matching(o.path() + "%").stream()
                        .filter(c -> c.parentId() != null && c.parentId() == organisationId)
                        .map(OrganisationSummary::id)
                        .toList())
                .orElse(List.of());
        if (below.isEmpty()) {
            return dated;
        }
        em.createQuery(
                        "select t.reportId, t.occurredAt from Transition t where t.action = :forward and t.occurredAt >= :from"
                                + " and t.occurredAt < :to and t.organisationId in :below",
                        Object[].class)
                .setParameter("below", below)
                .setParameter("forward", ReportAction.FORWARD)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(r -> dated.add(new Dated((Long) r[0], (Instant) r[1])));
        return dated;
    }

    @Override
    public List<Dated> adopted(long organisationId, Instant from, Instant to) {
        return em
                .createQuery(
                        "select a.reportId, a.adoptedAt from Adoption a where a.organisationId = :o and a.voidedAt is null"
                                + " and a.adoptedAt >= :from and a.adoptedAt < :to",
                        Object[].class)
                .setParameter("o", organisationId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(r -> new Dated((Long) r[0], (Instant) r[1]))
                .toList();
    }

    @Override
    public long moved(long organisationId, ReportAction action, Instant from, Instant to) {
        return em.createQuery(
                        "select count(distinct t.reportId) from Transition t where t.organisationId = :o and t.action = :a"
                                + " and t.occurredAt >= :from and t.occurredAt < :to",
                        Long.class)
                .setParameter("o", organisationId)
                .setParameter("a", action)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    @Override
    public List<Object[]> instructions(long organisationId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select i.reportId, i.level from Instruction i where i.givenOn >= :from and i.givenOn <= :to"
                                + " and i.reportId in (select a.reportId from Adoption a where a.organisationId = :o and a.voidedAt is null)",
                        Object[].class)
                .setParameter("o", organisationId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public Map<Long, String> topics(Collection<Long> reportIds) {
        Map<Long, String> topics = new HashMap<>();
        for (List<Long> chunk : Chunks.of(reportIds)) {
            em.createQuery("select r.id, r.topic from Report r where r.id in :ids", Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(r -> topics.put((Long) r[0], (String) r[1]));
        }
        return topics;
    }

    @Override
    public Map<Long, Long> sourcePoints(Collection<Long> reportIds) {
        Map<Long, Long> points = new HashMap<>();
        for (List<Long> chunk : Chunks.of(reportIds)) {
            em.createQuery(
                            "select r.id, r.sourcePointId from Report r where r.id in :ids and r.sourcePointId is not null",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(r -> points.put((Long) r[0], (Long) r[1]));
        }
        return points;
    }

    @Override
    public List<Object[]> authors(Collection<Long> reportIds) {
        List<Object[]> rows = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(reportIds)) {
            rows.addAll(em.createQuery(
                            "select a.key.reportId, a.memberId, a.memberName from ReportAuthor a where a.key.reportId in :ids",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList());
        }
        return rows;
    }
}
