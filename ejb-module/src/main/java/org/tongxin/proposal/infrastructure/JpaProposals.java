package org.tongxin.proposal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
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
        TypedQuery<Proposal> q = em.createQuery(
                "select x from Proposal x where" + where(query, scope) + " order by x.createdAt desc, x.id desc",
                Proposal.class);
        bind(q, query, scope);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ProposalQuery query, ProposalScope scope) {
        if (scope.empty()) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("select count(x) from Proposal x where" + where(query, scope), Long.class);
        bind(q, query, scope);
        return q.getSingleResult();
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

    private static String where(ProposalQuery query, ProposalScope scope) {
        StringBuilder w = new StringBuilder(scope(scope));
        if (query.state() != null) {
            w.append(" and x.state = :state");
        }
        if (query.year() != null) {
            w.append(" and x.year = :year");
        }
        // issue 18: key proposals and a leader's supervised ones (pp_proposal_key_ix: organisation, key, supervisor)
        if (query.key() != null) {
            w.append(" and x.key = :key");
        }
        if (query.supervisorAccountId() != null) {
            w.append(" and x.supervisorAccountId = :supervisor");
        }
        return w.toString();
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

    private static void bind(TypedQuery<?> q, ProposalQuery query, ProposalScope scope) {
        bindScope(q, scope);
        if (query.state() != null) {
            q.setParameter("state", query.state());
        }
        if (query.year() != null) {
            q.setParameter("year", query.year());
        }
        if (query.key() != null) {
            q.setParameter("key", query.key());
        }
        if (query.supervisorAccountId() != null) {
            q.setParameter("supervisor", query.supervisorAccountId());
        }
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
