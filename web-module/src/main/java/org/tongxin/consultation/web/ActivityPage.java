package org.tongxin.consultation.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tongxin.consultation.application.ConsultationActivityDetails;
import org.tongxin.consultation.application.ConsultationActivityService;
import org.tongxin.consultation.application.ResearchFileDetails;
import org.tongxin.consultation.application.ResearchInput;
import org.tongxin.consultation.domain.ActivityStep;
import org.tongxin.consultation.domain.ParticipantKind;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;
import org.tongxin.platform.web.QrSvg;
import org.tongxin.studyhall.application.ReadingGroupDirectory;

/**
 * consultation/activity.xhtml?id=: one consultation activity. The office runs it (steps, participants, the check-in
 * QR code, attendance, research trips with their uploaded documents, the linked reading group, selecting and marking
 * speeches); a member signs up or withdraws, checks in and
 * submits a speech; leaders read it.
 */
@Named("csActivityPage")
@ViewScoped
public class ActivityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("reason", "activityForm:reason"),
            Map.entry("memberId", "participantForm:member"),
            Map.entry("name", "participantForm:guestName"),
            Map.entry("unit", "participantForm:guestUnit"),
            Map.entry("on", "researchForm:tripOn"),
            Map.entry("place", "researchForm:tripPlace"),
            Map.entry("memberIds", "researchForm:tripMembers"),
            Map.entry("findings", "researchForm:findings"),
            Map.entry("readingGroupId", "activityForm:readingGroup"),
            Map.entry("title", "speechForm:title"),
            Map.entry("text", "speechForm:text"));

    @EJB
    ConsultationActivityService service;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private Long id;
    private ConsultationActivityDetails activity;
    private Map<Long, String> memberChoices = Map.of();
    private List<ReadingGroupDirectory.GroupRef> groupChoices = List.of();
    private Long readingGroupId;

    private String reason;
    private Long memberId;
    private ParticipantKind guestKind = ParticipantKind.DEPARTMENT;
    private String guestName;
    private String guestUnit;
    private LocalDate tripOn;
    private String tripPlace;
    private List<Long> tripMembers = new ArrayList<>();
    private String tripFindings;
    private String tripDocuments;
    private String speechTitle;
    private String speechText;

    public void load() {
        if (id == null) {
            return;
        }
        if (!Pages.attempt(() -> activity = service.activity(id))) {
            activity = null;
            return;
        }
        if (activity.editable() && memberChoices.isEmpty()) {
            Pages.attempt(() -> memberChoices = service.memberChoices(id));
            Pages.attempt(() -> groupChoices = service.readingGroupChoices(id));
        }
        readingGroupId =
                activity.readingGroup() == null ? null : activity.readingGroup().id();
    }

    /** Runs an action of the page and, when it succeeded, says what happened (the key {@code done}). */
    private void act(String done, Runnable action) {
        if (Pages.attempt(action::run, FIELDS)) {
            Pages.info(done);
        }
    }

    public boolean may(String step) {
        return activity != null && activity.steps().contains(ActivityStep.valueOf(step));
    }

    public void take(String step) {
        act(
                "csa.done.step." + step,
                () -> activity = service.take(id, activity.version(), ActivityStep.valueOf(step), reason));
    }

    public void signUp() {
        act("csa.done.sign-up", () -> activity = service.signUp(id));
    }

    public void withdraw() {
        act("csa.done.withdraw", () -> activity = service.withdraw(id));
    }

    public void invite() {
        if (memberId != null) {
            act("csa.done.invite", () -> activity = service.invite(id, memberId));
        }
    }

    public void addGuest() {
        act("csa.done.guest", () -> {
            activity = service.addGuest(id, guestKind, guestName, guestUnit);
            guestName = null;
            guestUnit = null;
        });
    }

    public void remove(long participantId) {
        act("csa.done.remove", () -> activity = service.removeParticipant(id, participantId));
    }

    public void mark(long participantId, boolean present) {
        act(
                present ? "csa.done.present" : "csa.done.absent",
                () -> activity = service.mark(id, participantId, present));
    }

    public void addResearch() {
        act("csa.done.research-added", () -> {
            activity = service.addResearch(
                    id,
                    new ResearchInput(
                            tripOn,
                            tripPlace,
                            tripMembers,
                            tripFindings,
                            tripDocuments == null ? List.of() : Arrays.asList(tripDocuments.split("\\R"))));
            tripPlace = null;
            tripMembers = new ArrayList<>();
            tripFindings = null;
            tripDocuments = null;
        });
    }

    public void researchDone(long tripId) {
        act("csa.done.research-done", () -> activity = service.researchDone(id, tripId));
    }

    /** A document of a trip uploaded from its row ({@code tripId} an attribute of the upload component). */
    public void upload(FileUploadEvent event) {
        long tripId = ((Number) event.getComponent().getAttributes().get("tripId")).longValue();
        act("csa.done.file-added", () -> {
            service.attachResearchFile(
                    id, tripId, event.getFile().getFileName(), event.getFile().getContent());
            activity = service.activity(id);
        });
    }

    public StreamedContent file(long tripId, long fileId) {
        ResearchFileDetails d = service.researchFile(id, tripId, fileId);
        return DefaultStreamedContent.builder()
                .name(d.fileName())
                .contentType(d.contentType())
                .contentLength((long) d.content().length)
                .stream(() -> new ByteArrayInputStream(d.content()))
                .build();
    }

    public void removeFile(long tripId, long fileId) {
        act("csa.done.file-removed", () -> activity = service.removeResearchFile(id, tripId, fileId));
    }

    public void linkReadingGroup() {
        act("csa.done.group-linked", () -> activity = service.linkReadingGroup(id, readingGroupId));
    }

    public void submitSpeech() {
        act("csa.done.speech-submitted", () -> activity = service.submitSpeech(id, speechTitle, speechText));
    }

    public void select(long speechId, boolean selected) {
        act(
                selected ? "csa.done.speech-selected" : "csa.done.speech-unselected",
                () -> activity = service.selectSpeech(id, speechId, selected));
    }

    public void deliver(long speechId, boolean delivered) {
        act(
                delivered ? "csa.done.speech-delivered" : "csa.done.speech-undelivered",
                () -> activity = service.deliverSpeech(id, speechId, delivered));
    }

    public String getCheckinUrl() {
        if (activity == null || activity.checkinCode() == null) {
            return null;
        }
        return Pages.baseUrl() + "/consultation/checkin.xhtml?c=" + activity.checkinCode();
    }

    public String getCheckinQr() {
        String url = getCheckinUrl();
        return url == null ? null : QrSvg.of(url);
    }

    public String time(OffsetDateTime t) {
        return t == null ? "" : ActivitiesView.SHOWN.format(t);
    }

    public String instant(Instant at) {
        return at == null ? "" : ActivitiesView.SHOWN.format(time.at(at, me.getOrganisationId()));
    }

    public String joined(String how) {
        return Pages.text("csa.mine.joined", Pages.text("csa.joined." + how));
    }

    public String names(List<ConsultationActivityDetails.TripMember> members) {
        return members.stream()
                .map(ConsultationActivityDetails.TripMember::name)
                .collect(Collectors.joining("、"));
    }

    public List<ParticipantKind> getGuestKinds() {
        return List.of(ParticipantKind.DEPARTMENT, ParticipantKind.EXPERT, ParticipantKind.CITIZEN);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConsultationActivityDetails getActivity() {
        return activity;
    }

    public Map<Long, String> getMemberChoices() {
        return memberChoices;
    }

    public List<ReadingGroupDirectory.GroupRef> getGroupChoices() {
        return groupChoices;
    }

    public Long getReadingGroupId() {
        return readingGroupId;
    }

    public void setReadingGroupId(Long readingGroupId) {
        this.readingGroupId = readingGroupId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public ParticipantKind getGuestKind() {
        return guestKind;
    }

    public void setGuestKind(ParticipantKind guestKind) {
        this.guestKind = guestKind;
    }

    public String getGuestName() {
        return guestName;
    }

    public void setGuestName(String guestName) {
        this.guestName = guestName;
    }

    public String getGuestUnit() {
        return guestUnit;
    }

    public void setGuestUnit(String guestUnit) {
        this.guestUnit = guestUnit;
    }

    public LocalDate getTripOn() {
        return tripOn;
    }

    public void setTripOn(LocalDate tripOn) {
        this.tripOn = tripOn;
    }

    public String getTripPlace() {
        return tripPlace;
    }

    public void setTripPlace(String tripPlace) {
        this.tripPlace = tripPlace;
    }

    public List<Long> getTripMembers() {
        return tripMembers;
    }

    public void setTripMembers(List<Long> tripMembers) {
        this.tripMembers = tripMembers;
    }

    public String getTripFindings() {
        return tripFindings;
    }

    public void setTripFindings(String tripFindings) {
        this.tripFindings = tripFindings;
    }

    public String getTripDocuments() {
        return tripDocuments;
    }

    public void setTripDocuments(String tripDocuments) {
        this.tripDocuments = tripDocuments;
    }

    public String getSpeechTitle() {
        return speechTitle;
    }

    public void setSpeechTitle(String speechTitle) {
        this.speechTitle = speechTitle;
    }

    public String getSpeechText() {
        return speechText;
    }

    public void setSpeechText(String speechText) {
        this.speechText = speechText;
    }
}
