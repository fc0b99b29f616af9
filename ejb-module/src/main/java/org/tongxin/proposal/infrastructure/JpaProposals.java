package org.tongxin.proposal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongxin.proposal.domain.Proposal;
import org.tongxin.proposal.domain.ProposalQuery;
import org.tongxin.proposal.domain.ProposalRepository;
import org.tongxin.proposal.domain.ProposalScope;

/**
 * Proposals in JPA; every query filters by the caller's scope in the database. The office's queues read by
 * pp_proposal_org_state_ix (organisation, year, state), a member's list by pp_proposal_proposer_ix and
 * pp_co_signer_member_ix, a unit's by pp_proposal_lead_ix and pp_co_unit_department_ix; the key proposals and a
 * leader's supervised ones by pp_proposal_key_ix, the proposals merged into one by pp_proposal_merged_into_ix.
 */
@ApplicationScoped
public class JpaProposals implements ProposalRepository {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public void add(Proposal proposal) {
        em.persist(proposal);
    }

    @Override
    public Optional<Proposal> proposal(long id, ProposalScope scope) {
        if (scope.empty()) {
            return Optional.empty();
        }
        TypedQuery<Proposal> q =
                em.createQuery("select x from Proposal x where x.id = :id and" + scope(scope), Proposal.class);
        q.setParameter("id", id);
        bindScope(q, scope);
        return q.getResultStream().findFirst();
    }

    @Override
    public List<Proposal> proposals(ProposalQuery query, ProposalScope scope, int offset, int limit) {
        if (scope.empty()) {
            return List.of();
        }
        Listed listed = listed(query, scope);
        TypedQuery<Proposal> q = em.createQuery(
                "select x from Proposal x where" + listed.where() + " order by x.createdAt desc, x.id desc",
                Proposal.class);
        listed.bind(q);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ProposalQuery query, ProposalScope scope) {
        if (scope.empty()) {
            return 0;
        }
        Listed listed = listed(query, scope);
        TypedQuery<Long> q = em.createQuery("select count(x) from Proposal x where" + listed.where(), Long.class);
        listed.bind(q);
        return q.getSingleResult();
    }

    /**
     * The condition of a list or count, and its parameters. A member's co-signed and merged-in proposals and a unit's
     * co-handled ones are looked up first (by pp_co_signer_member_ix, pp_merged_proposer_member_ix,
     * pp_co_unit_department_ix) and named by id: or-ed with the proposer or the lead unit, a subquery made PostgreSQL
     * read the whole table (a member's list took 215 ms in the database at 100,000 proposals), the ids let it combine
     * the indexes (docs/performance.md, "Proposals benchmark").
     */
    private Listed listed(ProposalQuery query, ProposalScope scope) {
        Map<String, Object> params = new HashMap<>();
        List<String> parts = new ArrayList<>();
        String filter = "";
        if (query.state() != null) {
            filter += " and p.state = :state";
        }
        if (query.year() != null) {
            filter += " and p.year = :year";
        }
        if (scope.organisationId() != null) {
            parts.add("x.organisationId = :org");
            params.put("org", scope.organisationId());
        }
        if (scope.memberId() != null) {
            List<Long> ids = new ArrayList<>(ids(
                    "select p.id from Proposal p join p.coSigners c where c.memberId = :member" + filter,
                    "member",
                    scope.memberId(),
                    query));
            ids.addAll(ids(
                    "select p.id from Proposal p join p.mergedProposers m where m.memberId = :member" + filter,
                    "member",
                    scope.memberId(),
                    query));
            parts.add("x.proposerId = :member" + (ids.isEmpty() ? "" : " or x.id in :memberIds"));
            params.put("member", scope.memberId());
            if (!ids.isEmpty()) {
                params.put("memberIds", ids);
            }
        }
        if (scope.departmentId() != null) {
            List<Long> ids = ids(
                    "select p.id from Proposal p join p.coDepartmentIds u where u = :unit" + filter,
                    "unit",
                    scope.departmentId(),
                    query);
            parts.add("x.organisationId = :unitOrg and (x.leadDepartmentId = :unit"
                    + (ids.isEmpty() ? "" : " or x.id in :unitIds") + ")");
            params.put("unitOrg", scope.departmentOrganisationId());
            params.put("unit", scope.departmentId());
            if (!ids.isEmpty()) {
                params.put("unitIds", ids);
            }
        }
        StringBuilder w = new StringBuilder(" ("
                + String.join(" or ", parts.stream().map(p -> "(" + p + ")").toList()) + ")");
        if (query.state() != null) {
            w.append(" and x.state = :state");
            params.put("state", query.state());
        }
        if (query.year() != null) {
            w.append(" and x.year = :year");
            params.put("year", query.year());
        }
        // key proposals and a leader's supervised ones (pp_proposal_key_ix: organisation, key, supervisor)
        if (query.key() != null) {
            w.append(" and x.key = :key");
            params.put("key", query.key());
        }
        if (query.supervisorAccountId() != null) {
            w.append(" and x.supervisorAccountId = :supervisor");
            params.put("supervisor", query.supervisorAccountId());
        }
        return new Listed(w.toString(), params);
    }

