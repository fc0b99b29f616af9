package org.tongxin.inforeport.application;

import java.util.List;
import org.tongxin.inforeport.domain.Draft;
import org.tongxin.inforeport.domain.Instruction;

/**
 * Information reports. A move not allowed in the report's state answers a conflict (409); a report the
 * caller may not see answers not found (404); a move of the wrong role answers forbidden (403). Lists and
 * search: {@link ReportSearchService}; attachments: {@link ReportAttachmentService}.
 */
public interface ReportService {

    List<TopicSummary> topics();

    /** A member writes a draft; they are its first author. */
    ReportDetails create(NewReport report);

    /** The contact points the calling member is assigned to: the sources a report of theirs may name. */
    List<ReportDetails.Source> myPoints();

    /** The first author changes a draft or a returned report. */
    ReportDetails revise(long id, Draft draft);

    ReportDetails submit(long id);

    /**
     * Another system of the office (a service account with the {@code remote-reports} role, through the remote facade
     * {@code ReportIntakeRemote}) files a report on behalf of a member of an organisation it sees: written and
     * submitted at once, the member its first author (co-authors of the same organisation), the submission's duty
     * points theirs, the path naming the account that filed it.
     */
    SubmittedReport submitFor(long memberId, NewReport report);

    ReportDetails startEditing(long id);

    /**
     * An editor combines reports their level holds (submitted or being edited) into a combined report
     * (综合稿) with its own text; the sources are marked merged and stay linked. The combined report's
     * authors are the sources' first authors, in order: its adoption is split between them.
     */
    ReportDetails combine(List<Long> sourceIds, Draft draft);

    /** An editor changes the text while editing; the version is kept. */
    ReportDetails edit(long id, Draft draft);

    ReportDetails returnToAuthor(long id, String note);

    ReportDetails decline(long id, String reason);

    ReportDetails adopt(long id);

    /** An editor forwards an adopted report to the organisation above (报送). */
    ReportDetails forward(long id);

    ReportDetails instruct(long id, Instruction.Facts facts);

    /** An editor voids their level's adoption, with a reason; its points are voided too. */
    ReportDetails voidAdoption(long id, String reason);

    ReportDetails report(long id);

    List<ReportStepRow> trace(long id);

    /** What editors changed: the author's last version against the text as it stands. */
    List<DiffLineRow> changes(long id);
}
