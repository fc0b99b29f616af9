package org.tongxin.inforeport.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.inforeport.application.NewReport;
import org.tongxin.inforeport.application.ReportDetails;
import org.tongxin.inforeport.application.ReportSearchService;
import org.tongxin.inforeport.application.ReportService;
import org.tongxin.inforeport.application.SimilarReportSummary;
import org.tongxin.inforeport.application.TopicSummary;
import org.tongxin.inforeport.domain.Draft;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Pages;

/** Writing a report, or revising one's draft or returned report ({@code ?id=}). */
@Named
@ViewScoped
public class WritePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "title",
            "writeForm:title",
            "body",
            "writeForm:body",
            "proposals",
            "writeForm:proposals",
            "topic",
            "writeForm:topic",
            "coAuthors",
            "writeForm:coAuthors",
            "sourcePoint",
            "writeForm:sourcePoint");

    @EJB
    ReportService reports;

    @EJB
    ReportSearchService search;

    @EJB
    RosterService roster;

    private Long id;
    private List<TopicSummary> topics = List.of();
    private String title;
    private String body;
    private String proposals;
    private String topic;
    private List<MemberSummary> coAuthors = new ArrayList<>();
    private List<ReportDetails.Source> points = List.of();
    private Long sourcePoint;
    private List<SimilarReportSummary> similar = List.of();

    @PostConstruct
    void init() {
        Pages.attempt(() -> {
            topics = reports.topics();
            points = reports.myPoints();
        });
    }

    public void load() {
        if (id == null || title != null) {
            return;
        }
        try {
            ReportDetails d = reports.report(id);
            title = d.title();
            body = d.body();
            proposals = String.join("\n", d.proposals());
            topic = d.topic();
        } catch (Problem p) {
            Pages.problem(p);
        }
    }

    /** As the title or the body changes: reports like it, so the writer sees the matter was raised before. */
    public void lookUpSimilar() {
        try {
            similar = search.similar(
                    title, body == null || body.length() <= 2000 ? body : body.substring(0, 2000), id, 5);
        } catch (Problem p) {
            similar = List.of();
        }
    }

    public List<SimilarReportSummary> getSimilar() {
        return similar;
    }

    public List<MemberSummary> findMember(String text) {
        return roster.search(
                        new MemberQuery(null, null, null, null, null, MemberStatus.ACTIVE, text),
                        new Page.Request(0, 20))
                .items();
    }

    public String save() {
        return store(false);
    }

    public String submit() {
        return store(true);
    }

    private String store(boolean submit) {
        Long[] saved = {id};
        boolean ok = Pages.attempt(
                () -> {
                    List<String> lines = proposals == null
                            ? List.of()
                            : Arrays.stream(proposals.split("\\R"))
                                    .filter(l -> !l.isBlank())
                                    .toList();
                    if (saved[0] == null) {
                        saved[0] = reports.create(new NewReport(
                                        title,
                                        body,
                                        lines,
                                        topic,
                                        coAuthors.stream()
                                                .map(MemberSummary::id)
                                                .toList(),
                                        sourcePoint))
                                .id();
                    } else {
                        reports.revise(saved[0], new Draft(title, body, lines, topic));
                    }
                    if (submit) {
                        reports.submit(saved[0]);
                    }
                },
                FIELDS);
        if (!ok) {
            return null;
        }
        id = saved[0];
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Pages.info(submit ? "write.submitted" : "write.saved");
        return "/inforeport/report?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<TopicSummary> getTopics() {
        return topics;
    }

    /** The contact points the member may name as the source (none: the field is not shown). */
    public List<ReportDetails.Source> getPoints() {
        return points;
    }

    public Long getSourcePoint() {
        return sourcePoint;
    }

    public void setSourcePoint(Long sourcePoint) {
        this.sourcePoint = sourcePoint;
    }

    public String topicLabel(TopicSummary t) {
        return Pages.english() ? t.nameEn() : t.nameZh();
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

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public List<MemberSummary> getCoAuthors() {
        return coAuthors;
    }

    public void setCoAuthors(List<MemberSummary> coAuthors) {
        this.coAuthors = coAuthors;
    }
}
