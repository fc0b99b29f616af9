package org.tongxin.inforeport.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.tongxin.inforeport.domain.Attachment;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.FileStore;
import org.tongxin.platform.application.Uploads;
import org.tongxin.platform.kernel.FileKind;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/** Attachments of reports: checked by content and size, kept by their hash in the file store. */
@Stateless
public class ReportAttachmentServiceBean implements ReportAttachmentService {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    ReportAccess access;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    FileStore files;

    @Inject
    Uploads uploads;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE})
    public AttachmentSummary attach(long id, String fileName, byte[] content) {
        Caller caller = caller();
        Report report = access.visible(caller, id);
        boolean editor = ReportAccess.editorHere(caller, report) && report.state() == ReportState.EDITING;
        boolean author = access.firstAuthor(caller, id)
                && (report.state() == ReportState.DRAFT || report.state() == ReportState.RETURNED);
        if (!editor && !author) {
            throw Problem.conflict("wrong-state", "problem.report.wrong-state");
        }
        Uploads.Checked file = uploads.check(fileName, content);
        String name = file.name();
        FileKind kind = file.kind();
        String sha = files.put(content);
        Attachment a = new Attachment(report, name, kind, content.length, sha, caller.username(), clock.instant());
        em.persist(a);
        em.flush();
        return summary(a);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<AttachmentSummary> attachments(long id) {
        access.visible(caller(), id);
        return em.createQuery("select a from Attachment a where a.reportId = :r order by a.id", Attachment.class)
                .setParameter("r", id)
                .getResultStream()
                .map(ReportAttachmentServiceBean::summary)
                .toList();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public AttachmentDetails download(long id, long attachmentId) {
        access.visible(caller(), id);
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || a.reportId() != id) {
            throw Problem.notFound("attachment");
        }
        return new AttachmentDetails(a.fileName(), a.contentType(), files.get(a.sha256()));
    }

    private static AttachmentSummary summary(Attachment a) {
        return new AttachmentSummary(a.id(), a.fileName(), a.contentType(), a.size(), a.sha256(), a.uploadedAt());
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
