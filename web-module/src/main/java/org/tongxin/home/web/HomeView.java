package org.tongxin.home.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.tongxin.home.application.Home;
import org.tongxin.home.application.HomeService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/** The home page's sections, one per role of the signed-in person, read once per request. */
@Named("home")
@RequestScoped
public class HomeView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @EJB
    HomeService homes;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private Home home;
    private boolean loaded;

    public Home getHome() {
        if (!loaded) {
            loaded = true;
            Pages.attempt(() -> home = homes.home());
        }
        return home;
    }

    public Home.MemberSection getMember() {
        return getHome() == null ? null : home.member();
    }

    public Home.EditorSection getEditor() {
        return getHome() == null ? null : home.editor();
    }

    public Home.KeeperSection getKeeper() {
        return getHome() == null ? null : home.keeper();
    }

    public Home.OfficeSection getOffice() {
        return getHome() == null ? null : home.office();
    }

    public Home.LeaderSection getLeader() {
        return getHome() == null ? null : home.leader();
    }

    /** The getting-started checklist (administrators and office staff), else empty. */
    public java.util.List<org.tongxin.platform.application.GettingStartedRow> getChecklist() {
        return getHome() == null || home.checklist() == null ? java.util.List.of() : home.checklist();
    }

    public boolean isChecklistShown() {
        return getHome() != null && home.checklist() != null;
    }

    public boolean isChecklistComplete() {
        return getChecklist().stream().allMatch(org.tongxin.platform.application.GettingStartedRow::done);
    }

    /** A start and end of the same day as "12-05 09:00–10:00". */
    public String span(OffsetDateTime start, OffsetDateTime end) {
        if (start == null) {
            return "";
        }
        String s = start.format(WHEN);
        return end == null ? s : s + "–" + end.format(TIME);
    }

    /** The day a report last moved, with its year: a queue may hold reports of last year. */
    public String when(Instant at) {
        return at == null ? "" : time.at(at, me.getOrganisationId()).format(DAY);
    }

    public String day(java.time.LocalDate d) {
        return d == null ? "" : d.format(DAY);
    }

    /** Points without trailing zeros ("12.5", "30"). */
    public String points(BigDecimal p) {
        return p == null ? "" : p.stripTrailingZeros().toPlainString();
    }
}
