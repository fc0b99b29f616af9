package org.tongxin.committee.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.platform.application.ExternalMemberClaim;

/**
 * Links the roster member a directory or a provider names to the account signing in, in the login's
 * transaction. A member who left the roster, or who is already linked to another account, is left
 * alone: the office decides then (the member page links and unlinks).
 */
@ApplicationScoped
public class ExternalMemberClaims {

    @Inject
    MemberRepository members;

    void onClaim(@Observes ExternalMemberClaim claim) {
        if (members.byAccount(claim.accountId()).isPresent()) {
            return; // one member per account: already linked
        }
        members.byRosterKeyForUpdate(claim.organisationId(), claim.rosterKey())
                .filter(m -> m.status() != MemberStatus.LEFT)
                .filter(m -> m.accountId() == null)
                .ifPresent(m -> m.linkAccount(claim.accountId()));
    }
}
