package org.tongxin.consultation.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.consultation.application.PlanDetails;
import org.tongxin.consultation.application.PlanService;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * consultation/tasks.xhtml: the task lists (责任清单) of a year's approved plans. A member sees those of their own
 * special committee; office staff and leaders those of the organisations they see, of one committee when chosen.
 */
@Named
@ViewScoped
public class TasksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PlanService service;

    @EJB
    RosterService roster;

    @Inject
    CurrentUser me;

    private int year;
    private Long committeeId;
    private List<PlanDetails.Task> tasks = List.of();
    private List<CommitteeSummary> committees = List.of();

    @PostConstruct
    void init() {
        Pages.attempt(() -> year = service.thisYear());
        if (isChoosing()) {
            Pages.attempt(() -> committees = roster.committees().stream()
                    .filter(c -> c.organisationId() == me.getOrganisationId())
                    .toList());
        }
        load();
    }

    public void load() {
        Pages.attempt(() -> tasks = service.tasks(year, committeeId));
    }

    /** Office staff and leaders choose a committee; a member sees their own. */
    public boolean isChoosing() {
        return me.has("office-staff") || me.has("leader");
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public List<PlanDetails.Task> getTasks() {
        return tasks;
    }

    public List<CommitteeSummary> getCommittees() {
        return committees;
    }
}
