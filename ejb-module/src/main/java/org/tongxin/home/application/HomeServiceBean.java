package org.tongxin.home.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Function;
import org.tongxin.duty.application.DutyService;
import org.tongxin.inforeport.application.ReportSearchService;
import org.tongxin.inforeport.application.ReportStats;
import org.tongxin.inforeport.application.ReportStatsService;
import org.tongxin.inforeport.application.ReportSummary;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.CallerNames;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.GettingStarted;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Role;
import org.tongxin.proposal.application.ProposalStatistics;
import org.tongxin.proposal.application.ProposalSummary;
import org.tongxin.proposal.application.ProposalTrackingService;
import org.tongxin.studyhall.application.ActivityDetails;
import org.tongxin.studyhall.application.ActivityService;
import org.tongxin.studyhall.application.BookingDetails;
import org.tongxin.studyhall.application.BookingService;

/**
 * Puts the home together: for each role the caller holds, the context that keeps the facts is asked through its
 * application service, which checks the role and filters by the caller's organisations in the database. One read-only
 * transaction for the whole page.
 */
@Stateless
public class HomeServiceBean implements HomeService {

    @EJB
    ReportSearchService reports;

    @EJB
    ReportStatsService reportStats;

    @EJB
    BookingService bookings;

    @EJB
    ActivityService activities;

    @EJB
    DutyService duty;

    @EJB
    ProposalTrackingService proposals;

    @EJB
    GettingStarted gettingStarted;

    @Inject
    Callers callers;

    @Inject
    CallerNames names;

    @Inject
    OrganisationTime time;

    @Resource
    SessionContext session;

    @Override
    @PermitAll
    public Home home() {
        Caller caller = callers.caller(session.getCallerPrincipal());
        return new Home(
                names.displayName(session.getCallerPrincipal()),
                caller.roles().stream().map(Role::code).sorted().toList(),
                caller.hasRole(Role.MEMBER) ? member() : null,
                caller.hasRole(Role.INFO_EDITOR) ? editor() : null,
                caller.hasRole(Role.HALL_KEEPER) ? keeper() : null,
                caller.hasRole(Role.OFFICE_STAFF) ? office() : null,
                caller.hasRole(Role.LEADER) ? leader(caller) : null,
                caller.hasAnyRole(Role.SYS_ADMIN, Role.SECURITY_ADMIN, Role.OFFICE_STAFF)
                        ? gettingStarted.checklist()
                        : null);
    }

    private Home.MemberSection member() {
        return new Home.MemberSection(
                listing(reports.myOpen(FIRST), HomeServiceBean::report),
                listing(bookings.myUpcoming(FIRST), HomeServiceBean::booking),
                listing(activities.mySignups(FIRST), HomeServiceBean::activity),
                duty.myStanding()
                        .map(s -> new Home.DutyItem(
                                s.year(),
                                s.total(),
                                s.grade(),
                                s.nextGrade(),
                                s.nextFrom(),
                                s.missing(),
                                "/committee/duty.xhtml"))
                        .orElse(null));
    }

    private Home.EditorSection editor() {
        return new Home.EditorSection(
                listing(reports.waitingHere(FIRST), HomeServiceBean::report),
                reports.waitingHereLongerThan(LONG_WAIT_DAYS),
                LONG_WAIT_DAYS,
                "/inforeport/reports.xhtml?state=SUBMITTED");
    }

    private Home.KeeperSection keeper() {
        return new Home.KeeperSection(
                listing(bookings.pendingFirst(FIRST), HomeServiceBean::booking),
                "/studyhall/approvals.xhtml",
                listing(activities.today(FIRST), HomeServiceBean::activity),
                "/studyhall/activities.xhtml");
    }

    private Home.OfficeSection office() {
        return new Home.OfficeSection(
                listing(proposals.overdue(new Page.Request(0, FIRST)), HomeServiceBean::proposal),
                "/proposal/proposals.xhtml?overdue=true");
    }

    private Home.LeaderSection leader(Caller caller) {
        long org = caller.visible().ownId();
        LocalDate today = time.today(org);
        ReportStats stats = reportStats.stats(today.withDayOfYear(1), today, null);
        long instructions = stats.instructions().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        ProposalStatistics filed = proposals.statistics(today.getYear(), null);
        return new Home.LeaderSection(
                today.getYear(),
                stats.received(),
                stats.adopted(),
                instructions,
                "/inforeport/stats.xhtml",
                filed.filed(),
                filed.overdue(),
                "/proposal/statistics.xhtml");
    }

    private static <S, T> Home.Listing<T> listing(Page<S> page, Function<S, T> map) {
        return new Home.Listing<>(page.total(), page.items().stream().map(map).toList());
    }

    private static Home.ReportItem report(ReportSummary r) {
        return new Home.ReportItem(
                r.id(), r.title(), r.state(), r.firstAuthor(), r.updatedAt(), "/inforeport/report.xhtml?id=" + r.id());
    }

    private static Home.BookingItem booking(BookingDetails b) {
        return new Home.BookingItem(
                b.id(),
                b.title(),
                b.spaceName(),
                b.start(),
                b.end(),
                b.status(),
                b.booker(),
                "/studyhall/booking.xhtml?id=" + b.id());
    }

    private static Home.ActivityItem activity(ActivityDetails a) {
        return new Home.ActivityItem(
                a.id(),
                a.booking(),
                a.title(),
                a.kind(),
                a.spaceName(),
                a.start(),
                a.end(),
                a.capacity(),
                a.registered(),
                a.waitlisted(),
                a.myStatus(),
                a.myPosition(),
                "/studyhall/booking.xhtml?id=" + a.booking());
    }

    private static Home.ProposalItem proposal(ProposalSummary p) {
        return new Home.ProposalItem(
                p.id(), p.title(), p.leadUnitName(), p.due(), "/proposal/proposal.xhtml?id=" + p.id());
    }
}
