package org.tongxin.committee.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongxin.committee.application.AssignmentRow;
import org.tongxin.committee.application.ConcernCountRow;
import org.tongxin.committee.application.ConcernService;
import org.tongxin.committee.application.ConcernSummary;
import org.tongxin.committee.application.LiaisonService;
import org.tongxin.committee.application.RosterService;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * committee/concerns.xhtml: the people's-concern diary. Members write down what they met at their
 * contact points and follow their own entries; office staff follow up every concern of the
 * organisation and see, per organisation and period, how many were collected and resolved.
 */
@Named
@ViewScoped
public class ConcernsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationTime time;

    @EJB
    ConcernService concerns;

    @EJB
    LiaisonService liaison;

    @EJB
    RosterService roster;

    @EJB
    OrganisationService organisationService;

    @Inject
    CurrentUser me;

    private List<OrganisationDetails> organisations;
    private long organisation;
    private String status;
    private LocalDate from;
    private LocalDate to;
    private List<AssignmentRow> myPoints = List.of();
    private Long point;
    private LocalDate metOn;
    private String what;
    private String suggestion;
    private ConcernSummary selected;
    private boolean resolved = true;
    private String note;
    private List<ConcernCountRow> counts = List.of();
    private LazyDataModel<ConcernSummary> model;

    @PostConstruct
    void init() {
        organisations = organisationService.visible();
        organisation = me.getCaller().organisation().id();
        to = time.today(me.getOrganisationId());
        from = to.withDayOfYear(1);
        metOn = to;
        roster.ownMemberId().ifPresent(id -> myPoints = liaison.memberPoints(id));
        if (!myPoints.isEmpty()) {
            point = myPoints.get(0).pointId();
        }
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                try {
                    return (int) concerns.concerns(organisation, status, from, to, new Page.Request(0, 1))
                            .total();
                } catch (Problem p) {
                    return 0;
                }
            }

            @Override
            public List<ConcernSummary> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                try {
                    return concerns.concerns(organisation, status, from, to, Page.Request.ofRows(first, pageSize))
                            .items();
                } catch (Problem p) {
                    return List.of();
                }
            }

            @Override
            public String getRowKey(ConcernSummary c) {
                return String.valueOf(c.id());
            }
        };
        refreshCounts();
    }

    public void refreshCounts() {
        if (!isOffice()) {
            return;
        }
        try {
            counts = concerns.counts(organisation, from, to);
        } catch (Problem p) {
            counts = List.of();
            Pages.problem(p);
        }
    }

    public void record() {
        try {
            concerns.record(point == null ? -1 : point, metOn, what, suggestion);
            what = null;
            suggestion = null;
            Pages.info("concern.recorded");
        } catch (Problem p) {
            Pages.problem(
                    p,
                    Map.of(
                            "pointId",
                            "recordForm:point",
                            "metOn",
                            "recordForm:metOn",
                            "what",
                            "recordForm:what",
                            "suggestion",
                            "recordForm:suggestion"));
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public void select(ConcernSummary c) {
        selected = c;
        note = c.handlingNote();
        resolved = !"UNRESOLVED".equals(c.status());
    }

    public void handle() {
        try {
            concerns.handle(selected == null ? -1 : selected.id(), resolved, note);
            selected = null;
            refreshCounts();
            Pages.info("concern.handled");
        } catch (Problem p) {
            Pages.problem(p, Map.of("note", "handleForm:note"));
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public boolean isOffice() {
        return me.has("office-staff") || me.has("leader");
    }

    public List<OrganisationDetails> getOrganisations() {
        return organisations;
    }

    public long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(long organisation) {
        this.organisation = organisation;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<AssignmentRow> getMyPoints() {
        return myPoints;
    }

    public Long getPoint() {
        return point;
    }

    public void setPoint(Long point) {
        this.point = point;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public void setMetOn(LocalDate metOn) {
        this.metOn = metOn;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public void setSuggestion(String suggestion) {
        this.suggestion = suggestion;
    }

    public ConcernSummary getSelected() {
        return selected;
    }

    public boolean isResolved() {
        return resolved;
    }

    public void setResolved(boolean resolved) {
        this.resolved = resolved;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<ConcernCountRow> getCounts() {
        return counts;
    }

    public LazyDataModel<ConcernSummary> getModel() {
        return model;
    }
}
