package org.tongxin.duty.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.committee.application.SectorSummary;
import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.RankingQuery;
import org.tongxin.duty.application.RankingRow;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * committee/ranking.xhtml: the annual evaluation of one organisation, ranked in the database and paged;
 * filtered by special committee or sector; the grade distribution beside it.
 */
@Named
@ViewScoped
public class RankingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    OrganisationTime time;

    @EJB
    DutyService duty;

    @EJB
    RosterService roster;

    @EJB
    OrganisationService organisationService;

    @Inject
    CurrentUser me;

    private List<OrganisationDetails> organisations;
    private List<CommitteeSummary> committees;
    private List<SectorSummary> sectors;
    private long organisation;
    private int year;
    private Long committee;
    private Long sector;
    private Map<String, Long> grades = Map.of();
    private LazyDataModel<RankingRow> model;

    @PostConstruct
    void init() {
        year = time.year(me.getOrganisationId());
        organisations = organisationService.visible();
        organisation = me.getCaller().organisation().id();
        committees = roster.committees();
        sectors = roster.sectors();
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                try {
                    return (int) duty.ranking(query(), new Page.Request(0, 1)).total();
                } catch (Problem p) {
                    Pages.problem(p);
                    return 0;
                }
            }

            @Override
            public List<RankingRow> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                try {
                    return duty.ranking(query(), Page.Request.ofRows(first, pageSize))
                            .items();
                } catch (Problem p) {
                    return List.of();
                }
            }

            @Override
            public String getRowKey(RankingRow row) {
                return String.valueOf(row.memberId());
            }
        };
        refresh();
    }

    /** Applies the filters: the table reloads itself; the grade counts are read again here. */
    public void refresh() {
        try {
            grades = duty.grades(query());
        } catch (Problem p) {
            grades = Map.of();
            Pages.problem(p);
        }
    }

    /** The whole ranking the filters select, as a workbook with headers in the page's language. */
    public org.primefaces.model.StreamedContent getExport() {
        List<String> headers = List.of(
                Pages.text("ranking.rank"),
                Pages.text("member.name"),
                Pages.text("member.committee"),
                Pages.text("member.sector"),
                Pages.text("duty.total"),
                Pages.text("duty.grade"));
        Map<String, String> gradeNames = new java.util.HashMap<>();
        getGradeNames().forEach(g -> gradeNames.put(g, Pages.text("grade." + g)));
        byte[] bytes = duty.exportRanking(query(), headers, gradeNames);
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("履职考核-" + year + ".xlsx")
                .contentType(XLSX)
                .contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }

    private RankingQuery query() {
        return new RankingQuery(organisation, year, committee, sector);
    }

    public List<CommitteeSummary> getCommittees() {
        return committees.stream()
                .filter(c -> c.organisationId() == organisation)
                .toList();
    }

    public List<SectorSummary> getSectors() {
        return sectors.stream().filter(s -> s.organisationId() == organisation).toList();
    }

    public List<Integer> getYears() {
        int now = time.year(me.getOrganisationId());
        return List.of(now, now - 1, now - 2);
    }

    public List<OrganisationDetails> getOrganisations() {
        return organisations;
    }

    public LazyDataModel<RankingRow> getModel() {
        return model;
    }

    public Map<String, Long> getGrades() {
        return grades;
    }

    public List<String> getGradeNames() {
        return List.of("EXCELLENT", "GOOD", "COMPETENT", "NOT_COMPETENT");
    }

    public long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(long organisation) {
        if (organisation != this.organisation) {
            committee = null;
            sector = null;
        }
        this.organisation = organisation;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    public Long getSector() {
        return sector;
    }

    public void setSector(Long sector) {
        this.sector = sector;
    }
}
