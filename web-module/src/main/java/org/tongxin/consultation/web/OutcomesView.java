package org.tongxin.consultation.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tongxin.consultation.application.ConsultationChoice;
import org.tongxin.consultation.application.OutcomeDetails;
import org.tongxin.consultation.application.OutcomeService;
import org.tongxin.consultation.application.OutcomeSummary;
import org.tongxin.consultation.application.PlanService;
import org.tongxin.consultation.domain.OutcomeQuery;
import org.tongxin.consultation.domain.OutcomeState;
import org.tongxin.platform.application.DepartmentService;
import org.tongxin.platform.application.DepartmentSummary;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.PagedModel;
import org.tongxin.platform.web.Pages;

/**
 * consultation/outcomes.xhtml: the consultation outcomes the caller sees, filtered by year, state, department,
 * publication and consultation ({@code ?itemId=}), paged in the database. Members see the published ones (公示公开).
 * Office staff record a new outcome for a consultation of their approved plan; with a consultation chosen, office staff
 * and leaders download its consensus report.
 */
@Named
@ViewScoped
public class OutcomesView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @EJB
    OutcomeService service;

    @EJB
    PlanService plans;

    @EJB
    DepartmentService departmentService;

    @Inject
    CurrentUser me;

    private Integer year;
    private OutcomeState state;
    private Long departmentId;
    private Long itemId;
    private Boolean published;
    private PagedModel<OutcomeSummary> model;
    private List<DepartmentSummary> departments = List.of();
    private List<ConsultationChoice> consultations = List.of();

    private Long newItemId;
    private String suggestion;
    private Long newDepartmentId;
    private LocalDate due;

    /** The view action: defaults, the choices, and the table. */
    public void init() {
        if (model != null) {
            return;
        }
        if (year == null && itemId == null && !isUnit()) {
            Pages.attempt(() -> year = plans.thisYear());
        }
        if (isStaff()) {
            Pages.attempt(() -> departments = departmentService.departments(true));
        }
        if (me.has("office-staff")) {
            loadConsultations();
            newItemId = itemId;
        }
        model = new PagedModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected Object query() {
                return new OutcomeQuery(state, year, departmentId, itemId, published);
            }

            @Override
            protected Page<OutcomeSummary> fetch(Object query, Page.Request request) {
                return service.outcomes((OutcomeQuery) query, request);
            }

            @Override
            protected String key(OutcomeSummary row) {
                return String.valueOf(row.id());
            }
        };
    }

    private void loadConsultations() {
        int y = year == null ? plans.thisYear() : year;
        Pages.attempt(() -> consultations = service.consultations(y));
    }

    /** The filters changed: the table reads again (the model sees new filters), the choices follow the year. */
    public void filter() {
        if (me.has("office-staff")) {
            loadConsultations();
        }
    }

    /** Records the outcome and opens its page. */
    public String create() {
        OutcomeDetails[] made = {null};
        boolean ok = Pages.attempt(
                () -> made[0] = service.create(newItemId == null ? 0 : newItemId, suggestion, newDepartmentId, due),
                Map.of(
                        "suggestion", "createForm:suggestion",
                        "departmentId", "createForm:department",
                        "due", "createForm:due"));
        if (!ok) {
            return null;
        }
        return "/consultation/outcome?faces-redirect=true&id=" + made[0].id();
    }

    public StreamedContent pdf() {
        byte[] bytes = service.reportPdf(itemId);
        return DefaultStreamedContent.builder()
                .name("协商报告-" + itemId + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public StreamedContent docx() {
        byte[] bytes = service.reportDocx(itemId);
        return DefaultStreamedContent.builder()
                .name("协商报告-" + itemId + ".docx")
                .contentType(DOCX)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** A handling unit's login: the outcomes sent to its own department (every year), to answer them. */
    public boolean isUnit() {
        return me.has("handling-unit") && !isStaff() && !me.has("member");
    }

    /** Office staff and leaders: every outcome they see; members: the published ones. */
    public boolean isStaff() {
        return me.has("office-staff") || me.has("leader");
    }

    public List<DepartmentSummary> getOpenDepartments() {
        return departments.stream().filter(d -> !d.retired()).toList();
    }

    public List<OutcomeState> getStates() {
        return List.of(OutcomeState.values());
    }

    public String consultationLabel(ConsultationChoice c) {
        return Pages.text("consultation.month", c.month()) + " · " + Pages.text("consultation.form." + c.form()) + " · "
                + c.topic();
    }

    public PagedModel<OutcomeSummary> getModel() {
        return model;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public OutcomeState getState() {
        return state;
    }

    public void setState(OutcomeState state) {
        this.state = state;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public Boolean getPublished() {
        return published;
    }

    public void setPublished(Boolean published) {
        this.published = published;
    }

    public List<DepartmentSummary> getDepartments() {
        return departments;
    }

    public List<ConsultationChoice> getConsultations() {
        return consultations;
    }

    public Long getNewItemId() {
        return newItemId;
    }

    public void setNewItemId(Long newItemId) {
        this.newItemId = newItemId;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public void setSuggestion(String suggestion) {
        this.suggestion = suggestion;
    }

    public Long getNewDepartmentId() {
        return newDepartmentId;
    }

    public void setNewDepartmentId(Long newDepartmentId) {
        this.newDepartmentId = newDepartmentId;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }
}
