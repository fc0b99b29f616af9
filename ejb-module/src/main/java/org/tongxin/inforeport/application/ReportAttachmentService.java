package org.tongxin.inforeport.application;

import java.util.List;

/** A report's attachments. A report the caller may not see answers not found (404). */
public interface ReportAttachmentService {

    /**
     * Attaches a file: PDF, images or Office documents only, judged by the content, at most the
     * configured size (default 20 MB); by the first author while the report is theirs to change, or by
     * the editor while editing.
     */
    AttachmentSummary attach(long id, String fileName, byte[] content);

    List<AttachmentSummary> attachments(long id);

    AttachmentDetails download(long id, long attachmentId);
}
