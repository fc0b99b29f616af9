package org.tongxin.studyhall.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.platform.web.Pages;
import org.tongxin.studyhall.application.ActivityCounts;
import org.tongxin.studyhall.application.ActivityDetails;
import org.tongxin.studyhall.application.ActivityService;
import org.tongxin.studyhall.application.RegistrationRow;

/** Coming activities to sign up to; for keepers, office staff and leaders, the counts of a period. */
@Named
@ViewScoped
public class ActivitiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HallTime hallTime;

    @EJB
    ActivityService activities;

    private List<ActivityDetails> upcoming = List.of();
    private LocalDate from;
    private LocalDate to;
    private ActivityCounts counts;

    @PostConstruct
    void init() {
        to = hallTime.today();
        from = to.withDayOfYear(1);
    }

    public void load() {
        Pages.attempt(() -> upcoming = activities.upcoming());
    }

    public void signUp(long activityId) {
        if (Pages.attempt(() -> {
            RegistrationRow r = activities.register(activityId);
            if ("WAITLISTED".equals(r.status())) {
                Pages.info("activity.waitlisted-now", r.position());
            } else {
                Pages.info("activity.signed-up");
            }
        })) {
            load();
        }
    }

    public void withdraw(long activityId) {
        if (Pages.attempt(() -> activities.withdraw(activityId))) {
            Pages.info("activity.withdrawn");
            load();
        }
    }

    public void count() {
        Pages.attempt(
                () -> counts = activities.counts(from, to),
                java.util.Map.of("from", "countsForm:from", "to", "countsForm:to"));
    }

    public List<ActivityDetails> getUpcoming() {
        return upcoming;
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

    public ActivityCounts getCounts() {
        return counts;
    }
}
