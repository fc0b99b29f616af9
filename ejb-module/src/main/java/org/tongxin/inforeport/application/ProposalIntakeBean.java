package org.tongxin.inforeport.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.inforeport.domain.Draft;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAction;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.ReportVersion;
import org.tongxin.inforeport.domain.Topic;
import org.tongxin.inforeport.domain.Transition;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.CallerNames;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/** A proposal converted into a draft report (see {@link ProposalIntake}). */
@Stateless
public class ProposalIntakeBean implements ProposalIntake {

    @Inject
    ReportRepository reports;

    @Inject
    MemberDirectory directory;

    @Inject
    Callers callers;

    @Inject
    CallerNames callerNames;

    @Inject
    OrganisationTime time;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public long draftFromProposal(ConvertedProposal p) {
        Caller caller = callers.caller(session.getCallerPrincipal());
        long org = p.organisationId();
        if (org != caller.visible().ownId()) {
            throw Problem.forbidden();
        }
        String topic = topic(org, p.topic());
        Draft draft = new Draft(p.title(), p.body(), List.of(p.suggestions()), topic);
        Set<Long> ids = new LinkedHashSet<>(p.authorIds());
        List<MemberDirectory.MemberRef> authors = ids.stream()
                .map(id -> directory
                        .member(id)
                        .filter(m -> m.organisationId() == org)
                        .orElseThrow(() -> Problem.field("authors", "invalid-co-author", "problem.report.co-author")))
                .toList();
        if (authors.isEmpty()) {
            throw Problem.field("authors", "invalid-co-author", "problem.report.co-author");
        }
        Report report = new Report(org, caller.accountId(), draft, time.now());
        reports.add(report);
        reports.flush();
        for (int i = 0; i < authors.size(); i++) {
            MemberDirectory.MemberRef a = authors.get(i);
            reports.add(new ReportAuthor(report, i, a.id(), a.accountId(), a.name()));
        }
        reports.add(new ReportVersion(report, 1, ReportVersion.Kind.AUTHOR, caller.username(), time.now()));
        String name = callerNames.displayName(session.getCallerPrincipal());
        reports.add(new Transition(
                report, org, ReportAction.CREATE, null, caller.username(), name, "proposal", time.now()));
        reports.flush();
        return report.id();
    }

    /** The named topic when the organisation's new reports may take it, else its first usable one. */
    private String topic(long org, String asked) {
        Set<String> hidden = reports.hiddenTopics(org);
        List<Topic> usable = reports.topics(org).stream()
                .filter(t -> t.active() && !(t.global() && hidden.contains(t.code())))
                .toList();
        if (asked == null || asked.isBlank()) {
            return usable.stream()
                    .findFirst()
                    .map(Topic::code)
                    .orElseThrow(() -> Problem.field("topic", "invalid-topic", "problem.report.topic"));
        }
        return usable.stream()
                .filter(t -> t.code().equals(asked.strip()))
                .findFirst()
                .map(Topic::code)
                .orElseThrow(() -> Problem.field("topic", "invalid-topic", "problem.report.topic"));
    }
}
