package org.tongxin.consultation.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tongxin.consultation.application.ActivitySummary;
import org.tongxin.consultation.application.ConsultationActivityDetails;
import org.tongxin.consultation.application.ConsultationActivityService;
import org.tongxin.consultation.application.NewActivity;
import org.tongxin.consultation.application.PlanDetails;
import org.tongxin.consultation.application.PlanService;
import org.tongxin.consultation.domain.ActivityState;
import org.tongxin.consultation.domain.ConsultationForm;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.PagedModel;
import org.tongxin.platform.web.Pages;
import org.tongxin.studyhall.application.SpaceDetails;
import org.tongxin.studyhall.application.SpaceService;

/**
 * consultation/activities.xhtml: the consultation activities of a year (of one state) of the caller's organisation
 * and those below (a member: their own organisation's), paged; office staff create one, holding a plan item or not,
 * in a study-hall space (booked through the hall's engine) or at another place.
 */
@Named("csActivitiesView")
@ViewScoped
public class ActivitiesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Map<String, String> FIELDS = Map.of(
            "topic", "createForm:topic",
            "form", "createForm:form",
            "planItemId", "createForm:item",
            "start", "createForm:start",
            "end", "createForm:end",
            "place", "createForm:place",
            "capacity", "createForm:capacity");

    @EJB
    ConsultationActivityService service;

    @EJB
    PlanService plans;

    @EJB
    SpaceService spaceService;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private int year;
    private ActivityState state;
    private PagedModel<ActivitySummary> model;

    private Long planItemId;
    private String topic;
    private ConsultationForm form;
    private LocalDateTime start;
    private LocalDateTime end;
    private Long spaceId;
    private String place;
    private Integer capacity = 30;
    private List<PlanDetails.Item> planItems = List.of();
    private List<SpaceDetails> spaces = List.of();

    private record Query(int year, ActivityState state) implements Serializable {}

    @PostConstruct
    void init() {
        Pages.attempt(() -> year = service.thisYear());
        model = new PagedModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected Object query() {
                return new Query(year, state);
            }

            @Override
            protected Page<ActivitySummary> fetch(Object query, Page.Request request) {
                Query q = (Query) query;
                return service.activities(q.year(), q.state(), request);
            }

            @Override
            protected String key(ActivitySummary row) {
                return String.valueOf(row.id());
            }
        };
        if (me.has("office-staff")) {
            Pages.attempt(() -> planItems = plans.plans(year).stream()
                    .filter(p -> Objects.equals(p.organisationId(), me.getOrganisationId()))
                    .flatMap(p -> p.items().stream())
                    .toList());
            Pages.attempt(() -> spaces = spaceService.spaces().stream()
                    .filter(SpaceDetails::active)
                    .filter(s -> Objects.equals(s.organisationId(), me.getOrganisationId()))
                    .toList());
        }
    }

    /** Office staff create the activity and go to it. */
    public String create() {
        ConsultationActivityDetails[] made = new ConsultationActivityDetails[1];
        var zone = time.zone(me.getOrganisationId());
        if (Pages.attempt(
                () -> made[0] = service.create(new NewActivity(
                        topic,
                        form,
                        planItemId,
                        start == null ? null : start.atZone(zone).toInstant(),
                        end == null ? null : end.atZone(zone).toInstant(),
                        spaceId,
                        place,
                        capacity)),
                FIELDS)) {
            return "/consultation/activity?faces-redirect=true&id=" + made[0].id();
        }
        return null;
    }

    public String time(OffsetDateTime t) {
        return t == null ? "" : SHOWN.format(t);
    }

    public List<ActivityState> getStates() {
        return List.of(ActivityState.values());
    }

    public List<ConsultationForm> getForms() {
        return List.of(ConsultationForm.values());
    }

    public PagedModel<ActivitySummary> getModel() {
        return model;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public ActivityState getState() {
        return state;
    }

    public void setState(ActivityState state) {
        this.state = state;
    }

    public Long getPlanItemId() {
        return planItemId;
    }

    public void setPlanItemId(Long planItemId) {
        this.planItemId = planItemId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public ConsultationForm getForm() {
        return form;
    }

    public void setForm(ConsultationForm form) {
        this.form = form;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public void setSpaceId(Long spaceId) {
        this.spaceId = spaceId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<PlanDetails.Item> getPlanItems() {
        return planItems;
    }

    public List<SpaceDetails> getSpaces() {
        return spaces;
    }
}
