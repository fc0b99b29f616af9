package org.tongxin.proposal.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.DepartmentDirectory;
import org.tongxin.platform.application.DepartmentSummary;
import org.tongxin.platform.application.FileStore;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.application.Uploads;
import org.tongxin.platform.kernel.FileKind;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.proposal.domain.AnswerDocument;
import org.tongxin.proposal.domain.AnswerDocuments;
import org.tongxin.proposal.domain.Proposal;
import org.tongxin.proposal.domain.ProposalRepository;
import org.tongxin.proposal.domain.ProposalScope;
import org.tongxin.proposal.domain.ProposalState;

/** The signed answer documents (see {@link ProposalAnswerDocumentService}). */
@Stateless
public class ProposalAnswerDocumentServiceBean implements ProposalAnswerDocumentService {

    /** The lead unit may attach while it answers and until the office delivers the answer. */
    private static final Set<ProposalState> ATTACHABLE =
            Set.of(ProposalState.ASSIGNED, ProposalState.REHANDLING, ProposalState.ANSWERED);

    /** The answer is the proposer's to read (as ProposalServiceBean shows it). */
    private static final Set<ProposalState> DELIVERED =
            Set.of(ProposalState.DELIVERED, ProposalState.REHANDLING, ProposalState.RATED, ProposalState.DONE);

    @Inject
    ProposalRepository proposals;

    @Inject
    AnswerDocuments documents;

    @Inject
    FileStore files;

    @Inject
    Uploads uploads;

    @Inject
    Callers callers;

    @Inject
    MemberDirectory members;

    @Inject
    DepartmentDirectory departments;

    @Inject
    OrganisationTime time;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed(Role.HANDLING_UNIT_CODE)
    public Summary attach(long proposalId, String fileName, byte[] content) {
        Caller caller = callers.caller(session.getCallerPrincipal());
        Long department = department(caller);
        Proposal p = proposals
                .proposal(proposalId, scope(caller, null, department))
                .orElseThrow(() -> Problem.notFound("proposal"));
        if (department == null || !Objects.equals(department, p.leadDepartmentId())) {
            throw new Problem(Problem.Kind.FORBIDDEN, "proposal-step-role", "problem.proposal.step-role");
        }
        if (!ATTACHABLE.contains(p.state())) {
            throw Problem.conflict("proposal-state", "problem.proposal.state");
        }
        Uploads.Checked file = uploads.check(fileName, content);
        if (file.kind() != FileKind.PDF) {
            throw Problem.field("file", "file-type", "problem.proposal.answer-pdf");
        }
        String sha = files.put(content);
        // filled before it is persisted: the insert takes the state the entity has when persisted
        AnswerDocument d = documents.of(proposalId).orElse(null);
        boolean fresh = d == null;
        if (fresh) {
            d = new AnswerDocument(proposalId);
        }
        d.replace(file.name(), file.kind().contentType(), content.length, sha, caller.username(), time.now());
        if (fresh) {
            documents.add(d);
        }
        documents.flush();
        return summary(d);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE, Role.HANDLING_UNIT_CODE})
    public Optional<Summary> summary(long proposalId) {
        return shown(proposalId).map(ProposalAnswerDocumentServiceBean::summary);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE, Role.HANDLING_UNIT_CODE})
    public File download(long proposalId) {
        AnswerDocument d = shown(proposalId).orElseThrow(() -> Problem.notFound("answer-document"));
        return new File(d.fileName(), d.contentType(), files.get(d.sha256()));
    }

    /** The document, when the proposal is visible to the caller and its answer shown to them. */
    private Optional<AnswerDocument> shown(long proposalId) {
        Caller caller = callers.caller(session.getCallerPrincipal());
        Long member = caller.hasRole(Role.MEMBER)
                ? members.ofAccount(caller.accountId())
                        .map(MemberDirectory.MemberRef::id)
                        .orElse(null)
                : null;
        Proposal p = proposals
                .proposal(proposalId, scope(caller, member, department(caller)))
                .orElseThrow(() -> Problem.notFound("proposal"));
        boolean staffOrUnit =
                caller.hasRole(Role.OFFICE_STAFF) || caller.hasRole(Role.LEADER) || caller.hasRole(Role.HANDLING_UNIT);
        if (!staffOrUnit && !DELIVERED.contains(p.state())) {
            return Optional.empty();
        }
        return documents.of(proposalId);
    }

    private Long department(Caller caller) {
        return caller.hasRole(Role.HANDLING_UNIT)
                ? departments
                        .ofAccount(caller.accountId())
                        .map(DepartmentSummary::id)
                        .orElse(null)
                : null;
    }

    /** What the caller sees, as ProposalServiceBean scopes it. */
    private static ProposalScope scope(Caller c, Long member, Long unit) {
        boolean office = c.hasRole(Role.OFFICE_STAFF) || c.hasRole(Role.LEADER);
        long org = c.visible().ownId();
        return new ProposalScope(office ? org : null, member, unit, unit == null ? null : org);
    }

    private static Summary summary(AnswerDocument d) {
        return new Summary(d.fileName(), d.contentType(), d.size(), d.uploadedBy(), d.uploadedAt());
    }
}
