package org.tongxin.duty.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.RecomputePreview;
import org.tongxin.duty.application.RuleSetDetails;
import org.tongxin.duty.domain.RuleTerms;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * committee/rules.xhtml: an organisation's rule set for a year. Office staff edit points, caps, the
 * split of joint work and the grade bands, see what the change would do to the year's totals, then
 * save; leaders read.
 */
@Named
@ViewScoped
public class RulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationTime time;

    @EJB
    DutyService duty;

    @EJB
    OrganisationService organisationService;

    @Inject
    CurrentUser me;

    private List<OrganisationDetails> organisations;
    private long organisation;
    private int year;
    private int revision;
    private List<Line> lines = new ArrayList<>();
    private int firstAuthorPercent;
    private BigDecimal excellentFrom;
    private BigDecimal goodFrom;
    private BigDecimal competentFrom;
    private RecomputePreview preview;

    /** One editable row of the rule table. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String category;
        private final boolean manual;
        private BigDecimal points;
        private BigDecimal cap;

        Line(RuleSetDetails.Line l) {
            category = l.category();
            manual = l.manual();
            points = l.points();
            cap = l.annualCap();
        }

        public String getCategory() {
            return category;
        }

        public boolean isManual() {
            return manual;
        }

        public BigDecimal getPoints() {
            return points;
        }

        public void setPoints(BigDecimal points) {
            this.points = points;
        }

        public BigDecimal getCap() {
            return cap;
        }

        public void setCap(BigDecimal cap) {
            this.cap = cap;
        }
    }

    @PostConstruct
    void init() {
        year = time.year(me.getOrganisationId());
        organisations = organisationService.visible();
        organisation = me.getCaller().organisation().id();
        load();
    }

    public void load() {
        preview = null;
        try {
            RuleSetDetails v = duty.ruleSet(organisation, year);
            revision = v.revision();
            lines = new ArrayList<>(v.rules().stream().map(Line::new).toList());
            firstAuthorPercent = v.firstAuthorPercent();
            excellentFrom = v.excellentFrom();
            goodFrom = v.goodFrom();
            competentFrom = v.competentFrom();
        } catch (Problem p) {
            lines = new ArrayList<>();
            Pages.problem(p);
        } catch (EJBAccessException e) {
            lines = new ArrayList<>();
            Pages.forbidden(e);
        }
    }

    public void previewChanges() {
        try {
            preview = duty.preview(organisation, year, terms());
        } catch (Problem p) {
            preview = null;
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public void save() {
        try {
            RecomputePreview result = duty.saveRuleSet(organisation, year, terms(), revision);
            load();
            preview = result;
            Pages.info("rules.saved", result.toRevision(), result.entriesRescored());
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    private RuleTerms terms() {
        EnumMap<DutyCategory, RuleTerms.Line> map = new EnumMap<>(DutyCategory.class);
        java.util.Map<String, RuleTerms.Line> own = new java.util.LinkedHashMap<>();
        for (Line l : lines) {
            if (RuleTerms.builtIn(l.category)) {
                map.put(DutyCategory.valueOf(l.category), new RuleTerms.Line(l.points, l.cap));
            } else {
                own.put(l.category, new RuleTerms.Line(l.points, l.cap));
            }
        }
        return new RuleTerms(map, firstAuthorPercent, excellentFrom, goodFrom, competentFrom, own);
    }

    public boolean isEditable() {
        return me.has("office-staff");
    }

    public List<Integer> getYears() {
        int now = time.year(me.getOrganisationId());
        return List.of(now + 1, now, now - 1, now - 2);
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

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getRevision() {
        return revision;
    }

    public List<Line> getLines() {
        return lines;
    }

    public int getFirstAuthorPercent() {
        return firstAuthorPercent;
    }

    public void setFirstAuthorPercent(int firstAuthorPercent) {
        this.firstAuthorPercent = firstAuthorPercent;
    }

    public BigDecimal getExcellentFrom() {
        return excellentFrom;
    }

    public void setExcellentFrom(BigDecimal excellentFrom) {
        this.excellentFrom = excellentFrom;
    }

    public BigDecimal getGoodFrom() {
        return goodFrom;
    }

    public void setGoodFrom(BigDecimal goodFrom) {
        this.goodFrom = goodFrom;
    }

    public BigDecimal getCompetentFrom() {
        return competentFrom;
    }

    public void setCompetentFrom(BigDecimal competentFrom) {
        this.competentFrom = competentFrom;
    }

    public RecomputePreview getPreview() {
        return preview;
    }
}
