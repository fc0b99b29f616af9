package org.tongxin.proposal.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.PagedModel;
import org.tongxin.proposal.application.ProposalService;
import org.tongxin.proposal.application.ProposalSummary;
import org.tongxin.proposal.domain.ProposalQuery;
import org.tongxin.proposal.domain.ProposalState;

/**
 * proposal/proposals.xhtml: the proposals the caller sees, by state and year, paged in the database: a member's own
 * and co-signed ones (with "write a proposal"), the office's queues (the state filter: submitted for review, accepted
 * for assignment, answered for the answer review, rated for closing), a unit's assignments.
 */
@Named
@ViewScoped
public class ProposalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProposalService service;

    @Inject
    CurrentUser me;

    @EJB
    org.tongxin.proposal.application.ProposalTrackingService tracking;

    /** The office's overdue queue (issue 18, deadlines) instead of the filters. */
    private boolean overdue;

    private ProposalState state;
    private Integer year;
    private PagedModel<ProposalSummary> model;

    public void init() {
        if (model != null) {
            return;
        }
        model = new PagedModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected Object query() {
                return overdue ? "overdue" : new ProposalQuery(state, year);
            }

            @Override
            protected Page<ProposalSummary> fetch(Object query, Page.Request request) {
                return query instanceof ProposalQuery q ? service.proposals(q, request) : tracking.overdue(request);
            }

            @Override
            protected String key(ProposalSummary row) {
                return String.valueOf(row.id());
            }
        };
    }

    /** The filters changed: the table reads again. */
    public void filter() {
        overdue = false;
    }

    /** One of the office's queues (a state), chosen by its button. */
    public void queue(ProposalState s) {
        state = s;
        overdue = false;
    }

    /** The office's overdue queue: unanswered assignments past their due date, the oldest due first. */
    public void overdueQueue() {
        overdue = true;
    }

    public boolean isOverdue() {
        return overdue;
    }

    /** {@code ?overdue=true} opens the overdue queue (the link of the office's reminders and bookmarks). */
    public Boolean getOverdueParam() {
        return overdue;
    }

    public void setOverdueParam(Boolean value) {
        overdue = Boolean.TRUE.equals(value) && isOffice();
    }

    public List<ProposalState> getStates() {
        return List.of(ProposalState.values());
    }

    /** The office's queues: where the office acts next. */
    public List<ProposalState> getQueues() {
        return List.of(ProposalState.SUBMITTED, ProposalState.ACCEPTED, ProposalState.ANSWERED, ProposalState.RATED);
    }

    public boolean isOffice() {
        return me.has("office-staff");
    }

    public PagedModel<ProposalSummary> getModel() {
        return model;
    }

    public ProposalState getState() {
        return state;
    }

    public void setState(ProposalState state) {
        this.state = state;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
