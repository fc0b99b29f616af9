package org.tongxin.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.Position;
import org.tongxin.committee.application.RosterService;
import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.RankingQuery;
import org.tongxin.home.application.Dashboard;
import org.tongxin.home.application.DashboardService;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.infrastructure.StatementCount;
import org.tongxin.platform.kernel.Page;
import org.tongxin.support.Deployments;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Issue 22: the dashboard's grades cost as many statements for the province (eleven organisations in the demo data) as
 * for a city (three) or a district (one), and the roster's positions are counted in one: the grades of the subtree and the members by
 * position are one statement each (plus the platform's list of the subtree), not several per organisation or position.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardStatementsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(DashboardStatementsIT.class);
    }

    @Inject
    DashboardService dashboards;

    @Inject
    RosterService roster;

    @Inject
    DutyService duty;

    @Inject
    OrganisationDirectory organisations;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    /** Today in the city's calendar (the project's clock): the end of the dashboard's default period. */
    private LocalDate today() throws Exception {
        return as("office", "office-staff", () -> dashboards.dashboard(null, null))
                .to();
    }

    @Test
    void theGradesAndTheMembersCostTheSameStatementsForElevenOrganisationsAsForOne() throws Exception {
        int year = today().getYear();
        // editor-sx's account is the province's: as a leader it sees all eleven organisations
        long province = statements("editor-sx", "leader", () -> duty.gradesOfVisibleOrganisations(year));
        long city = statements("office", "office-staff", () -> duty.gradesOfVisibleOrganisations(year));
        long district = statements("office-pc", "office-staff", () -> duty.gradesOfVisibleOrganisations(year));
        assertEquals(district, city, "the grades of a city's three organisations cost what a district's do");
        assertEquals(district, province, "and so do the province's eleven");
        assertEquals(
                statements("office-pc", "office-staff", roster::activeMembers),
                statements("editor-sx", "leader", roster::activeMembers),
                "the members by position likewise");
        // the subtrees as the directory holds them now (other tests of the shared server add organisations)
        assertEquals(
                subtree("SX").size(),
                as("editor-sx", "leader", () -> dashboards.dashboard(null, null))
                        .organisations());
        assertEquals(
                subtree("SX-DT-PC").size(),
                as("office-pc", "office-staff", () -> dashboards.dashboard(null, null))
                        .organisations());
    }

    @Test
    void theGradesOfTheSubtreeAndTheMembersByPositionAreOneStatementEach() throws Exception {
        int year = today().getYear();
        assertEquals(
                2,
                statements("editor-sx", "leader", () -> duty.gradesOfVisibleOrganisations(year)),
                "the subtree's organisations (the platform's directory), then the grades of all eleven");
        assertEquals(1, statements("office", "office-staff", roster::activeMembers), "all positions in one");
        // the same figures as the old way: a roster search per position, each organisation's grades summed
        RosterService.ActiveMembers members = as("office", "office-staff", roster::activeMembers);
        assertEquals(4, members.byPosition().size(), "every position, zero included");
        for (Position p : Position.values()) {
            long searched = as(
                    "office",
                    "office-staff",
                    () -> roster.search(
                                    new MemberQuery(null, null, null, null, p, MemberStatus.ACTIVE, null),
                                    new Page.Request(0, 1))
                            .total());
            assertEquals(searched, members.byPosition().get(p.name()), p.name());
        }
        long active = as(
                "office",
                "office-staff",
                () -> roster.search(
                                new MemberQuery(null, null, null, null, null, MemberStatus.ACTIVE, null),
                                new Page.Request(0, 1))
                        .total());
        assertEquals(active, members.active());
        assertTrue(active > 0, "the demo roster");
        Map<String, Long> summed = new LinkedHashMap<>();
        // every organisation of 大同's subtree, those other tests of the shared server added included
        List<Long> ids = subtree("SX-DT").stream().map(OrganisationSummary::id).toList();
        assertTrue(ids.size() >= 3, "大同, 平城区 and 云冈区 at least");
        for (long id : ids) {
            as("office", "office-staff", () -> duty.grades(new RankingQuery(id, year, null, null)))
                    .forEach((g, n) -> summed.merge(g, n, Long::sum));
        }
        Map<String, Long> grades = as("office", "office-staff", () -> duty.gradesOfVisibleOrganisations(year));
        assertEquals(summed, grades);
        assertTrue(grades.values().stream().mapToLong(Long::longValue).sum() > 0, "the demo members are graded");
        Dashboard d = as("office", "office-staff", () -> dashboards.dashboard(null, null));
        assertEquals(grades, d.grades().byGrade());
        assertEquals(members.byPosition(), d.members().byPosition());
    }

    /** The organisation with this code and every one below it, as the directory holds them now. */
    private List<OrganisationSummary> subtree(String code) throws Exception {
        transaction.begin();
        try {
            return organisations.matching(
                    organisations.findByCode(code).orElseThrow().path() + "%");
        } finally {
            transaction.commit();
        }
    }

    /** The statements of the work, once the caches are warm (the same call made just before). */
    private static long statements(String user, String role, Callable<?> work) throws Exception {
        as(user, role, work);
        StatementCount.reset();
        as(user, role, work);
        return StatementCount.count();
    }

    private static <T> T as(String user, String role, Callable<T> work) throws Exception {
        return SecurityDomain.getCurrent()
                .createAdHocIdentity(user)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role)))
                .runAs(work);
    }
}
