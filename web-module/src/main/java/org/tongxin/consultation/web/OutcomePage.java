package org.tongxin.consultation.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tongxin.consultation.application.OutcomeDetails;
import org.tongxin.consultation.application.OutcomeService;
import org.tongxin.consultation.domain.LeaderLevel;
import org.tongxin.consultation.domain.OutcomeStep;
import org.tongxin.platform.application.DepartmentService;
import org.tongxin.platform.application.DepartmentSummary;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * consultation/outcome.xhtml?id=: one consultation outcome: what was agreed and for which department, the path so far,
 * the steps the caller may take (send, the department's answer recorded on its behalf, tracking, done, publication),
 * progress notes, leaders' instructions, and the consultation's consensus report.
 */
@Named
@ViewScoped
public class OutcomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("suggestion", "changeForm:suggestion"),
            Map.entry("departmentId", "changeForm:department"),
            Map.entry("due", "changeForm:due"),
            Map.entry("answer", "answerForm:answer"),
            Map.entry("answeredBy", "answerForm:answeredBy"),
            Map.entry("document", "answerForm:document"),
            Map.entry("on", "answerForm:on"),
            Map.entry("text", "noteForm:text"),
            Map.entry("leader", "instructionForm:leader"),
            Map.entry("level", "instructionForm:level"));

    @EJB
    OutcomeService service;

    @EJB
    DepartmentService departmentService;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private Long id;
    private OutcomeDetails outcome;
    private List<DepartmentSummary> departments = List.of();

    private String suggestion;
    private Long departmentId;
    private LocalDate due;

    private String answer;
    private String answeredBy;
    private String document;
    private LocalDate on;

    private LocalDate noteOn;
    private String noteText;

    private String leader;
    private LeaderLevel level = LeaderLevel.CITY;
    private LocalDate givenOn;
    private String instructionText;

    public void load() {
        if (id == null) {
            return;
        }
        if (!Pages.attempt(() -> outcome = service.outcome(id))) {
            outcome = null;
            return;
        }
        LocalDate today = time.today(me.getOrganisationId());
        on = on == null ? today : on;
        noteOn = noteOn == null ? today : noteOn;
        givenOn = givenOn == null ? today : givenOn;
        if (may("CHANGE")) {
            Pages.attempt(() -> departments = departmentService.departments(false));
            suggestion = outcome.suggestion();
            departmentId = outcome.departmentId();
            due = outcome.due();
        }
    }

    private void reload() {
        Pages.attempt(() -> outcome = service.outcome(id));
    }

    public boolean may(String step) {
        return outcome != null && outcome.steps().contains(OutcomeStep.valueOf(step));
    }

    /** A step without input of its own: send, track, publish, withdraw the publication; done with its day. */
    public void take(String step) {
        OutcomeStep s = OutcomeStep.valueOf(step);
        if (Pages.attempt(() -> outcome = service.take(id, outcome.version(), s, on, null), FIELDS)) {
            Pages.info("outcome.step.done." + s.name());
        } else {
            reload();
        }
    }

    public void recordAnswer() {
        if (Pages.attempt(
                () -> outcome = service.take(
                        id,
                        outcome.version(),
                        OutcomeStep.ANSWER,
                        on,
                        new OutcomeService.Answer(answer, answeredBy, document)),
                FIELDS)) {
            Pages.info("outcome.step.done.ANSWER");
        } else {
            reload();
        }
    }

    public void change() {
        if (Pages.attempt(
                () -> outcome = service.change(id, outcome.version(), suggestion, departmentId, due), FIELDS)) {
            Pages.info("outcome.changed");
        } else {
            reload();
        }
    }

    public void addNote() {
        if (Pages.attempt(() -> outcome = service.note(id, outcome.version(), noteOn, noteText), FIELDS)) {
            Pages.info("outcome.noted");
            noteText = null;
        } else {
            reload();
        }
    }

    public void instruct() {
        if (Pages.attempt(
                () -> outcome = service.instruct(id, outcome.version(), leader, level, givenOn, instructionText),
                FIELDS)) {
            Pages.info("outcome.instructed");
            instructionText = null;
        } else {
            reload();
        }
    }

    public StreamedContent pdf() {
        byte[] bytes = service.reportPdf(outcome.itemId());
        return DefaultStreamedContent.builder()
                .name("协商报告-" + outcome.itemId() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public StreamedContent docx() {
        byte[] bytes = service.reportDocx(outcome.itemId());
        return DefaultStreamedContent.builder()
                .name("协商报告-" + outcome.itemId() + ".docx")
                .contentType(OutcomesView.DOCX)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public boolean isStaff() {
        return me.has("office-staff") || me.has("leader");
    }

    public String time(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(time.at(at, outcome.organisationId()));
    }

    public List<LeaderLevel> getLevels() {
        return List.of(LeaderLevel.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OutcomeDetails getOutcome() {
        return outcome;
    }

    public List<DepartmentSummary> getDepartments() {
        return departments;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public void setSuggestion(String suggestion) {
        this.suggestion = suggestion;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public void setAnsweredBy(String answeredBy) {
        this.answeredBy = answeredBy;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public LocalDate getNoteOn() {
        return noteOn;
    }

    public void setNoteOn(LocalDate noteOn) {
        this.noteOn = noteOn;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public LeaderLevel getLevel() {
        return level;
    }

    public void setLevel(LeaderLevel level) {
        this.level = level;
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
}
