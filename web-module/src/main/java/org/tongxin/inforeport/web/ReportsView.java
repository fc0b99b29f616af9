package org.tongxin.inforeport.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongxin.inforeport.application.ReportService;
import org.tongxin.inforeport.application.ReportViews;
import org.tongxin.inforeport.domain.ReportQuery;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.platform.domain.Page;
import org.tongxin.platform.domain.Problem;
import org.tongxin.platform.web.Pages;

/** The reports the caller may see: a member's own, an editor's level's queue; filtered and paged in the database. */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportService reports;

    private List<ReportViews.Topic> topics = List.of();
    private ReportState state;
    private String topic;
    private String q;
    private LazyDataModel<ReportViews.Summary> model;

    @PostConstruct
    void init() {
        Pages.attempt(() -> topics = reports.topics());
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                try {
                    return (int) reports.list(query(), new Page.Request(0, 1)).total();
                } catch (Problem p) {
                    return 0;
                }
            }

            @Override
            public List<ReportViews.Summary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                try {
                    int size = Math.max(1, Math.min(pageSize, Page.Request.MAX_SIZE));
                    return reports.list(query(), new Page.Request(first / size, size)).items();
                } catch (Problem p) {
                    Pages.problem(p);
                    return List.of();
                }
            }

            @Override
            public String getRowKey(ReportViews.Summary row) {
                return String.valueOf(row.id());
            }

            @Override
            public ReportViews.Summary getRowData(String rowKey) {
                return null;
            }
        };
    }

    private ReportQuery query() {
        return new ReportQuery(state, topic == null || topic.isBlank() ? null : topic, q);
    }

    public String topicName(String code) {
        boolean english = Pages.english();
        return topics.stream().filter(t -> t.code().equals(code)).map(t -> english ? t.nameEn() : t.nameZh()).findFirst().orElse(code);
    }

    public ReportState[] getStates() {
        return ReportState.values();
    }

    public List<ReportViews.Topic> getTopics() {
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

    public LazyDataModel<ReportViews.Summary> getModel() {
        return model;
    }
}
