package org.tongxin.proposal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.tongxin.proposal.domain.ProposalHints;
import org.tongxin.proposal.domain.ProposalState;

/**
 * The similar-proposal hint in JPA: the score (pairs of characters a title contains, {@code locate(xy, title) > 0})
 * is computed, compared and sorted in the database, which returns the few best rows. The scan is bounded by
 * pp_proposal_hint_ix (organisation, filing year, state, title, proposer, id): one organisation's proposals of the
 * last five years, a few thousand titles even for a province, read from the index alone, so no full-text index is
 * needed for titles (see docs/proposals.md). {@code locate} rather than {@code like '%xy%'}: the same test (a pair
 * is letters and digits, never a wildcard), about half the time on PostgreSQL (docs/performance.md, "Proposals
 * benchmark").
 */
@ApplicationScoped
public class JpaProposalHints implements ProposalHints {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public List<Object[]> similar(
            long organisationId,
            int fromYear,
            List<ProposalState> states,
            Long memberId,
            List<String> pairs,
            int min,
            Long exclude,
            int limit) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            terms.add("case when locate(:p" + i + ", x.title) > 0 then 1 else 0 end");
        }
        String score = "(" + String.join(" + ", terms) + ")";
        TypedQuery<Object[]> q = em.createQuery(
                "select x.id, x.title, x.year, x.state, x.proposerId, " + score
                        + " from Proposal x where x.organisationId = :org and x.year >= :from"
                        + " and (x.state in :states" + (memberId == null ? "" : " or x.proposerId = :member") + ")"
                        + (exclude == null ? "" : " and x.id <> :exclude")
                        + " and " + score + " >= :min"
                        + " order by " + score + " desc, x.year desc, x.id desc",
                Object[].class);
        q.setParameter("org", organisationId)
                .setParameter("from", fromYear)
                .setParameter("states", states)
                .setParameter("min", min);
        if (memberId != null) {
            q.setParameter("member", memberId);
        }
        if (exclude != null) {
            q.setParameter("exclude", exclude);
        }
        for (int i = 0; i < pairs.size(); i++) {
            q.setParameter("p" + i, pairs.get(i));
        }
        return q.setMaxResults(limit).getResultList();
    }
}
