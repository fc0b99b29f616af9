package org.tongxin.consultation.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;
import org.tongxin.consultation.domain.ActivityState;
import org.tongxin.consultation.domain.ActivityStep;
import org.tongxin.consultation.domain.ParticipantKind;
import org.tongxin.platform.kernel.Page;
import org.tongxin.studyhall.application.ReadingGroupDirectory;

/**
 * Consultation activities (协商活动). Office staff and leaders see those of their organisation and below, members those
 * of their own organisation; only the office staff of the activity's organisation run it (create, change, the steps
 * of {@link ActivityStep}, participants, attendance, research trips, selecting and marking speeches). Members sign
 * up, check in with the code and submit speeches. The venue is booked through the study hall's booking engine, whose
 * refusals (a slot taken, a closed day…) are the answer. Attendance of a held activity, delivered speeches and
 * research trips done reach the duty ledger in the same transaction.
 */
@Local
public interface ConsultationActivityService {

    int thisYear();

    Page<ActivitySummary> activities(int year, ActivityState state, Page.Request request);

    /**
     * How many consultation activities of the year the caller's organisations hold, by state (every {@link
     * ActivityState} by name, in its order): the leader's dashboard (issue 20). Office staff and leaders.
     */
    java.util.Map<String, Long> countsByState(int year);

    ConsultationActivityDetails activity(long id);

    ConsultationActivityDetails create(NewActivity activity);

    ConsultationActivityDetails update(long id, int version, NewActivity activity);

    /** A step; {@code reason} for a cancellation. Cancelling releases the booking. */
    ConsultationActivityDetails take(long id, int version, ActivityStep step, String reason);

    ConsultationActivityDetails invite(long id, long memberId);

    ConsultationActivityDetails addGuest(long id, ParticipantKind kind, String name, String unit);

    ConsultationActivityDetails removeParticipant(long id, long participantId);

    /** The calling member signs up, within the cap. */
    ConsultationActivityDetails signUp(long id);

    ConsultationActivityDetails withdraw(long id);

    /** The calling member checks in with the activity's code (from the QR code or typed). */
    ConsultationActivityDetails checkIn(String code);

    /** The office ticks or unticks a participant; after the activity was held the duty ledger follows. */
    ConsultationActivityDetails mark(long id, long participantId, boolean present);

    ConsultationActivityDetails addResearch(long id, ResearchInput trip);

    ConsultationActivityDetails changeResearch(long id, long tripId, ResearchInput trip);

    /** The trip took place: each member taking part earns the research credit. */
    ConsultationActivityDetails researchDone(long id, long tripId);

    /**
     * Office staff of the activity's organisation upload a document of a research trip: PDF, images or Office
     * documents judged by the content, at most {@code TONGXIN_ATTACHMENT_MAX_BYTES}; kept in the platform's file store.
     */
    ResearchFileSummary attachResearchFile(long id, long tripId, String fileName, byte[] content);

    /** The trip's uploaded documents, for whoever sees the activity. */
    List<ResearchFileSummary> researchFiles(long id, long tripId);

    /** One uploaded document with its bytes, for whoever sees the activity. */
    ResearchFileDetails researchFile(long id, long tripId, long fileId);

    /** Office staff of the activity's organisation remove an uploaded document. */
    ConsultationActivityDetails removeResearchFile(long id, long tripId, long fileId);

    /**
     * Office staff of the activity's organisation link one of its reading groups (study hall) as the topic group
     * (专题读书群), or unlink it with {@code null}.
     */
    ConsultationActivityDetails linkReadingGroup(long id, Long groupId);

    /** The reading groups of the activity's organisation that may be linked (office staff). */
    List<ReadingGroupDirectory.GroupRef> readingGroupChoices(long id);

    /** The calling member submits a speech. */
    ConsultationActivityDetails submitSpeech(long id, String title, String text);

    ConsultationActivityDetails selectSpeech(long id, long speechId, boolean selected);

    /** A selected speech marked delivered earns its author the speech credit; unmarked, it is withdrawn. */
    ConsultationActivityDetails deliverSpeech(long id, long speechId, boolean delivered);

    /** The active members of the activity's organisation, by id, to invite or send on research (office staff). */
    Map<Long, String> memberChoices(long id);
}
