package org.tongxin.committee.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.committee.application.SectorSummary;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * committee/committees.xhtml: the special committees with their directors and member counts, and the
 * sectors; office staff add committees and sectors and appoint directors.
 */
@Named
@ViewScoped
public class CommitteesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RosterService roster;

    @EJB
    OrganisationService organisationService;

    @Inject
    CurrentUser me;

    private List<CommitteeSummary> committees;
    private List<SectorSummary> sectors;
    private List<OrganisationDetails> organisations;
    private long organisation;
    private String committeeName;
    private String sectorName;
    private Long committee;
    private MemberSummary director;

    @PostConstruct
    void init() {
        organisations = organisationService.visible();
        organisation = me.getCaller().organisation().id();
        reload();
    }

    private void reload() {
        committees = roster.committees();
        sectors = roster.sectors();
    }

    public void addCommittee() {
        try {
            roster.addCommittee(organisation, committeeName);
            committeeName = null;
            reload();
            Pages.info("committees.added");
        } catch (Problem p) {
            Pages.problem(p, Map.of("name", "manageForm:committeeName"));
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public void addSector() {
        try {
            roster.addSector(organisation, sectorName);
            sectorName = null;
            reload();
            Pages.info("committees.sector-added");
        } catch (Problem p) {
            Pages.problem(p, Map.of("name", "manageForm:sectorName"));
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public void appoint() {
        try {
            roster.appointDirector(committee == null ? -1 : committee, director == null ? -1 : director.id());
            director = null;
            reload();
            Pages.info("committees.appointed");
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    /** Candidates for director: active members of the chosen committee. */
    public List<MemberSummary> findDirector(String text) {
        return roster.search(
                        new MemberQuery(committee, null, null, null, null, MemberStatus.ACTIVE, text),
                        new Page.Request(0, 20))
                .items();
    }

    public List<CommitteeSummary> getCommittees() {
        return committees;
    }

    public List<SectorSummary> getSectors() {
        return sectors.stream().filter(s -> s.organisationId() == organisation).toList();
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

    public String getCommitteeName() {
        return committeeName;
    }

    public void setCommitteeName(String committeeName) {
        this.committeeName = committeeName;
    }

    public String getSectorName() {
        return sectorName;
    }

    public void setSectorName(String sectorName) {
        this.sectorName = sectorName;
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    public MemberSummary getDirector() {
        return director;
    }

    public void setDirector(MemberSummary director) {
        this.director = director;
    }
}
