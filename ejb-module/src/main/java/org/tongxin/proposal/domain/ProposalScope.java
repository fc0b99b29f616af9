package org.tongxin.proposal.domain;

/**
 * What a caller may see, as the database filters it (any of the parts that is set, or-ed): the proposals of an
 * organisation (its proposal office, its leaders), a member's own and co-signed ones, a department's assignments
 * (lead or co-handling) in its organisation. Nothing set: nothing visible.
 */
public record ProposalScope(Long organisationId, Long memberId, Long departmentId, Long departmentOrganisationId) {

    public boolean empty() {
        return organisationId == null && memberId == null && departmentId == null;
    }
}
