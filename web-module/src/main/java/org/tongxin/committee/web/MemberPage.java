package org.tongxin.committee.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.MemberProfile;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.Position;
import org.tongxin.committee.application.RosterService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/** committee/member.xhtml?id=: a member's profile and history; office staff record dated changes. */
@Named
@ViewScoped
public class MemberPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private static final Map<String, String> FIELDS = Map.of("effectiveOn", "changeForm:effectiveOn");

    @EJB
    RosterService roster;

    private Long id;
    private MemberProfile profile;
    private String changeKind = "COMMITTEE";
    private Long newCommittee;
    private Position newPosition;
    private MemberStatus newStatus;
    private LocalDate effectiveOn;

    /** f:viewAction: loads the member; an unknown or invisible id shows "not found". */
    public void load() {
        if (effectiveOn == null) {
            effectiveOn = time.today(me.getOrganisationId());
        }
        try {
            profile = roster.member(id == null ? -1 : id);
        } catch (Problem p) {
            profile = null;
            Pages.problem(p);
        }
    }

    public void recordChange() {
        try {
            switch (changeKind) {
                case "COMMITTEE" -> roster.placeIn(id, newCommittee == null ? -1 : newCommittee, effectiveOn);
                case "POSITION" -> roster.changePosition(id, newPosition, effectiveOn);
                default -> roster.changeStatus(id, newStatus, effectiveOn);
            }
            profile = roster.member(id);
            Pages.info("member.change.saved");
        } catch (Problem p) {
            Pages.problem(p, FIELDS);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public List<CommitteeSummary> getCommittees() {
        return profile == null
                ? List.of()
                : roster.committees().stream()
                        .filter(c -> c.organisationId() == profile.member().organisationId())
                        .toList();
    }

    public Position[] getPositions() {
        return Position.values();
    }

    public MemberStatus[] getStatuses() {
        return MemberStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MemberProfile getProfile() {
        return profile;
    }

    public String getChangeKind() {
        return changeKind;
    }

    public void setChangeKind(String changeKind) {
        this.changeKind = changeKind;
    }

    public Long getNewCommittee() {
        return newCommittee;
    }

    public void setNewCommittee(Long newCommittee) {
        this.newCommittee = newCommittee;
    }

    public Position getNewPosition() {
        return newPosition;
    }

    public void setNewPosition(Position newPosition) {
        this.newPosition = newPosition;
    }

    public MemberStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(MemberStatus newStatus) {
        this.newStatus = newStatus;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }
}
