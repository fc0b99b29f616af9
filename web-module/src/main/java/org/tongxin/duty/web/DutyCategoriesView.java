package org.tongxin.duty.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.tongxin.duty.application.CategoryChange;
import org.tongxin.duty.application.CategoryDetails;
import org.tongxin.duty.application.DutyCategoryService;
import org.tongxin.platform.web.Pages;

/**
 * committee/duty-categories.xhtml: office staff see the built-in duty categories and add, change and retire their
 * organisation's own (names in both languages, standard points and yearly cap, deduction or not).
 */
@Named
@ViewScoped
public class DutyCategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "nameZh", "categoryForm:nameZh",
            "nameEn", "categoryForm:nameEn",
            "deduction", "categoryForm:deduction",
            "points", "categoryForm:points",
            "annualCap", "categoryForm:cap");

    @EJB
    DutyCategoryService service;

    private List<CategoryDetails> categories = List.of();
    private Long editing;
    private String nameZh;
    private String nameEn;
    private BigDecimal points;
    private BigDecimal annualCap;
    private boolean deduction;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        Pages.attempt(() -> categories = service.categories());
    }

    public void startNew() {
        editing = null;
        nameZh = null;
        nameEn = null;
        points = null;
        annualCap = null;
        deduction = false;
    }

    public void edit(CategoryDetails c) {
        editing = c.id();
        nameZh = c.nameZh();
        nameEn = c.nameEn();
        points = c.points();
        annualCap = c.annualCap();
        deduction = c.deduction();
    }

    public void save() {
        CategoryChange change = new CategoryChange(nameZh, nameEn, points, annualCap, deduction);
        boolean created = editing == null;
        if (Pages.attempt(
                () -> {
                    CategoryDetails saved = created ? service.create(change) : service.update(editing, change);
                    edit(saved);
                },
                fields())) {
            Pages.info(created ? "categories.created" : "categories.saved");
            load();
        }
    }

    public void retire(long id) {
        if (Pages.attempt(() -> service.retire(id))) {
            Pages.info("categories.retired");
            if (editing != null && editing == id) {
                startNew();
            }
            load();
        }
    }

    private static Map<String, String> fields() {
        return FIELDS;
    }

    public String label(CategoryDetails c) {
        if (c.builtIn()) {
            return Pages.text("category." + c.code());
        }
        return Pages.english() ? c.nameEn() : c.nameZh();
    }

    public List<CategoryDetails> getCategories() {
        return categories;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public BigDecimal getAnnualCap() {
        return annualCap;
    }

    public void setAnnualCap(BigDecimal annualCap) {
        this.annualCap = annualCap;
    }

    public boolean isDeduction() {
        return deduction;
    }

    public void setDeduction(boolean deduction) {
        this.deduction = deduction;
    }
}
