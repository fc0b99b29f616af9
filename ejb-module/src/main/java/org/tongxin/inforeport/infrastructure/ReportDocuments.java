package org.tongxin.inforeport.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAction;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Chunks;

/**
 * Reads reports as the index sees them, a batch at a time: the report, its authors, the organisations that handled it, and whether an adoption
 * of it stands. Always in a transaction of its own: it reads what is committed, and clearing its
 * persistence context after a batch touches nobody else's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportDocuments {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    /** The next reports in the order (modification time, id) after a bookmark. */
    public List<ReportTextIndex.Doc> after(Instant updatedAt, long id, int limit) {
        List<Report> found = em.createQuery(
                        "select r from Report r where r.updatedAt >= :t and (r.updatedAt > :t or r.id > :id)"
                                + " order by r.updatedAt, r.id",
                        Report.class)
                .setParameter("t", updatedAt)
                .setParameter("id", id)
                .setMaxResults(limit)
                .getResultList();
        return docs(found);
    }

    /** A report's identity and modification time, as the scan's overlap window compares them with what it indexed. */
    public record Stamp(long id, Instant updatedAt) {}

    /**
     * The reports stamped from {@code from} up to the bookmark ({@code updatedAt}, {@code id}) inclusive: the window
     * the scan reads again, because a transaction stamped there may have committed after the scan passed it.
     */
    public List<Stamp> stamped(Instant from, Instant updatedAt, long id) {
        return em
                .createQuery(
                        "select r.id, r.updatedAt from Report r where r.updatedAt >= :from"
                                + " and (r.updatedAt < :t or (r.updatedAt = :t and r.id <= :id))",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("t", updatedAt)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .map(row -> new Stamp((Long) row[0], (Instant) row[1]))
                .toList();
    }

    public List<ReportTextIndex.Doc> load(Collection<Long> ids) {
        List<Report> found = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(ids)) {
            found.addAll(em.createQuery("select r from Report r where r.id in :ids", Report.class)
                    .setParameter("ids", chunk)
                    .getResultList());
        }
        return docs(found);
    }

    public long count() {
        return em.createQuery("select count(r) from Report r", Long.class).getSingleResult();
    }

    /** What tells this database from another one (a new H2 file, a restored dump): when its schema was begun. */
    public String fingerprint() {
        try {
            Object first = em.createNativeQuery(
                            "select \"installed_on\" from \"flyway_schema_history\" where \"installed_rank\" = 1")
                    .getSingleResult();
            return String.valueOf(first);
        } catch (RuntimeException unknown) {
            return "";
        }
    }

    private List<ReportTextIndex.Doc> docs(List<Report> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        List<Long> ids = reports.stream().map(Report::id).toList();
        Map<Long, Set<Long>> accounts = new HashMap<>();
        Map<Long, Set<Long>> members = new HashMap<>();
        Map<Long, String> firstAuthors = new HashMap<>();
        Map<Long, Set<Long>> handled = new HashMap<>();
        Set<Long> adopted = new HashSet<>();
        Set<Long> orgIds = new HashSet<>();
        reports.forEach(r -> orgIds.add(r.currentOrganisationId()));
        Map<Long, String> levels = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ids)) {
            for (Object[] row : em.createQuery(
                            "select a.key.reportId, a.accountId, a.memberId, a.memberName from ReportAuthor a"
                                    + " where a.key.reportId in :ids order by a.key.position",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()) {
                firstAuthors.putIfAbsent((Long) row[0], (String) row[3]);
                if (row[1] != null) {
                    accounts.computeIfAbsent((Long) row[0], k -> new HashSet<>())
                            .add((Long) row[1]);
                }
                members.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[2]);
            }
            for (Object[] row : em.createQuery(
                            "select distinct t.reportId, t.organisationId from Transition t where t.reportId in :ids"
                                    + " and t.action not in :authorMoves",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .setParameter("authorMoves", List.of(ReportAction.CREATE, ReportAction.REVISE))
                    .getResultList()) {
                handled.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
            }
            adopted.addAll(em.createQuery(
                            "select distinct a.reportId from Adoption a where a.reportId in :ids and a.voidedAt is null",
                            Long.class)
                    .setParameter("ids", chunk)
                    .getResultList());
        }
        for (long o : orgIds) {
            organisations.find(o).ifPresent(s -> levels.put(o, String.valueOf(s.level())));
        }
        Map<Long, ZoneId> zones = new HashMap<>();
        List<ReportTextIndex.Doc> docs = new ArrayList<>(reports.size());
        for (Report r : reports) {
            Instant day = r.submittedAt() != null ? r.submittedAt() : r.createdAt();
            docs.add(new ReportTextIndex.Doc(
                    r.id(),
                    r.title(),
                    r.body(),
                    String.join("\n", r.proposals()),
                    r.topic(),
                    r.state(),
                    r.organisationId(),
                    r.currentOrganisationId(),
                    levels.getOrDefault(r.currentOrganisationId(), ""),
                    accounts.getOrDefault(r.id(), Set.of()),
                    members.getOrDefault(r.id(), Set.of()),
                    handled.getOrDefault(r.id(), Set.of()),
                    adopted.contains(r.id()),
                    LocalDate.ofInstant(day, zones.computeIfAbsent(r.organisationId(), time::zone)),
                    r.updatedAt(),
                    firstAuthors.getOrDefault(r.id(), ""),
                    r.submittedAt()));
        }
        em.clear();
        return docs;
    }
}
