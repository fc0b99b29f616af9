package org.tongxin.inforeport.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tongxin.inforeport.application.ReportService;
import org.tongxin.inforeport.application.ReportStats;
import org.tongxin.inforeport.application.ReportStatsService;
import org.tongxin.inforeport.application.TopicService;
import org.tongxin.inforeport.application.TopicSummary;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Jsonp;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/** Statistics for editors and leaders: totals, by topic, month, author, sector and party, a chart, and the workbook. */
@Named
@ViewScoped
public class StatsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportStatsService stats;

    @EJB
    ReportService reports;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private LocalDate from;
    private LocalDate to;
    private String topic;
    private List<TopicSummary> topics = List.of();

    /** Every topic the organisation's reports may carry, retired and hidden ones too, to name them. */
    private List<TopicSummary> names = List.of();

    @EJB
    TopicService topicService;

    private ReportStats figures;

    /** The period defaults to this year so far, in the caller's organisation's calendar. */
    @PostConstruct
    void init() {
        to = time.today(me.getOrganisationId());
        from = to.withDayOfYear(1);
        Pages.attempt(() -> topics = reports.topics());
        Pages.attempt(() -> names = topicService.names());
    }

    public void load() {
        Pages.attempt(
                () -> figures = stats.stats(from, to, topic),
                java.util.Map.of("from", "statsForm:from", "to", "statsForm:to"));
    }

    /** Chart.js configuration of received and adopted reports per month. */
    public String getMonthChart() {
        if (figures == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Jsonp.createArrayBuilder();
        JsonArrayBuilder received = Jsonp.createArrayBuilder();
        JsonArrayBuilder adopted = Jsonp.createArrayBuilder();
        figures.byMonth().forEach(r -> {
            labels.add(r.key());
            received.add(r.received());
            adopted.add(r.adopted());
        });
        return Jsonp.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Jsonp.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Jsonp.createArrayBuilder()
                                                .add(Jsonp.createObjectBuilder()
                                                        .add("label", Pages.text("stats.received"))
                                                        .add("data", received)
                                                        .add("backgroundColor", "#1565c0"))
                                                .add(Jsonp.createObjectBuilder()
                                                        .add("label", Pages.text("stats.adopted"))
                                                        .add("data", adopted)
                                                        .add("backgroundColor", "#a8201a"))))
                .add("options", Jsonp.createObjectBuilder().add("responsive", true))
                .build()
                .toString();
    }

    public StreamedContent getExport() {
        List<String> sections = List.of(
                Pages.text("stats.title"),
                Pages.text("stats.by-topic"),
                Pages.text("stats.by-month"),
                Pages.text("stats.by-sector"),
                Pages.text("stats.by-party"),
                Pages.text("stats.authors"),
                Pages.text("stats.by-liaison-group"));
        List<String> headers = List.of(
                Pages.text("stats.group"),
                Pages.text("stats.received"),
                Pages.text("stats.adopted"),
                Pages.text("stats.forwarded"),
                Pages.text("stats.declined"),
                Pages.text("stats.instructions"));
        byte[] bytes = stats.export(from, to, topic, sections, headers);
        return DefaultStreamedContent.builder()
                .name("社情民意信息统计-" + from + "-" + to + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public String topicName(String code) {
        return names.stream()
                .filter(t -> t.code().equals(code))
                .map(t -> Pages.english() ? t.nameEn() : t.nameZh())
                .findFirst()
                .orElse(code);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public List<TopicSummary> getTopics() {
        return topics;
    }

    public ReportStats getFigures() {
        return figures;
    }
}
