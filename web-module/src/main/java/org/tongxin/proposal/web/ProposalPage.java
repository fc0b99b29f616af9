package org.tongxin.proposal.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.application.DepartmentService;
import org.tongxin.platform.application.DepartmentSummary;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;
import org.tongxin.proposal.application.ProposalDetails;
import org.tongxin.proposal.application.ProposalService;
import org.tongxin.proposal.domain.AnswerCategory;
import org.tongxin.proposal.domain.Conversion;
import org.tongxin.proposal.domain.Rating;

/**
 * proposal/proposal.xhtml?id=: one proposal and how far it has come (the proposer's tracking page), with the steps the
 * caller may take now: a co-signer confirms; the proposer submits and rates; the office reviews, assigns, reviews the
 * answer and closes; the lead unit answers or sends the assignment back.
 */
@Named
@ViewScoped
public class ProposalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("reason", "stepForm:reason"),
            Map.entry("leadUnitId", "stepForm:leadUnit"),
            Map.entry("coUnitIds", "stepForm:coUnits"),
            Map.entry("due", "stepForm:due"),
            Map.entry("category", "stepForm:category"),
            Map.entry("text", "stepForm:answerText"),
            Map.entry("rating", "stepForm:rating"),
            Map.entry("comment", "stepForm:comment"),
            Map.entry("proposalIds", "extrasForm:mergeIds"),
            Map.entry("opinion", "extrasForm:opinionText"),
            Map.entry("decidedOn", "extrasForm:keyDecidedOn"),
            Map.entry("decision", "extrasForm:keyDecision"),
            Map.entry("supervisorAccountId", "extrasForm:supervisor"),
            Map.entry("heldOn", "extrasForm:interviewOn"),
            Map.entry("people", "extrasForm:interviewPeople"),
            Map.entry("said", "extrasForm:interviewSaid"));

    @EJB
    ProposalService service;

    @EJB
    DepartmentService departmentService;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private Long id;
    private ProposalDetails proposal;
    private List<DepartmentSummary> units = List.of();

    private String reason;
    private Long leadUnitId;
    private List<Long> coUnitIds = new ArrayList<>();
    private LocalDate due;
    private AnswerCategory category;
    private String answerText;
    private Rating rating;
    private String comment;

    public void load() {
        if (id == null) {
            return;
        }
        if (!Pages.attempt(() -> proposal = service.proposal(id))) {
            proposal = null;
            return;
        }
        if (may("ASSIGN")) {
            Pages.attempt(() -> units = departmentService.departments(false));
        }
        loadExtras();
    }

    private void reload() {
        Pages.attempt(() -> proposal = service.proposal(id));
    }

    public boolean may(String step) {
        return proposal != null && proposal.can(step);
    }

    private void done(boolean ok, String key) {
        if (ok) {
            Pages.info(key);
            reason = null;
        } else {
            reload();
        }
    }

    public void confirm() {
        done(Pages.attempt(() -> proposal = service.confirm(id, proposal.version()), FIELDS), "proposal.done.CONFIRM");
    }

    public void submit() {
        done(Pages.attempt(() -> proposal = service.submit(id, proposal.version()), FIELDS), "proposal.done.SUBMIT");
    }

    public void accept() {
        done(
                Pages.attempt(() -> proposal = service.review(id, proposal.version(), true, null), FIELDS),
                "proposal.done.ACCEPT");
        if (may("ASSIGN")) {
            Pages.attempt(() -> units = departmentService.departments(false));
        }
    }

    public void refuse() {
        done(
                Pages.attempt(() -> proposal = service.review(id, proposal.version(), false, reason), FIELDS),
                "proposal.done.NOT_ACCEPT");
    }

    public void assign() {
        done(
                Pages.attempt(
                        () -> proposal = service.assign(id, proposal.version(), leadUnitId, coUnitIds, due), FIELDS),
                "proposal.done.ASSIGN");
    }

    public void sendBack() {
        done(
                Pages.attempt(() -> proposal = service.sendBack(id, proposal.version(), reason), FIELDS),
                "proposal.done.SEND_BACK");
    }

    public void answer() {
        done(
                Pages.attempt(() -> proposal = service.answer(id, proposal.version(), category, answerText), FIELDS),
                "proposal.done.ANSWER");
    }

    public void approveAnswer() {
        done(
                Pages.attempt(() -> proposal = service.reviewAnswer(id, proposal.version(), true, null), FIELDS),
                "proposal.done.APPROVE_ANSWER");
    }

    public void returnAnswer() {
        done(
                Pages.attempt(() -> proposal = service.reviewAnswer(id, proposal.version(), false, reason), FIELDS),
                "proposal.done.RETURN_ANSWER");
    }

    public void rate() {
        done(
                Pages.attempt(() -> proposal = service.rate(id, proposal.version(), rating, comment), FIELDS),
                "proposal.done.RATE");
    }

    public void close() {
        done(Pages.attempt(() -> proposal = service.close(id, proposal.version()), FIELDS), "proposal.done.CLOSE");
    }

    // ---- issue 18, second slice: merge and convert, co-handling opinions, key proposals, instructions, interviews

    private List<Long> mergeIds = new ArrayList<>();
    private Map<Long, String> mergeChoices = Map.of();
    private Map<Long, String> leaders = Map.of();
    private String opinionText;
    private LocalDate keyDecidedOn;
    private String keyDecision;
    private Long supervisor;
    private String instructionText;
    private LocalDate interviewOn;
    private String interviewPeople;
    private String interviewSaid;

    private void loadExtras() {
        if (may("MERGE")) {
            Pages.attempt(() -> mergeChoices = service.mergeChoices(id));
        }
        if (may("MARK_KEY")) {
            Pages.attempt(() -> leaders = service.leaderChoices());
        }
    }

    public void merge() {
        done(
                Pages.attempt(() -> proposal = service.merge(id, proposal.version(), mergeIds), FIELDS),
                "proposal.done.MERGE");
        mergeIds = new ArrayList<>();
        loadExtras();
    }

    public void convertToReport() {
        done(
                Pages.attempt(
                        () -> proposal = service.convert(id, proposal.version(), Conversion.REPORT, reason, null),
                        FIELDS),
                "proposal.done.CONVERT.REPORT");
    }

    public void convertToLetter() {
        done(
                Pages.attempt(
                        () -> proposal = service.convert(id, proposal.version(), Conversion.LETTER, reason, null),
                        FIELDS),
                "proposal.done.CONVERT.LETTER");
    }

    public void giveOpinion() {
        if (Pages.attempt(() -> proposal = service.opinion(id, proposal.version(), opinionText), FIELDS)) {
            Pages.info("proposal.done.OPINION");
            opinionText = null;
        } else {
            reload();
        }
    }

    public void markKey() {
        done(
                Pages.attempt(
                        () -> proposal = service.markKey(id, proposal.version(), keyDecidedOn, keyDecision, supervisor),
                        FIELDS),
                "proposal.done.MARK_KEY");
    }

    public void instruct() {
        if (Pages.attempt(() -> proposal = service.instruct(id, proposal.version(), null, instructionText), FIELDS)) {
            Pages.info("proposal.done.INSTRUCT");
            instructionText = null;
        } else {
            reload();
        }
    }

    public void interview() {
        if (Pages.attempt(
                () -> proposal = service.interview(id, proposal.version(), interviewOn, interviewPeople, interviewSaid),
                FIELDS)) {
            Pages.info("proposal.done.INTERVIEW");
            interviewOn = null;
            interviewPeople = null;
            interviewSaid = null;
        } else {
            reload();
        }
    }

    public List<Map.Entry<Long, String>> getMergeChoices() {
        return new ArrayList<>(mergeChoices.entrySet());
    }

    public List<Map.Entry<Long, String>> getLeaders() {
        return new ArrayList<>(leaders.entrySet());
    }

    public List<Long> getMergeIds() {
        return mergeIds;
    }

    public void setMergeIds(List<Long> mergeIds) {
        this.mergeIds = mergeIds;
    }

    public String getOpinionText() {
        return opinionText;
    }

    public void setOpinionText(String opinionText) {
        this.opinionText = opinionText;
    }

    public LocalDate getKeyDecidedOn() {
        return keyDecidedOn;
    }

    public void setKeyDecidedOn(LocalDate keyDecidedOn) {
        this.keyDecidedOn = keyDecidedOn;
    }

    public String getKeyDecision() {
        return keyDecision;
    }

    public void setKeyDecision(String keyDecision) {
        this.keyDecision = keyDecision;
    }

    public Long getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(Long supervisor) {
        this.supervisor = supervisor;
    }

    public String getInstructionText() {
        return instructionText;
    }

    public void setInstructionText(String instructionText) {
        this.instructionText = instructionText;
    }

    public LocalDate getInterviewOn() {
        return interviewOn;
    }

    public void setInterviewOn(LocalDate interviewOn) {
        this.interviewOn = interviewOn;
    }

    public String getInterviewPeople() {
        return interviewPeople;
    }

    public void setInterviewPeople(String interviewPeople) {
        this.interviewPeople = interviewPeople;
    }

    public String getInterviewSaid() {
        return interviewSaid;
    }

    public void setInterviewSaid(String interviewSaid) {
        this.interviewSaid = interviewSaid;
    }

    public String time(Instant at) {
        return at == null || me == null
                ? ""
                : time.at(at, me.getOrganisationId()).format(WHEN);
    }

    public List<AnswerCategory> getCategories() {
        return List.of(AnswerCategory.values());
    }

    public List<Rating> getRatings() {
        return List.of(Rating.values());
    }

    public List<DepartmentSummary> getUnits() {
        return units;
    }

    public ProposalDetails getProposal() {
        return proposal;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getLeadUnitId() {
        return leadUnitId;
    }

    public void setLeadUnitId(Long leadUnitId) {
        this.leadUnitId = leadUnitId;
    }

    public List<Long> getCoUnitIds() {
        return coUnitIds;
    }

    public void setCoUnitIds(List<Long> coUnitIds) {
        this.coUnitIds = coUnitIds;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public AnswerCategory getCategory() {
        return category;
    }

    public void setCategory(AnswerCategory category) {
        this.category = category;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    // ---- issue 18, third slice: the proposer withdraws, the office undoes a merge

    /** The proposer deletes the draft (after the confirmation dialog) and returns to the list. */
    public String discard() {
        if (Pages.attempt(() -> service.discard(id, proposal.version()), FIELDS)) {
            Pages.info("proposal.done.DISCARD");
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .setKeepMessages(true);
            return "/proposal/proposals?faces-redirect=true";
        }
        reload();
        return null;
    }

    public void withdraw() {
        done(
                Pages.attempt(() -> proposal = service.withdraw(id, proposal.version()), FIELDS),
                "proposal.done.WITHDRAW");
    }

    public void unmerge() {
        done(Pages.attempt(() -> proposal = service.unmerge(id, proposal.version()), FIELDS), "proposal.done.UNMERGE");
        loadExtras();
    }

    // ---- the signed answer document (issue 18)

    @EJB
    org.tongxin.proposal.application.ProposalAnswerDocumentService answerDocuments;

    private transient ProposalDetails documentOf;
    private org.tongxin.proposal.application.ProposalAnswerDocumentService.Summary answerDocument;

    /** The signed answer document, when there is one and the caller may see the answer (read once per proposal state). */
    public org.tongxin.proposal.application.ProposalAnswerDocumentService.Summary getAnswerDocument() {
        if (proposal != null && documentOf != proposal) {
            documentOf = proposal;
            answerDocument = null;
            Pages.attempt(() -> answerDocument = answerDocuments.summary(id).orElse(null));
        }
        return answerDocument;
    }

    public void uploadAnswerDocument(org.primefaces.event.FileUploadEvent event) {
        if (Pages.attempt(() -> answerDocuments.attach(
                id, event.getFile().getFileName(), event.getFile().getContent()))) {
            Pages.info("proposal.answer-document.uploaded");
            documentOf = null;
        }
    }

    public org.primefaces.model.StreamedContent getAnswerDocumentFile() {
        org.tongxin.proposal.application.ProposalAnswerDocumentService.File f = answerDocuments.download(id);
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name(f.fileName())
                .contentType(f.contentType())
                .contentLength((long) f.content().length)
                .stream(() -> new java.io.ByteArrayInputStream(f.content()))
                .build();
    }
}
