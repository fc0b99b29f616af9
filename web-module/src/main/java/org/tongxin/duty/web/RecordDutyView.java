package org.tongxin.duty.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyCategoryService;
import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.ManualDuty;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * committee/record-duty.xhtml: office staff record acts of duty by hand: for one member found by name
 * or pinyin, or for everyone who attended a meeting (a whole special committee added at once, then
 * the absent removed).
 */
@Named
@ViewScoped
public class RecordDutyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private static final Map<String, String> FIELDS = Map.of(
            "category",
            "recordForm:category",
            "occurredOn",
            "recordForm:occurredOn",
            "description",
            "recordForm:description",
            "memberIds",
            "recordForm:members");

    @EJB
    DutyService duty;

    @EJB
    RosterService roster;

    @EJB
    DutyCategoryService categoryService;

    private String category = DutyCategory.MEETING.name();
    private List<String> categories;
    private LocalDate occurredOn;
    private String description;
    private List<MemberSummary> chosen = new ArrayList<>();
    private Long committee;
    private List<CommitteeSummary> committees;

    @PostConstruct
    void init() {
        occurredOn = time.today(me.getOrganisationId());
        committees = roster.committees();
        categories = new ArrayList<>();
        Arrays.stream(DutyCategory.values()).filter(DutyCategory::manual).forEach(c -> categories.add(c.name()));
        Pages.attempt(() -> categoryService.categories().stream()
                .filter(c -> !c.builtIn() && !c.retired())
                .forEach(c -> categories.add(c.code())));
    }

    /** The member search of the auto-complete: name, pinyin or initials. */
    public List<MemberSummary> find(String text) {
        return roster.search(
                        new MemberQuery(null, null, null, null, null, MemberStatus.ACTIVE, text),
                        new Page.Request(0, 12))
                .items();
    }

    /** Adds every active member of the chosen special committee. */
    public void addCommittee() {
        if (committee == null) {
            return;
        }
        Map<Long, MemberSummary> all = new LinkedHashMap<>();
        chosen.forEach(m -> all.put(m.id(), m));
        int page = 0;
        Page<MemberSummary> p;
        do {
            p = roster.search(
                    new MemberQuery(committee, null, null, null, null, MemberStatus.ACTIVE, null),
                    new Page.Request(page++, Page.Request.MAX_SIZE));
            p.items().forEach(m -> all.put(m.id(), m));
        } while ((long) page * Page.Request.MAX_SIZE < p.total());
        chosen = new ArrayList<>(all.values());
    }

    public void remove(long memberId) {
        chosen.removeIf(m -> m.id() == memberId);
    }

    public void record() {
        try {
            List<Long> ids = duty.recordManual(new ManualDuty(
                    category,
                    occurredOn,
                    description,
                    chosen.stream().map(MemberSummary::id).toList()));
            Pages.info("duty.recorded", ids.size());
            chosen = new ArrayList<>();
            description = null;
        } catch (Problem p) {
            Pages.problem(p, FIELDS);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    /** The built-ins recorded by hand, then the organisation's own categories that are not retired. */
    public List<String> getCategories() {
        return categories;
    }

    public List<CommitteeSummary> getCommittees() {
        return committees;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<MemberSummary> getChosen() {
        return chosen;
    }

    public void setChosen(List<MemberSummary> chosen) {
        this.chosen = chosen;
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }
}
