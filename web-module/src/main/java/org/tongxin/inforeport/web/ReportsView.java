package org.tongxin.inforeport.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.tongxin.inforeport.application.ReportSearchService;
import org.tongxin.inforeport.application.ReportService;
import org.tongxin.inforeport.application.ReportSummary;
import org.tongxin.inforeport.application.TopicService;
import org.tongxin.inforeport.application.TopicSummary;
import org.tongxin.inforeport.domain.ReportQuery;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.web.PagedModel;
import org.tongxin.platform.web.Pages;

/**
 * The reports the caller may see: a member's own, an editor's level's queue; filtered and paged in the
 * database, or by the full-text index when words, a level or a period are asked for.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportService reports;

    @EJB
    ReportSearchService search;

    @jakarta.inject.Inject
    org.tongxin.platform.application.OrganisationTime time;

    @jakarta.inject.Inject
    org.tongxin.platform.web.CurrentUser me;

    private List<TopicSummary> topics = List.of();

    /** Every topic the organisation's reports may carry, retired and hidden ones too, to name them. */
    private List<TopicSummary> names = List.of();

    @EJB
    TopicService topicService;

    private ReportState state;
    private String topic;
    private String q;
    private String level;
    private java.time.LocalDate from;
    private java.time.LocalDate to;
    private PagedModel<ReportSummary> model;
    private List<ReportSummary> selected = new java.util.ArrayList<>();
    private String title;
    private String body;
    private String proposals;
    private String combinedTopic;

    @PostConstruct
    void init() {
        Pages.attempt(() -> topics = reports.topics());
        Pages.attempt(() -> names = topicService.names());
        model = new PagedModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected Object query() {
                return ReportsView.this.query();
            }

            @Override
            protected Page<ReportSummary> fetch(Object query, Page.Request request) {
                return search.list((ReportQuery) query, request);
            }

            @Override
            protected String key(ReportSummary row) {
                return String.valueOf(row.id());
            }
        };
    }

    private ReportQuery query() {
        return new ReportQuery(
                state,
                topic == null || topic.isBlank() ? null : topic,
                q == null || q.isBlank() ? null : q.strip(),
                level == null || level.isBlank() ? null : level,
                from,
                to,
                null);
    }

    /** The levels an organisation holding a report can be at. */
    public List<String> getLevels() {
        return List.of("COUNTY", "CITY", "PROVINCE");
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public java.time.LocalDate getFrom() {
        return from;
    }

    public void setFrom(java.time.LocalDate from) {
        this.from = from;
    }

    public java.time.LocalDate getTo() {
        return to;
    }

    public void setTo(java.time.LocalDate to) {
        this.to = to;
    }

    public String topicName(String code) {
        boolean english = Pages.english();
        return names.stream()
                .filter(t -> t.code().equals(code))
                .map(t -> english ? t.nameEn() : t.nameZh())
                .findFirst()
                .orElse(code);
    }

    /** The selected reports become one combined report (综合稿); the page moves to it. */
    public String combine() {
        Long[] made = {null};
        boolean ok = Pages.attempt(
                () -> made[0] = reports.combine(
                                selected.stream().map(ReportSummary::id).toList(),
                                new org.tongxin.inforeport.domain.Draft(
                                        title,
                                        body,
                                        proposals == null
                                                ? List.of()
                                                : java.util.Arrays.stream(proposals.split("\\R"))
                                                        .filter(l -> !l.isBlank())
                                                        .toList(),
                                        combinedTopic))
                        .id(),
                java.util.Map.of(
                        "title",
                        "combineForm:title",
                        "body",
                        "combineForm:body",
                        "proposals",
                        "combineForm:proposals",
                        "sources",
                        "combineForm:title"));
        if (!ok) {
            return null;
        }
        jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .setKeepMessages(true);
        Pages.info("report.combined");
        return "/inforeport/report?faces-redirect=true&id=" + made[0];
    }

    public List<ReportSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<ReportSummary> selected) {
        this.selected = selected == null ? new java.util.ArrayList<>() : selected;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }

    public String getCombinedTopic() {
        return combinedTopic;
    }

    public void setCombinedTopic(String combinedTopic) {
        this.combinedTopic = combinedTopic;
    }

    public ReportState[] getStates() {
        return ReportState.values();
    }

    public List<TopicSummary> getTopics() {
        return topics;
    }

    public ReportState getState() {
        return state;
    }

    public void setState(ReportState state) {
        this.state = state;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public LazyDataModel<ReportSummary> getModel() {
        return model;
    }

    /** The day a report was submitted, in the reader's organisation's time zone (empty for a draft). */
    public String submittedOn(ReportSummary r) {
        return r.submittedAt() == null
                ? ""
                : r.submittedAt().atZone(readersZone()).toLocalDate().toString();
    }

    private static final String ZONE = ReportsView.class.getName() + ".zone";

    /** The reader's organisation's zone, looked up once per request rather than for each row of the table. */
    private java.time.ZoneId readersZone() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces != null && faces.getAttributes().get(ZONE) instanceof java.time.ZoneId known) {
            return known;
        }
        java.time.ZoneId zone = time.zone(me.getOrganisationId());
        if (faces != null) {
            faces.getAttributes().put(ZONE, zone);
        }
        return zone;
    }
}
