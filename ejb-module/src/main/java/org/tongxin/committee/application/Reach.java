package org.tongxin.committee.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.kernel.Problem;

/**
 * What a caller may reach in the committee context: members and organisations of the organisations
 * they may see. Anything else is "not found", so that its existence stays private.
 */
@ApplicationScoped
public class Reach {

    @Inject
    MemberRepository members;

    @Inject
    Callers callers;

    public Member member(Caller caller, long id) {
        return members.byId(id)
                .filter(m -> callers.organisationVisible(caller, m.organisationId()))
                .orElseThrow(() -> Problem.notFound("member"));
    }

    public void organisation(Caller caller, long organisationId) {
        if (!callers.organisationVisible(caller, organisationId)) {
            throw Problem.notFound("organisation");
        }
    }
}
