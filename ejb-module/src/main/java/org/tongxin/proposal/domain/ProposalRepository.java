package org.tongxin.proposal.domain;

import java.util.List;
import java.util.Optional;

/** Proposals, always filtered in the database by what the caller may see ({@link ProposalScope}). */
public interface ProposalRepository {

    void add(Proposal proposal);

    Optional<Proposal> proposal(long id, ProposalScope scope);

    /** One page of the proposals matching the query within the scope, newest first. */
    List<Proposal> proposals(ProposalQuery query, ProposalScope scope, int offset, int limit);

    long count(ProposalQuery query, ProposalScope scope);

    void flush();

    /** Deletes a proposal (a discarded draft), its co-signers' invitations with it. */
    void remove(Proposal proposal);

    /** The proposals merged into this one (state MERGED), oldest first. */
    List<Proposal> mergedInto(long mainId);
}
