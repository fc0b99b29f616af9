package org.tongxin.proposal.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Role;
import org.tongxin.proposal.domain.ProposalHints;
import org.tongxin.proposal.domain.ProposalState;
import org.tongxin.proposal.domain.SimilarText;

/** The similar-proposal hint (see {@link ProposalHintService}). */
@Stateless
public class ProposalHintServiceBean implements ProposalHintService {

    /** The filing years looked at: this one and the four before (about a committee's term). */
    static final int YEARS = 5;

    /** What a member may see the title of: the organisation's accepted proposals, whatever happened after. */
    static final List<ProposalState> ACCEPTED = List.of(
            ProposalState.ACCEPTED,
            ProposalState.ASSIGNED,
            ProposalState.ANSWERED,
            ProposalState.DELIVERED,
            ProposalState.REHANDLING,
            ProposalState.RATED,
            ProposalState.DONE);

    /** The office and leaders: everything filed (drafts are their authors'). */
    static final List<ProposalState> FILED = Arrays.stream(ProposalState.values())
            .filter(s -> s != ProposalState.DRAFT)
            .toList();

    @Inject
    ProposalHints hints;

    @Inject
    Callers callers;

    @Inject
    MemberDirectory members;

    @Inject
    OrganisationTime time;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public List<SimilarProposal> similar(String text, Long exclude) {
        List<String> pairs = SimilarText.pairs(text);
        if (pairs.isEmpty()) {
            return List.of();
        }
        Caller caller = callers.caller(session.getCallerPrincipal());
        long org = caller.visible().ownId();
        boolean office = caller.hasRole(Role.OFFICE_STAFF) || caller.hasRole(Role.LEADER);
        Long member = caller.hasRole(Role.MEMBER)
                ? members.ofAccount(caller.accountId())
                        .map(MemberDirectory.MemberRef::id)
                        .orElse(null)
                : null;
        int year = time.year(org);
        return hints
                .similar(
                        org,
                        year - YEARS + 1,
                        office ? FILED : ACCEPTED,
                        member,
                        pairs,
                        SimilarText.threshold(pairs.size()),
                        exclude,
                        MAX)
                .stream()
                .map(r -> new SimilarProposal(
                        (Long) r[0],
                        (String) r[1],
                        ((Number) r[2]).intValue(),
                        (ProposalState) r[3],
                        ((Number) r[5]).intValue(),
                        office || (member != null && member.equals(r[4]))))
                .toList();
    }
}
