package org.tongxin.inforeport.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tongxin.inforeport.application.AttachmentDetails;
import org.tongxin.inforeport.application.AttachmentSummary;
import org.tongxin.inforeport.application.DiffLineRow;
import org.tongxin.inforeport.application.ReportAttachmentService;
import org.tongxin.inforeport.application.ReportDetails;
import org.tongxin.inforeport.application.ReportService;
import org.tongxin.inforeport.application.ReportStepRow;
import org.tongxin.inforeport.domain.Draft;
import org.tongxin.inforeport.domain.Instruction;
import org.tongxin.inforeport.domain.InstructionLevel;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/** One report: its text, authors, the moves the person may make now, its path, adoptions, instructions and changes. */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    ReportService reports;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    @EJB
    ReportAttachmentService attachmentService;

    @EJB
    org.tongxin.inforeport.application.ForwardingService forwarding;

    @EJB
    org.tongxin.inforeport.application.Courier courier;

    private Long id;
    private ReportDetails report;
    private List<ReportStepRow> trace = List.of();
    private List<DiffLineRow> changes = List.of();
    private List<AttachmentSummary> attachments = List.of();
    private String note;
    private boolean editing;
    private String editTitle;
    private String editBody;
    private String editProposals;
    private String leaderName;
    private InstructionLevel leaderLevel = InstructionLevel.CITY;
    private LocalDate givenOn;
    private String instructionText;
    private String department;
    private String result;

    /** An instruction is given today by default, in the caller's organisation's calendar. */
    @PostConstruct
    void init() {
        givenOn = time.today(me.getOrganisationId());
    }

    public void load() {
        if (id == null) {
            return;
        }
        try {
            report = reports.report(id);
            trace = reports.trace(id);
            changes = reports.changes(id);
            attachments = attachmentService.attachments(id);
        } catch (Problem p) {
            report = null;
            Pages.problem(p);
        }
    }

    public void act(String action) {
        boolean ok = Pages.attempt(
                () -> {
                    switch (action) {
                        case "SUBMIT" -> reports.submit(id);
                        case "START_EDITING" -> reports.startEditing(id);
                        case "RETURN" -> reports.returnToAuthor(id, note);
                        case "DECLINE" -> reports.decline(id, note);
                        case "ADOPT" -> reports.adopt(id);
                        case "FORWARD" -> reports.forward(id);
                        case "VOID_ADOPTION" -> reports.voidAdoption(id, note);
                        default -> throw new IllegalArgumentException(action);
                    }
                },
                Map.of("note", "reportForm:note", "reason", "reportForm:note"));
        if (ok) {
            note = null;
            Pages.info("report.done." + action);
            load();
        }
    }

    /** Another attempt now at delivering the report to the deployment above. */
    public void retryDelivery() {
        if (Pages.attempt(
                () -> {
                    forwarding.retry(id);
                    courier.attemptFor(id);
                },
                Map.of())) {
            load();
        }
    }

    /** Has what became of the delivered report on the other deployment read back now. */
    public void followDelivery() {
        if (Pages.attempt(
                () -> {
                    forwarding.followable(id);
                    courier.followFor(id);
                },
                Map.of())) {
            load();
        }
    }

    public void startEdit() {
        editing = true;
        editTitle = report.title();
        editBody = report.body();
        editProposals = String.join("\n", report.proposals());
    }

    public void saveEdit() {
        if (Pages.attempt(
                () -> reports.edit(
                        id,
                        new Draft(
                                editTitle,
                                editBody,
                                Arrays.stream(editProposals == null ? new String[0] : editProposals.split("\\R"))
                                        .filter(l -> !l.isBlank())
                                        .toList(),
                                report.topic())),
                Map.of(
                        "title",
                        "reportForm:editTitle",
                        "body",
                        "reportForm:editBody",
                        "proposals",
                        "reportForm:editProposals"))) {
            editing = false;
            Pages.info("report.edited");
            load();
        }
    }

    public void instruct() {
        if (Pages.attempt(
                () -> reports.instruct(
                        id,
                        new Instruction.Facts(leaderName, leaderLevel, givenOn, instructionText, department, result)),
                Map.of(
                        "leaderName",
                        "reportForm:leaderName",
                        "text",
                        "reportForm:instructionText",
                        "givenOn",
                        "reportForm:givenOn"))) {
            leaderName = null;
            instructionText = null;
            department = null;
            result = null;
            Pages.info("report.instructed");
            load();
        }
    }

    public void upload(org.primefaces.event.FileUploadEvent event) {
        if (Pages.attempt(() -> attachmentService.attach(
                id, event.getFile().getFileName(), event.getFile().getContent()))) {
            Pages.info("report.attached", event.getFile().getFileName());
            load();
        }
    }

    public org.primefaces.model.StreamedContent file(long attachmentId) {
        AttachmentDetails d = attachmentService.download(id, attachmentId);
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name(d.fileName())
                .contentType(d.contentType())
                .contentLength((long) d.content().length)
                .stream(() -> new java.io.ByteArrayInputStream(d.content()))
                .build();
    }

    /** Authors may attach while the report is theirs to change, editors while editing it. */
    public boolean isMayAttach() {
        return report != null && (can("REVISE") || can("EDIT"));
    }

    public List<AttachmentSummary> getAttachments() {
        return attachments;
    }

    public boolean can(String action) {
        return report != null && report.actions().contains(action);
    }

    /** The moves shown as buttons (editing and instructions have their own forms). */
    public List<String> getButtons() {
        return report == null
                ? List.of()
                : report.actions().stream()
                        .filter(a -> !a.equals("REVISE") && !a.equals("EDIT") && !a.equals("INSTRUCT"))
                        .toList();
    }

    public String when(java.time.Instant at) {
        return at == null ? "" : time.at(at, me.getOrganisationId()).format(WHEN);
    }

    public InstructionLevel[] getLevels() {
        return InstructionLevel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReportDetails getReport() {
        return report;
    }

    public List<ReportStepRow> getTrace() {
        return trace;
    }

    public List<DiffLineRow> getChanges() {
        return changes;
    }

    public boolean isChanged() {
        return changes.stream().anyMatch(l -> !"SAME".equals(l.kind()));
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public String getEditBody() {
        return editBody;
    }

    public void setEditBody(String editBody) {
        this.editBody = editBody;
    }

    public String getEditProposals() {
        return editProposals;
    }

    public void setEditProposals(String editProposals) {
        this.editProposals = editProposals;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public void setLeaderName(String leaderName) {
        this.leaderName = leaderName;
    }

    public InstructionLevel getLeaderLevel() {
        return leaderLevel;
    }

    public void setLeaderLevel(InstructionLevel leaderLevel) {
        this.leaderLevel = leaderLevel;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public String getInstructionText() {
        return instructionText;
    }

    public void setInstructionText(String instructionText) {
        this.instructionText = instructionText;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
