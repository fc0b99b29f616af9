package org.tongxin.consultation.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tongxin.consultation.application.PlanDetails;
import org.tongxin.consultation.application.PlanService;
import org.tongxin.consultation.application.ShapeDetails;
import org.tongxin.consultation.domain.PlanShape;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * consultation/plans.xhtml: the plans of a year of the caller's organisation and those below; office staff start
 * their organisation's draft and keep its shape ("136+N").
 */
@Named
@ViewScoped
public class PlansView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "year", "plansForm:year",
            "plenary", "shapeForm:plenary",
            "standing", "shapeForm:standing",
            "monthly", "shapeForm:monthly",
            "otherMin", "shapeForm:otherMin");

    @EJB
    PlanService service;

    @Inject
    CurrentUser me;

    private int year;
    private List<PlanDetails> plans = List.of();
    private ShapeDetails shape;
    private int plenary;
    private int standing;
    private int monthly;
    private int otherMin;

    @PostConstruct
    void init() {
        Pages.attempt(() -> year = service.thisYear());
        load();
        loadShape();
    }

    public void load() {
        Pages.attempt(() -> plans = service.plans(year));
    }

    private void loadShape() {
        Pages.attempt(() -> {
            shape = service.shape();
            plenary = shape.plenary();
            standing = shape.standing();
            monthly = shape.monthly();
            otherMin = shape.otherMin();
        });
    }

    /** Office staff start their organisation's plan of the year shown, and go to it. */
    public String create() {
        PlanDetails[] made = new PlanDetails[1];
        if (Pages.attempt(() -> made[0] = service.create(year), FIELDS)) {
            return "/consultation/plan?faces-redirect=true&id=" + made[0].id();
        }
        return null;
    }

    public void saveShape() {
        if (Pages.attempt(
                () -> shape = service.changeShape(
                        new PlanShape.Counts(plenary, standing, monthly, otherMin),
                        shape == null ? null : shape.version()),
                FIELDS)) {
            Pages.info("consultation.shape.saved");
            load();
        }
    }

    public boolean isOwnPlanMissing() {
        return me.has("office-staff") && plans.stream().noneMatch(p -> p.organisationId() == me.getOrganisationId());
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<PlanDetails> getPlans() {
        return plans;
    }

    public ShapeDetails getShape() {
        return shape;
    }

    public int getPlenary() {
        return plenary;
    }

    public void setPlenary(int plenary) {
        this.plenary = plenary;
    }

    public int getStanding() {
        return standing;
    }

    public void setStanding(int standing) {
        this.standing = standing;
    }

    public int getMonthly() {
        return monthly;
    }

    public void setMonthly(int monthly) {
        this.monthly = monthly;
    }

    public int getOtherMin() {
        return otherMin;
    }

    public void setOtherMin(int otherMin) {
        this.otherMin = otherMin;
    }
}
