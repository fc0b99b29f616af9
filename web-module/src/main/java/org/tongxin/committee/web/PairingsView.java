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
import org.tongxin.committee.application.CommitteePairings;
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.PairingService;
import org.tongxin.committee.application.RosterService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * committee/pairings.xhtml?committee=: the functional party branch of a special committee: its CPC
 * members and their partners, the unpaired, the ended pairings; office staff pair and end pairings.
 */
@Named
@ViewScoped
public class PairingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private static final Map<String, String> FIELDS =
            Map.of("cpcMemberId", "pairForm:cpc", "partnerId", "pairForm:partner", "startedOn", "pairForm:startedOn");

    @EJB
    PairingService service;

    @EJB
    RosterService roster;

    private List<CommitteeSummary> committees;
    private Long committee;
    private CommitteePairings pairings;
    private Long cpcMember;
    private MemberSummary partner;
    private LocalDate startedOn;
    private LocalDate endedOn;

    @PostConstruct
    void init() {
        startedOn = time.today(me.getOrganisationId());
        endedOn = startedOn;
        committees = roster.committees();
    }

    /** f:viewAction, and the committee menu's change. */
    public void load() {
        if (committee == null && !committees.isEmpty()) {
            committee = committees.get(0).id();
        }
        try {
            pairings = committee == null ? null : service.ofCommittee(committee);
        } catch (Problem p) {
            pairings = null;
            Pages.problem(p);
        }
    }

    /** Partners to choose from: active non-CPC members found by name, pinyin or initials. */
    public List<MemberSummary> findPartner(String text) {
        return roster
                .search(
                        new MemberQuery(null, null, null, null, null, MemberStatus.ACTIVE, text),
                        new Page.Request(0, 20))
                .items()
                .stream()
                .filter(m -> !"CPC".equals(m.party()))
                .toList();
    }

    public void pair() {
        try {
            service.pair(cpcMember == null ? -1 : cpcMember, partner == null ? -1 : partner.id(), startedOn);
            partner = null;
            load();
            Pages.info("pairing.saved");
        } catch (Problem p) {
            Pages.problem(p, FIELDS);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public void end(long pairingId) {
        try {
            service.end(pairingId, endedOn);
            load();
            Pages.info("pairing.ended");
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public List<CommitteeSummary> getCommittees() {
        return committees;
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    public CommitteePairings getPairings() {
        return pairings;
    }

    public Long getCpcMember() {
        return cpcMember;
    }

    public void setCpcMember(Long cpcMember) {
        this.cpcMember = cpcMember;
    }

    public MemberSummary getPartner() {
        return partner;
    }

    public void setPartner(MemberSummary partner) {
        this.partner = partner;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }
}
