package org.tongxin.committee.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.tongxin.committee.application.CommitteeView;
import org.tongxin.committee.application.RosterService;

/** committee/committees.xhtml: the special committees with their directors and member counts. */
@Named
@ViewScoped
public class CommitteesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RosterService roster;

    private List<CommitteeView> committees;

    @PostConstruct
    void init() {
        committees = roster.committees();
    }

    public List<CommitteeView> getCommittees() {
        return committees;
    }
}