    private List<Long> ids(String jpql, String name, long value, ProposalQuery query) {
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter(name, value);
        if (query.state() != null) {
            q.setParameter("state", query.state());
        }
        if (query.year() != null) {
            q.setParameter("year", query.year());
        }
        return q.getResultList();
    }

    /** A list's condition and its parameters. */
    private record Listed(String where, Map<String, Object> params) {
        void bind(TypedQuery<?> q) {
            params.forEach(q::setParameter);
        }
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void remove(Proposal proposal) {
        // the audit listener records every removed collection's contents after the delete, when a lazy collection can
        // no longer be loaded: load them first (a draft's are small: its co-signers, the others empty)
        proposal.coSigners().size();
        proposal.coDepartmentIds().size();
        proposal.mergedProposers().size();
        proposal.opinions().size();
        proposal.instructions().size();
        proposal.interviews().size();
        em.remove(proposal);
    }

    @Override
    public List<Proposal> mergedInto(long mainId) {
        // pp_proposal_merged_into_ix
        return em.createQuery(
                        "select x from Proposal x where x.mergedIntoId = :main and x.state = :merged order by x.id",
                        Proposal.class)
                .setParameter("main", mainId)
                .setParameter("merged", org.tongxin.proposal.domain.ProposalState.MERGED)
                .getResultList();
    }

    private static String scope(ProposalScope scope) {
        List<String> parts = new ArrayList<>();
        if (scope.organisationId() != null) {
            parts.add("x.organisationId = :org");
        }
        if (scope.memberId() != null) {
            parts.add("x.proposerId = :member"
                    + " or x.id in (select p.id from Proposal p join p.coSigners c where c.memberId = :member)"
                    // a proposer of a proposal merged into this one (pp_merged_proposer_member_ix)
                    + " or x.id in (select p.id from Proposal p join p.mergedProposers m where m.memberId = :member)");
        }
        if (scope.departmentId() != null) {
            parts.add("x.organisationId = :unitOrg and (x.leadDepartmentId = :unit"
                    + " or x.id in (select p.id from Proposal p join p.coDepartmentIds u where u = :unit))");
        }
        return " (" + String.join(" or ", parts.stream().map(p -> "(" + p + ")").toList()) + ")";
    }

    private static void bindScope(TypedQuery<?> q, ProposalScope scope) {
        if (scope.organisationId() != null) {
            q.setParameter("org", scope.organisationId());
        }
        if (scope.memberId() != null) {
            q.setParameter("member", scope.memberId());
        }
        if (scope.departmentId() != null) {
            q.setParameter("unitOrg", scope.departmentOrganisationId());
            q.setParameter("unit", scope.departmentId());
        }
    }
}
