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
import org.tongxin.committee.application.LiaisonService;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.PointSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.committee.application.TownSummary;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * committee/liaison.xhtml: an organisation's towns and streets with their liaison groups; the contact
 * points of a town (thousands, paged in the database) with the members assigned; office staff assign
 * members to points and to liaison groups.
 */
@Named
@ViewScoped
public class LiaisonView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationTime time;

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
    private List<TownSummary> towns = List.of();
    private Long town;
    private String pointName;
    private LazyDataModel<PointSummary> points;
    private PointSummary point;
    private MemberSummary member;
    private boolean fixed = true;
    private LocalDate since;
    private MemberSummary groupMember;

    @PostConstruct
    void init() {
        since = time.today(me.getOrganisationId());
        organisations = organisationService.visible();
        organisation = me.getCaller().organisation().id();
        points = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return town == null
                        ? 0
                        : (int) liaison.points(town, pointName, new Page.Request(0, 1))
                                .total();
            }

            @Override
            public List<PointSummary> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return town == null
                        ? List.of()
                        : liaison.points(town, pointName, Page.Request.ofRows(first, pageSize))
                                .items();
            }

            @Override
            public String getRowKey(PointSummary p) {
                return String.valueOf(p.id());
            }

            @Override
            public PointSummary getRowData(String rowKey) {
                return getWrappedData() == null
                        ? null
                        : ((List<PointSummary>) getWrappedData())
                                .stream()
                                        .filter(p -> String.valueOf(p.id()).equals(rowKey))
                                        .findFirst()
                                        .orElse(null);
            }
        };
        loadTowns();
    }

    public void loadTowns() {
        try {
            towns = liaison.towns(organisation);
            town = towns.isEmpty()
                    ? null
                    : (town != null && towns.stream().anyMatch(t -> t.id() == town)
                            ? town
                            : towns.get(0).id());
        } catch (Problem p) {
            towns = List.of();
            Pages.problem(p);
        }
    }

    public void chooseTown(long id) {
        town = id;
        point = null;
    }

    public List<MemberSummary> findMember(String text) {
        return roster
                .search(
                        new MemberQuery(null, null, null, null, null, MemberStatus.ACTIVE, text),
                        new Page.Request(0, 20))
                .items()
                .stream()
                .filter(m -> m.organisationId() == organisation)
                .toList();
    }

    public void assign() {
        try {
            if (point == null) {
                throw Problem.field("pointId", "invalid-input", "liaison.choose-point");
            }
            liaison.assign(member == null ? -1 : member.id(), point.id(), fixed, since);
            Pages.info("liaison.assigned.to", member.name(), point.name());
            member = null;
        } catch (Problem p) {
            Pages.problem(p, Map.of("pointId", "assignForm:point", "since", "assignForm:since"));
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public void joinGroup() {
        try {
            liaison.joinGroup(town == null ? -1 : town, groupMember == null ? -1 : groupMember.id());
            groupMember = null;
            loadTowns();
            Pages.info("liaison.joined");
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public TownSummary getCurrentTown() {
        return towns.stream()
                .filter(t -> town != null && t.id() == town)
                .findFirst()
                .orElse(null);
    }

    public List<OrganisationDetails> getOrganisations() {
        return organisations;
    }

    public long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(long organisation) {
        if (organisation != this.organisation) {
            town = null;
        }
        this.organisation = organisation;
    }

    public List<TownSummary> getTowns() {
        return towns;
    }

    public Long getTown() {
        return town;
    }

    public String getPointName() {
        return pointName;
    }

    public void setPointName(String pointName) {
        this.pointName = pointName;
    }

    public LazyDataModel<PointSummary> getPoints() {
        return points;
    }

    public PointSummary getPoint() {
        return point;
    }

    public void setPoint(PointSummary point) {
        this.point = point;
    }

    public MemberSummary getMember() {
        return member;
    }

    public void setMember(MemberSummary member) {
        this.member = member;
    }

    public boolean isFixed() {
        return fixed;
    }

    public void setFixed(boolean fixed) {
        this.fixed = fixed;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public MemberSummary getGroupMember() {
        return groupMember;
    }

    public void setGroupMember(MemberSummary groupMember) {
        this.groupMember = groupMember;
    }
}
