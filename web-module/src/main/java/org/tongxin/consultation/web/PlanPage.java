package org.tongxin.consultation.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.consultation.application.PlanDetails;
import org.tongxin.consultation.application.PlanService;
import org.tongxin.consultation.domain.AmendmentKind;
import org.tongxin.consultation.domain.ConsultationForm;
import org.tongxin.consultation.domain.ItemTerms;
import org.tongxin.consultation.domain.PlanStep;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * consultation/plan.xhtml?id=: one annual plan. Its items (added, changed and removed while it is a draft, by dated
 * amendments with a reason once approved), the shape check, the steps the caller may take, the task lists and the
 * amendments so far.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "form", "itemForm:form",
            "topic", "itemForm:topic",
            "month", "itemForm:month",
            "leadLeader", "itemForm:leadLeader",
            "leadCommitteeId", "itemForm:committee",
            "departments", "itemForm:departments",
            "reason", "itemForm:reason",
            "on", "planForm:on",
            "body", "planForm:body");

    @EJB
    PlanService service;

    @EJB
    RosterService roster;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private Long id;
    private PlanDetails plan;
    private List<CommitteeSummary> committees = List.of();

    private Long editing;
    private ConsultationForm form = ConsultationForm.MONTHLY;
    private String topic;
    private int month = 1;
    private String leadLeader;
    private Long committeeId;
    private String departments;
    private String reason;

    private LocalDate on;
    private String body;

    public void load() {
        if (id == null) {
            return;
        }
        boolean found = Pages.attempt(() -> plan = service.plan(id));
        if (!found) {
            plan = null;
            return;
        }
        if (committees.isEmpty()) {
            Pages.attempt(() -> committees = roster.committees().stream()
                    .filter(c -> c.organisationId() == plan.organisationId())
                    .toList());
        }
        if (on == null) {
            on = time.today(me.getOrganisationId());
        }
    }

    private void reload() {
        plan = service.plan(id);
    }

    public void startNew() {
        editing = null;
        form = ConsultationForm.MONTHLY;
        topic = null;
        month = 1;
        leadLeader = null;
        committeeId = null;
        departments = null;
        reason = null;
    }

    public void edit(PlanDetails.Item item) {
        editing = item.id();
        form = item.form();
        topic = item.topic();
        month = item.month();
        leadLeader = item.leadLeader();
        committeeId = item.leadCommitteeId();
        departments = String.join("\n", item.departments());
        reason = null;
    }

    /** Saves the item: in a draft directly, in an approved plan as an amendment with its reason. */
    public void save() {
        ItemTerms terms = new ItemTerms(form, topic, month, leadLeader, null, committeeId, lines(departments));
        boolean amending = plan.state().approved();
        boolean ok = Pages.attempt(
                () -> {
                    if (amending) {
                        plan = service.amend(
                                id,
                                plan.version(),
                                editing == null ? AmendmentKind.ADD : AmendmentKind.CHANGE,
                                editing,
                                terms,
                                reason);
                    } else if (editing == null) {
                        plan = service.addItem(id, plan.version(), terms);
                    } else {
                        plan = service.changeItem(id, editing, plan.version(), terms);
                    }
                },
                FIELDS);
        if (ok) {
            Pages.info(amending ? "consultation.amended" : "consultation.item.saved");
            startNew();
        }
    }

    /** Removes the item being edited from an approved plan, as an amendment with the reason written. */
    public void removeEditing() {
        if (editing != null) {
            remove(editing);
        }
    }

    /** Removes an item: from a draft directly, from an approved plan as an amendment with the reason written. */
    public void remove(long itemId) {
        boolean amending = plan.state().approved();
        boolean ok = Pages.attempt(
                () -> plan = amending
                        ? service.amend(id, plan.version(), AmendmentKind.REMOVE, itemId, null, reason)
                        : service.removeItem(id, itemId, plan.version()),
                FIELDS);
        if (ok) {
            Pages.info(amending ? "consultation.amended" : "consultation.item.removed");
            startNew();
        }
    }

    public void take(String step) {
        PlanStep s = PlanStep.valueOf(step);
        if (Pages.attempt(() -> plan = service.take(id, plan.version(), s, on, body), FIELDS)) {
            Pages.info("consultation.step.done." + s.name());
        } else {
            Pages.attempt(this::reload);
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).toList();
    }

    public boolean may(String step) {
        return plan != null && plan.steps().contains(PlanStep.valueOf(step));
    }

    /** The items may be changed here: office staff of the plan's organisation, a draft or an approved plan. */
    public boolean isItemsEditable() {
        return plan != null
                && plan.editable()
                && (plan.state() == org.tongxin.consultation.domain.PlanState.DRAFT
                        || plan.state().approved());
    }

    public boolean isAmending() {
        return plan != null && plan.state().approved();
    }

    public String fieldLabel(String field) {
        return Pages.text("consultation.field." + field);
    }

    /** An amendment's value as the page shows it: a form or a month in words, others as written. */
    public String value(String field, String value) {
        if (value == null) {
            return "—";
        }
        return switch (field) {
            case "form" -> Pages.text("consultation.form." + value);
            case "month" -> Pages.text("consultation.month", Integer.valueOf(value));
            default -> value;
        };
    }

    public List<ConsultationForm> getForms() {
        return List.of(ConsultationForm.values());
    }

    public List<Integer> getMonths() {
        return java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public String monthLabel(int m) {
        return Pages.text("consultation.month", m);
    }

    public String time(java.time.Instant at) {
        return at == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(time.at(at, plan.organisationId()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanDetails getPlan() {
        return plan;
    }

    public List<CommitteeSummary> getCommittees() {
        return committees;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public ConsultationForm getForm() {
        return form;
    }

    public void setForm(ConsultationForm form) {
        this.form = form;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public int getMonth() {
        return month;
    }

    public void setMonth(int month) {
        this.month = month;
    }

    public String getLeadLeader() {
        return leadLeader;
    }

    public void setLeadLeader(String leadLeader) {
        this.leadLeader = leadLeader;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public String getDepartments() {
        return departments;
    }

    public void setDepartments(String departments) {
        this.departments = departments;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
