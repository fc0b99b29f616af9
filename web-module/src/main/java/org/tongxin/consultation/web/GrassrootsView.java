package org.tongxin.consultation.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongxin.committee.application.ConcernService;
import org.tongxin.committee.application.ConcernSummary;
import org.tongxin.committee.application.LiaisonService;
import org.tongxin.committee.application.PointSummary;
import org.tongxin.consultation.application.GrassrootsCounts;
import org.tongxin.consultation.application.GrassrootsDetails;
import org.tongxin.consultation.application.GrassrootsService;
import org.tongxin.consultation.application.GrassrootsSummary;
import org.tongxin.consultation.domain.GrassrootsResult;
import org.tongxin.consultation.domain.GrassrootsStep;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * consultation/grassroots.xhtml: the grassroots topics of the caller's organisation and those below, by step, town and
 * result, with the period's figures at the top (office staff, leaders); office staff collect a topic (from a concern of
 * the diary, at a contact point, or typed), a member from a concern of their own ({@code ?concern=} comes from the
 * diary's page).
 */
@Named
@ViewScoped
public class GrassrootsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "concernId", "newForm:concern",
            "townId", "newForm:town",
            "pointId", "newForm:point",
            "title", "newForm:title",
            "description", "newForm:description",
            "collectedOn", "newForm:collectedOn");

    @EJB
    GrassrootsService service;

    @EJB
    ConcernService concerns;

    @EJB
    LiaisonService liaison;

    @Inject
    CurrentUser me;

    private LocalDate from;
    private LocalDate to;
    private GrassrootsCounts counts;
    private String step;
    private Long town;
    private String result;
    private List<GrassrootsService.TownChoice> towns = List.of();
    private List<ConcernSummary> concernChoices = List.of();
    private List<PointSummary> points = List.of();
    private Long concern;
    private Long newTown;
    private Long point;
    private String title;
    private String description;
    private LocalDate collectedOn;
    private LazyDataModel<GrassrootsSummary> model;

    @PostConstruct
    void init() {
        Pages.attempt(() -> {
            to = service.today();
            from = to.withDayOfYear(1);
            towns = service.towns();
        });
        loadConcerns();
        refreshCounts();
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                try {
                    return (int) page(new Page.Request(0, 1)).total();
                } catch (Problem p) {
                    return 0;
                }
            }

            @Override
            public List<GrassrootsSummary> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                try {
                    return page(Page.Request.ofRows(first, pageSize)).items();
                } catch (Problem p) {
                    return List.of();
                }
            }

            @Override
            public String getRowKey(GrassrootsSummary t) {
                return String.valueOf(t.id());
            }
        };
    }

    private Page<GrassrootsSummary> page(Page.Request request) {
        return service.topics(
                step == null || step.isBlank() ? null : GrassrootsStep.valueOf(step),
                town,
                result == null || result.isBlank() ? null : GrassrootsResult.valueOf(result),
                null,
                null,
                request);
    }

    /** The open concerns a topic may be made from: the organisation's (office staff), one's own (a member). */
    private void loadConcerns() {
        if (!me.has("office-staff") && !me.has("member")) {
            return;
        }
        Pages.attempt(() -> concernChoices =
                new ArrayList<>(concerns.concerns(me.getOrganisationId(), "OPEN", null, null, new Page.Request(0, 100))
                        .items()));
    }

    /** The diary's page links here with {@code ?concern=}: that concern is chosen in the form. */
    public void preselect() {
        if (concern != null && concernChoices.stream().noneMatch(c -> c.id() == concern)) {
            Pages.attempt(() -> concernChoices.add(0, concerns.concern(concern)));
        }
    }

    public void refreshCounts() {
        if (!me.has("office-staff") && !me.has("leader")) {
            return;
        }
        Pages.attempt(
                () -> counts = service.counts(from, to), Map.of("from", "countsForm:from", "to", "countsForm:to"));
    }

    public void townChanged() {
        point = null;
        points = List.of();
        if (newTown != null) {
            Pages.attempt(() -> points =
                    liaison.points(newTown, null, new Page.Request(0, 200)).items());
        }
    }

    public String create() {
        GrassrootsDetails[] made = new GrassrootsDetails[1];
        if (Pages.attempt(
                () -> made[0] = service.create(new GrassrootsService.NewTopic(
                        concern,
                        concern == null ? newTown : null,
                        concern == null ? point : null,
                        title,
                        description,
                        collectedOn)),
                FIELDS)) {
            Pages.info("grassroots.created");
            return "/consultation/grassroots-topic?faces-redirect=true&id=" + made[0].id();
        }
        return null;
    }

    public boolean isMayCreate() {
        return me.has("office-staff") || (me.has("member") && !concernChoices.isEmpty());
    }

    public List<GrassrootsStep> getSteps() {
        return List.of(GrassrootsStep.values());
    }

    public List<GrassrootsResult> getResults() {
        return List.of(GrassrootsResult.values());
    }

    public LazyDataModel<GrassrootsSummary> getModel() {
        return model;
    }

    public GrassrootsCounts getCounts() {
        return counts;
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

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public Long getTown() {
        return town;
    }

    public void setTown(Long town) {
        this.town = town;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public List<GrassrootsService.TownChoice> getTowns() {
        return towns;
    }

    public List<ConcernSummary> getConcernChoices() {
        return concernChoices;
    }

    public List<PointSummary> getPoints() {
        return points;
    }

    public Long getConcern() {
        return concern;
    }

    public void setConcern(Long concern) {
        this.concern = concern;
    }

    public Long getNewTown() {
        return newTown;
    }

    public void setNewTown(Long newTown) {
        this.newTown = newTown;
    }

    public Long getPoint() {
        return point;
    }

    public void setPoint(Long point) {
        this.point = point;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getCollectedOn() {
        return collectedOn;
    }

    public void setCollectedOn(LocalDate collectedOn) {
        this.collectedOn = collectedOn;
    }
}
