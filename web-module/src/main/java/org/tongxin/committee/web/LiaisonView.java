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
import org.tongxin.committee.application.LiaisonStructure;
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
    LiaisonStructure structure;

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

    // the structure (office staff): a new town, the chosen town, a new point, the chosen point, the town's group
    private List<LiaisonStructure.GroupRow> groups = List.of();
    private String newTownName;
    private String newTownKind = "TOWN";
    private String townName;
    private String townKind;
    private String newPointName;
    private String newPointKind = "VILLAGE";
    private String editPointName;
    private String editPointKind;
    private Long pointTown;
    private String groupName;
    private MemberSummary groupLeader;
    private Long groupTown;
    private LocalDate retireOn;

    @PostConstruct
    void init() {
        since = time.today(me.getOrganisationId());
        retireOn = since;
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
            groups = me.has("office-staff") ? structure.groups(organisation) : List.of();
            fillTown();
        } catch (Problem p) {
            towns = List.of();
            Pages.problem(p);
        }
    }

    public void chooseTown(long id) {
        town = id;
        point = null;
        fillTown();
    }

    /** The chosen town's and its live group's current values in the structure form. */
    private void fillTown() {
        TownSummary t = getCurrentTown();
        townName = t == null ? null : t.name();
        townKind = t == null ? null : t.kind();
        LiaisonStructure.GroupRow g = getCurrentGroup();
        groupName = g == null ? (t == null ? null : t.name() + "联络组") : g.name();
        groupTown = t == null ? null : t.id();
        groupLeader = g == null || g.leaderId() == null
                ? null
                : roster
                        .search(
                                new MemberQuery(null, null, null, null, null, MemberStatus.ACTIVE, g.leaderName()),
                                new Page.Request(0, 50))
                        .items()
                        .stream()
                        .filter(m -> m.id() == g.leaderId())
                        .findFirst()
                        .orElse(null);
        point = null;
        editPointName = null;
        editPointKind = null;
        pointTown = null;
    }

    /** The town's live liaison group, or null. */
    public LiaisonStructure.GroupRow getCurrentGroup() {
        return groups.stream()
                .filter(g -> town != null && g.townId() == town && g.retiredOn() == null)
                .findFirst()
                .orElse(null);
    }

    /** The live towns, where points and groups may go. */
    public List<TownSummary> getLiveTowns() {
        return towns.stream().filter(t -> t.retiredOn() == null).toList();
    }

    public void pointSelected() {
        if (point != null) {
            editPointName = point.name();
            editPointKind = point.kind();
            pointTown = point.townId();
        }
    }

    public void addTown() {
        if (Pages.attempt(
                () -> {
                    town = structure
                            .createTown(organisation, newTownName, newTownKind)
                            .id();
                    Pages.info("liaison.town-added", newTownName);
                },
                Map.of("name", "structureForm:newTownName", "kind", "structureForm:newTownKind"))) {
            newTownName = null;
            loadTowns();
        }
    }

    public void saveTown() {
        TownSummary t = getCurrentTown();
        if (t != null
                && Pages.attempt(
                        () -> {
                            structure.updateTown(t.id(), townName, townKind, t.version());
                            Pages.info("liaison.town-saved", townName);
                        },
                        Map.of("name", "structureForm:townName"))) {
            loadTowns();
        }
    }

    public void retireTown() {
        TownSummary t = getCurrentTown();
        if (t != null
                && Pages.attempt(
                        () -> {
                            structure.retireTown(t.id(), retireOn);
                            Pages.info("liaison.retired-done", t.name());
                        },
                        Map.of("on", "structureForm:retireOn"))) {
            loadTowns();
        }
    }

    public void addPoint() {
        if (town != null
                && Pages.attempt(
                        () -> {
                            structure.createPoint(town, newPointName, newPointKind);
                            Pages.info("liaison.point-added", newPointName);
                        },
                        Map.of("name", "structureForm:newPointName", "kind", "structureForm:newPointKind"))) {
            newPointName = null;
            loadTowns();
        }
    }

    public void savePoint() {
        PointSummary p = point;
        if (p == null) {
            Pages.problem(Problem.field("pointId", "invalid-input", "liaison.choose-point"));
            return;
        }
        if (Pages.attempt(
                () -> {
                    structure.updatePoint(
                            p.id(), editPointName, editPointKind, pointTown == null ? -1 : pointTown, p.version());
                    Pages.info("liaison.point-saved", editPointName);
                },
                Map.of("name", "structureForm:editPointName", "townId", "structureForm:pointTown"))) {
            point = null;
            loadTowns();
        }
    }

    public void retirePoint() {
        PointSummary p = point;
        if (p == null) {
            Pages.problem(Problem.field("pointId", "invalid-input", "liaison.choose-point"));
            return;
        }
        if (Pages.attempt(
                () -> {
                    structure.retirePoint(p.id(), retireOn);
                    Pages.info("liaison.retired-done", p.name());
                },
                Map.of("on", "structureForm:retireOn"))) {
            point = null;
            loadTowns();
        }
    }

    /** Creates the town's group, or saves its name, town (a move) and leader. */
    public void saveGroup() {
        LiaisonStructure.GroupRow g = getCurrentGroup();
        Long leader = groupLeader == null ? null : groupLeader.id();
        if (town != null
                && Pages.attempt(
                        () -> {
                            if (g == null) {
                                structure.createGroup(town, groupName, leader);
                            } else {
                                structure.updateGroup(
                                        g.id(), groupName, groupTown == null ? -1 : groupTown, leader, g.version());
                            }
                            Pages.info(g == null ? "liaison.group-added" : "liaison.group-saved", groupName);
                        },
                        Map.of(
                                "name", "structureForm:groupName",
                                "leaderId", "structureForm:groupLeader",
                                "townId", "structureForm:groupTown"))) {
            loadTowns();
        }
    }

    public void retireGroup() {
        LiaisonStructure.GroupRow g = getCurrentGroup();
        if (g != null
                && Pages.attempt(
                        () -> {
                            structure.retireGroup(g.id(), retireOn);
                            Pages.info("liaison.retired-done", g.name());
                        },
                        Map.of("on", "structureForm:retireOn"))) {
            loadTowns();
        }
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

    public String getNewTownName() {
        return newTownName;
    }

    public void setNewTownName(String v) {
        this.newTownName = v;
    }

    public String getNewTownKind() {
        return newTownKind;
    }

    public void setNewTownKind(String v) {
        this.newTownKind = v;
    }

    public String getTownName() {
        return townName;
    }

    public void setTownName(String v) {
        this.townName = v;
    }

    public String getTownKind() {
        return townKind;
    }

    public void setTownKind(String v) {
        this.townKind = v;
    }

    public String getNewPointName() {
        return newPointName;
    }

    public void setNewPointName(String v) {
        this.newPointName = v;
    }

    public String getNewPointKind() {
        return newPointKind;
    }

    public void setNewPointKind(String v) {
        this.newPointKind = v;
    }

    public String getEditPointName() {
        return editPointName;
    }

    public void setEditPointName(String v) {
        this.editPointName = v;
    }

    public String getEditPointKind() {
        return editPointKind;
    }

    public void setEditPointKind(String v) {
        this.editPointKind = v;
    }

    public Long getPointTown() {
        return pointTown;
    }

    public void setPointTown(Long v) {
        this.pointTown = v;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String v) {
        this.groupName = v;
    }

    public MemberSummary getGroupLeader() {
        return groupLeader;
    }

    public void setGroupLeader(MemberSummary v) {
        this.groupLeader = v;
    }

    public Long getGroupTown() {
        return groupTown;
    }

    public void setGroupTown(Long v) {
        this.groupTown = v;
    }

    public LocalDate getRetireOn() {
        return retireOn;
    }

    public void setRetireOn(LocalDate v) {
        this.retireOn = v;
    }
}
