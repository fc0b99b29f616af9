package org.tongxin.home.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tongxin.home.application.Dashboard;
import org.tongxin.home.application.DashboardService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Jsonp;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * The leader's dashboard ({@code home/dashboard.xhtml}): a period (this year by default, or {@code ?from=&to=}), one
 * panel per section of {@link Dashboard} with its figures (each a link to the list behind it), a Chart.js chart whose
 * text alternative is a one-line summary and the figures' table, and the workbook and PDF of the same figures.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The charts' colours: dark enough on white for WCAG's 3:1 for graphics. */
    private static final String[] COLOURS = {"#1565c0", "#a8201a", "#2e7d32", "#6a1b9a", "#e65100", "#37474f"};

    @EJB
    DashboardService dashboards;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private LocalDate from;
    private LocalDate to;
    private String fromParam;
    private String toParam;
    private Dashboard dashboard;
    private List<Panel> panels = List.of();

    /** One figure of a panel: its key (the element id), label, value as shown, and the page behind it. */
    public record Figure(String key, String label, String value, String page) implements Serializable {}

    /** A section of the dashboard as the page shows it. */
    public record Panel(
            String key,
            String title,
            String page,
            List<Figure> figures,
            String chart,
            String summary,
            List<Figure> data)
            implements Serializable {}

    /** The view action: the period from the address (or this year so far), then the figures. */
    public void init() {
        LocalDate today = time.today(me.getOrganisationId());
        to = parse(toParam, today);
        from = parse(fromParam, to.withDayOfYear(1));
        load();
    }

    /** The figures of the chosen period. */
    public void load() {
        Pages.attempt(
                () -> {
                    dashboard = dashboards.dashboard(from, to);
                    panels = panels(dashboard);
                },
                Map.of("from", "periodForm:from", "to", "periodForm:to"));
    }

    /** Back to this year so far. */
    public void thisYear() {
        to = time.today(me.getOrganisationId());
        from = to.withDayOfYear(1);
        load();
    }

    private static LocalDate parse(String text, LocalDate otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    private static List<Panel> panels(Dashboard d) {
        List<Panel> p = new ArrayList<>();
        Dashboard.Members m = d.members();
        List<Figure> positions = new ArrayList<>();
        m.byPosition().forEach((k, v) -> positions.add(fig("position-" + k, "position." + k, v, m.page())));
        p.add(panel(
                "members",
                "dashboard.members",
                m.page(),
                List.of(fig("members-active", "dashboard.members.active", m.active(), m.page())),
                "doughnut",
                positions));
        Dashboard.Coverage c = d.coverage();
        p.add(panel(
                "coverage",
                "dashboard.coverage",
                c.page(),
                List.of(
                        fig("coverage-points", "dashboard.coverage.points", c.points(), c.page()),
                        fig("coverage-covered", "dashboard.coverage.covered", c.covered(), c.page()),
                        new Figure(
                                "coverage-rate", Pages.text("dashboard.coverage.rate"), percent(c.rate()), c.page())),
                "doughnut",
                List.of(
                        fig("coverage-covered", "dashboard.coverage.covered", c.covered(), c.page()),
                        fig(
                                "coverage-uncovered",
                                "dashboard.coverage.uncovered",
                                c.points() - c.covered(),
                                c.page()))));
        Dashboard.Concerns n = d.concerns();
        p.add(panel(
                "concerns",
                "dashboard.concerns",
                n.page(),
                List.of(
                        fig("concerns-collected", "dashboard.concerns.collected", n.collected(), n.page()),
                        fig("concerns-resolved", "dashboard.concerns.resolved", n.resolved(), n.page()),
                        fig("concerns-unresolved", "dashboard.concerns.unresolved", n.unresolved(), n.page()),
                        fig("concerns-open", "dashboard.concerns.open", n.open(), n.page())),
                "bar",
                null));
        Dashboard.Reports r = d.reports();
        List<Figure> levels = new ArrayList<>();
        r.instructionsByLevel()
                .forEach((k, v) -> levels.add(new Figure(
                        "instructions-" + k,
                        Pages.text("dashboard.reports.instructions") + " · " + Pages.text("level." + k),
                        String.valueOf(v),
                        r.page())));
        List<Figure> reports = List.of(
                fig("reports-received", "dashboard.reports.received", r.received(), r.page()),
                fig("reports-adopted", "dashboard.reports.adopted", r.adopted(), r.page()),
                fig("reports-forwarded", "dashboard.reports.forwarded", r.forwarded(), r.page()),
                fig("reports-declined", "dashboard.reports.declined", r.declined(), r.page()),
                fig("reports-instructions", "dashboard.reports.instructions", r.instructions(), r.page()));
        List<Figure> reportData = new ArrayList<>(reports);
        reportData.addAll(levels);
        p.add(panel("reports", "dashboard.reports", r.page(), reports, "bar", reportData));
        Dashboard.Activities a = d.activities();
        List<Figure> kinds = new ArrayList<>();
        a.byKind().forEach(k -> kinds.add(fig("kind-" + k.kind(), "kind." + k.kind(), k.activities(), a.page())));
        p.add(panel(
                "activities",
                "dashboard.activities",
                a.page(),
                List.of(
                        fig("activities-held", "dashboard.activities.held", a.held(), a.page()),
                        fig("activities-attendances", "dashboard.activities.attendances", a.attendances(), a.page()),
                        fig("activities-reading", "dashboard.activities.reading", a.readingSessions(), a.page()),
                        fig("activities-salons", "dashboard.activities.salons", a.salons(), a.page())),
                "bar",
                kinds));
        Dashboard.Grades g = d.grades();
        List<Figure> grades = new ArrayList<>();
        g.byGrade().forEach((k, v) -> grades.add(fig("grade-" + k, "grade." + k, v, g.page())));
        p.add(new Panel(
                "grades",
                Pages.text("dashboard.grades") + "（" + g.year() + "）",
                g.page(),
                grades,
                chart("bar", grades),
                summary(Pages.text("dashboard.grades"), grades),
                grades));
        Dashboard.Consultations s = d.consultations();
        List<Figure> states = new ArrayList<>();
        s.byState()
                .forEach((k, v) -> states.add(new Figure(
                        "state-" + k,
                        Pages.text("dashboard.consultations.activities") + " · " + Pages.text("csa.state." + k),
                        String.valueOf(v),
                        s.page())));
        List<Figure> consultations = List.of(
                fig("consultations-activities", "dashboard.consultations.activities", s.activities(), s.page()),
                fig(
                        "consultations-demands",
                        "dashboard.consultations.demands",
                        s.demandsCollected(),
                        s.grassrootsPage()),
                fig("consultations-topics", "dashboard.consultations.topics", s.topics(), s.grassrootsPage()),
                fig("consultations-meetings", "dashboard.consultations.meetings", s.meetings(), s.grassrootsPage()),
                fig("consultations-solved", "dashboard.consultations.solved", s.solved(), s.grassrootsPage()));
        List<Figure> consultationData = new ArrayList<>(states);
        consultationData.addAll(consultations.subList(1, consultations.size()));
        p.add(panel("consultations", "dashboard.consultations", s.page(), consultations, "bar", consultationData));
        Dashboard.Proposals o = d.proposals();
        List<Figure> proposals = List.of(
                fig("proposals-filed", "dashboard.proposals.filed", o.filed(), o.page()),
                fig("proposals-accepted", "dashboard.proposals.accepted", o.accepted(), o.page()),
                fig("proposals-answered", "dashboard.proposals.answered", o.answered(), o.page()),
                fig("proposals-on-time", "dashboard.proposals.on-time", o.answeredOnTime(), o.page()),
                fig("proposals-overdue", "dashboard.proposals.overdue", o.overdue(), o.page()));
        List<Figure> proposalFigures = new ArrayList<>(proposals);
        proposalFigures.add(new Figure(
                "proposals-satisfaction",
                Pages.text("dashboard.proposals.satisfaction"),
                percent(o.satisfactionRate()),
                o.page()));
        p.add(new Panel(
                "proposals",
                Pages.text("dashboard.proposals") + "（" + o.year() + "）",
                o.page(),
                proposalFigures,
                chart("bar", proposals),
                summary(Pages.text("dashboard.proposals"), proposals),
                proposalFigures));
        return p;
    }

    /** A panel whose chart shows {@code data}, or its own figures when null. */
    private static Panel panel(
            String key, String titleKey, String page, List<Figure> figures, String type, List<Figure> data) {
        List<Figure> charted = data == null ? figures : data;
        String title = Pages.text(titleKey);
        return new Panel(key, title, page, figures, chart(type, charted), summary(title, charted), charted);
    }

    private static Figure fig(String key, String labelKey, long value, String page) {
        return new Figure(key, Pages.text(labelKey), String.valueOf(value), page);
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /** The chart's name for screen readers: its title and every figure ("成员：委员 300，常委 30 …"). */
    private static String summary(String title, List<Figure> figures) {
        StringBuilder b = new StringBuilder(title).append(Pages.english() ? ": " : "：");
        for (int i = 0; i < figures.size(); i++) {
            b.append(i == 0 ? "" : Pages.english() ? ", " : "，")
                    .append(figures.get(i).label())
                    .append(' ')
                    .append(figures.get(i).value());
        }
        return b.toString();
    }

    /** Chart.js configuration: one dataset, a colour per bar or slice, no legend for bars. */
    private static String chart(String type, List<Figure> figures) {
        JsonArrayBuilder labels = Jsonp.createArrayBuilder();
        JsonArrayBuilder values = Jsonp.createArrayBuilder();
        JsonArrayBuilder colours = Jsonp.createArrayBuilder();
        for (int i = 0; i < figures.size(); i++) {
            labels.add(figures.get(i).label());
            values.add(number(figures.get(i).value()));
            colours.add(COLOURS[i % COLOURS.length]);
        }
        boolean bar = "bar".equals(type);
        var options = Jsonp.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        Jsonp.createObjectBuilder()
                                .add("legend", Jsonp.createObjectBuilder().add("display", !bar)));
        if (bar) {
            options.add("indexAxis", "y")
                    .add(
                            "scales",
                            Jsonp.createObjectBuilder()
                                    .add(
                                            "x",
                                            Jsonp.createObjectBuilder()
                                                    .add("beginAtZero", true)
                                                    .add(
                                                            "ticks",
                                                            Jsonp.createObjectBuilder()
                                                                    .add("precision", 0))));
        }
        return Jsonp.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Jsonp.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Jsonp.createArrayBuilder()
                                                .add(Jsonp.createObjectBuilder()
                                                        .add("data", values)
                                                        .add("backgroundColor", colours))))
                .add("options", options)
                .build()
                .toString();
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public StreamedContent getWorkbook() {
        byte[] bytes = dashboards.workbook(from, to, labels());
        return DefaultStreamedContent.builder()
                .name(Pages.text("dashboard.file") + "-" + from + "-" + to + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public StreamedContent getPdf() {
        byte[] bytes = dashboards.pdf(from, to, labels());
        return DefaultStreamedContent.builder()
                .name(Pages.text("dashboard.file") + "-" + from + "-" + to + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : DashboardService.LABELS) {
            labels.put(key, Pages.text(key));
        }
        return labels;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<Panel> getPanels() {
        return panels;
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

    public String getFromParam() {
        return fromParam;
    }

    public void setFromParam(String fromParam) {
        this.fromParam = fromParam;
    }

    public String getToParam() {
        return toParam;
    }

    public void setToParam(String toParam) {
        this.toParam = toParam;
    }
}
