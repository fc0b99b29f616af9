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
 * for assignment, answered for the answer review, rated for closing), a unit's assignments; the key proposals (the
 * office's and leaders' queue) and a leader's "I supervise" queue (issue 18).
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
                if (overdue) {
                    return "overdue";
                }
                ProposalQuery q = new ProposalQuery(state, year, keyOnly ? Boolean.TRUE : null, null);
                return supervised ? new Supervised(q) : q;
            }

            @Override
            protected Page<ProposalSummary> fetch(Object query, Page.Request request) {
                if (query instanceof Supervised s) {
                    return service.supervisedByMe(s.query(), request);
                }
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
        keyOnly = false;
        supervised = false;
    }

    // ---- issue 18, third slice: the key proposals, a leader's supervised ones

    /** The key proposals only (重点提案): a queue of the office and leaders, kept with the state and year filters. */
    private boolean keyOnly;

    /** A leader's "I supervise" queue (我督办的): the key proposals they are the supervising leader of. */
    private boolean supervised;

    /** The supervised queue's filters, told apart from the plain list's. */
    record Supervised(ProposalQuery query) implements Serializable {}

    public void keyQueue() {
        state = null;
        overdue = false;
        supervised = false;
        keyOnly = true;
    }

    public void supervisedQueue() {
        state = null;
        overdue = false;
        keyOnly = false;
        supervised = true;
    }

    /** Back to every proposal (the filters stay). */
    public void allQueue() {
        state = null;
        overdue = false;
        keyOnly = false;
        supervised = false;
    }

    public boolean isKeyOnly() {
        return keyOnly && !overdue;
    }

    public boolean isSupervised() {
        return supervised && !overdue;
    }

    /** {@code ?key=true} opens the key proposals, {@code ?supervisedByMe=true} a leader's supervised ones. */
    public Boolean getKeyParam() {
        return keyOnly;
    }

    public void setKeyParam(Boolean value) {
        keyOnly = Boolean.TRUE.equals(value);
    }

    public Boolean getSupervisedParam() {
        return supervised;
    }

    public void setSupervisedParam(Boolean value) {
        supervised = Boolean.TRUE.equals(value) && isLeader();
    }

    public boolean isLeader() {
        return me.has("leader");
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
