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
import org.tongxin.inforeport.domain.FileKind;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.platform.kernel.PlainText;
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

    @Resource
    SessionContext session;

    /** The largest attachment accepted, in bytes ({@code TONGXIN_ATTACHMENT_MAX_BYTES}, default 20 MB). */
    static long maxAttachmentBytes() {
        return PlatformSettings.get("tongxin.attachment-max-bytes")
                .map(Long::parseLong)
                .orElse(20L * 1024 * 1024);
    }

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
        String name = safeName(fileName);
        if (content == null || content.length == 0) {
            throw Problem.field("file", "file-empty", "problem.attachment.empty");
        }
        long max = maxAttachmentBytes();
        if (content.length > max) {
            throw Problem.field("file", "file-too-large", "problem.attachment.too-large", max / (1024 * 1024));
        }
        FileKind kind = FileKind.of(content, name)
                .orElseThrow(() -> Problem.field("file", "file-type", "problem.attachment.type"));
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

    /** The last part of a name as typed, without control characters or separators, at most 200 characters. */
    static String safeName(String fileName) {
        // control and bidirectional override characters are refused, not quietly replaced: "gpj.exe" shown as "exe.jpg"
        PlainText.check("file", fileName, true);
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"<>|:*?]", "_")
                .strip();
        if (n.isEmpty()) {
            throw Problem.field("file", "file-name", "problem.attachment.name");
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
