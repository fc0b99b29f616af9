package org.tongxin.proposal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongxin.proposal.domain.Proposal;
import org.tongxin.proposal.domain.ProposalSession;
import org.tongxin.proposal.domain.ProposalState;
import org.tongxin.proposal.domain.ProposalTracking;
import org.tongxin.proposal.domain.Reminder;

/**
 * The office's tracking queries in JPA. The reminder sweep and the overdue list read by pp_proposal_state_due_ix (state,
 * due date, organisation); the statistics group the organisation's proposals of a year by pp_proposal_org_state_ix
 * (organisation, year, state) and return a few dozen counted rows.
 */
@ApplicationScoped
public class JpaProposalTracking implements ProposalTracking {

    private static final List<ProposalState> OPEN = List.of(ProposalState.ASSIGNED, ProposalState.REHANDLING);

    /** From assignment on: the states of a proposal that has (had) a lead unit working on it. */
    static final List<ProposalState> ASSIGNED = List.of(
            ProposalState.ASSIGNED,
            ProposalState.ANSWERED,
            ProposalState.DELIVERED,
            ProposalState.REHANDLING,
            ProposalState.RATED,
            ProposalState.DONE);

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> reminderCandidates(LocalDate horizon, Long organisationId, int max) {
        Query q = em.createNativeQuery("select x.id from pp_proposal x where x.state in ('ASSIGNED', 'REHANDLING')"
                + " and x.due_on <= ?1"
                + (organisationId == null ? "" : " and x.organisation_id = ?2")
                + " and not exists (select 1 from pp_reminder r where r.proposal_id = x.id and r.kind = 'OVERDUE'"
                + " and r.due_on = x.due_on) order by x.due_on, x.id");
        q.setParameter(1, Date.valueOf(horizon));
        if (organisationId != null) {
            q.setParameter(2, organisationId);
        }
        List<Long> ids = new ArrayList<>();
        for (Object o : q.setMaxResults(max).getResultList()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }

    @Override
    public List<Proposal> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select x from Proposal x where x.id in :ids order by x.due, x.id", Proposal.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> sentReminders(Collection<Long> proposalIds) {
        Set<String> keys = new HashSet<>();
        if (proposalIds.isEmpty()) {
            return keys;
        }
        List<Object[]> rows = em.createNativeQuery(
                        "select proposal_id, kind, due_on from pp_reminder where proposal_id in (:ids)")
                .setParameter("ids", proposalIds)
                .getResultList();
        for (Object[] r : rows) {
            LocalDate due = r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2];
            keys.add(ProposalTracking.reminderKey(((Number) r[0]).longValue(), Reminder.valueOf(r[1].toString()), due));
        }
        return keys;
    }

    @Override
    public void recordReminder(long proposalId, Reminder kind, LocalDate due, Instant at) {
        em.createNativeQuery("insert into pp_reminder (proposal_id, kind, due_on, sent_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, proposalId)
                .setParameter(2, kind.name())
                .setParameter(3, Date.valueOf(due))
                .setParameter(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public List<Proposal> overdue(long organisationId, LocalDate today, int offset, int limit) {
        return em.createQuery(
                        "select x from Proposal x where x.state in :open and x.due < :today"
                                + " and x.organisationId = :org order by x.due, x.id",
                        Proposal.class)
                .setParameter("open", OPEN)
                .setParameter("today", today)
                .setParameter("org", organisationId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOverdue(long organisationId, LocalDate today) {
        return em.createQuery(
                        "select count(x) from Proposal x where x.state in :open and x.due < :today"
                                + " and x.organisationId = :org",
                        Long.class)
                .setParameter("open", OPEN)
                .setParameter("today", today)
                .setParameter("org", organisationId)
                .getSingleResult();
    }

    @Override
    public List<Object[]> figures(long organisationId, Integer year, ProposalSession session, Long plenarySessionId) {
        TypedQuery<Object[]> q = em.createQuery(
                "select x.state, x.answerCategory, x.rating, count(x),"
                        + " sum(case when x.answeredOn is not null and x.answeredOn <= x.due then 1 else 0 end)"
                        + " from Proposal x where x.organisationId = :org"
                        + filter(year, session, plenarySessionId)
                        + " group by x.state, x.answerCategory, x.rating",
                Object[].class);
        q.setParameter("org", organisationId);
        bindFilter(q, year, session, plenarySessionId);
        return q.getResultList();
    }

    @Override
    public List<Object[]> unitFigures(
            long organisationId, Integer year, ProposalSession session, Long plenarySessionId, LocalDate today) {
        TypedQuery<Object[]> q = em.createQuery(
                "select x.leadDepartmentId, x.state, x.rating, count(x),"
                        + " sum(case when x.answeredOn is not null and x.answeredOn <= x.due then 1 else 0 end),"
                        + " sum(case when x.state in :open and x.due < :today then 1 else 0 end)"
                        + " from Proposal x where x.organisationId = :org"
                        + " and x.state in :assigned and x.leadDepartmentId is not null"
                        + filter(year, session, plenarySessionId)
                        + " group by x.leadDepartmentId, x.state, x.rating",
                Object[].class);
        bindFilter(q, year, session, plenarySessionId);
        q.setParameter("org", organisationId)
                .setParameter("open", OPEN)
                .setParameter("today", today)
                .setParameter("assigned", ASSIGNED);
        return q.getResultList();
    }

    /**
     * The year (pp_proposal_org_state_ix), the plenary or interim flag, the dated plenary session
     * (pp_proposal_session_ix); each only when given.
     */
    private static String filter(Integer year, ProposalSession session, Long plenarySessionId) {
        return (year == null ? "" : " and x.year = :year")
                + (session == null ? "" : " and x.session = :session")
                + (plenarySessionId == null ? "" : " and x.plenarySessionId = :plenary");
    }

    private static void bindFilter(TypedQuery<?> q, Integer year, ProposalSession session, Long plenarySessionId) {
        if (year != null) {
            q.setParameter("year", year);
        }
        if (session != null) {
            q.setParameter("session", session);
        }
        if (plenarySessionId != null) {
            q.setParameter("plenary", plenarySessionId);
        }
    }
}
