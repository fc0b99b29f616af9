package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.committee.application.ImportResult;
import org.tongxin.committee.application.RosterTransfer;
import org.tongxin.inforeport.application.NewReport;
import org.tongxin.inforeport.application.ReportDetails;
import org.tongxin.inforeport.application.ReportService;
import org.tongxin.platform.application.AccountService;
import org.tongxin.platform.application.NewAccount;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.studyhall.application.SpaceService;
import org.tongxin.studyhall.domain.OpeningHours;
import org.tongxin.studyhall.domain.Space;
import org.tongxin.studyhall.domain.Zone;
import org.tongxin.support.Deployments;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * A retired organisation (issue 14) inside the server: its records stay readable, nothing new is filed
 * there: no roster import, no space, no new or submitted report ({@code 409 organisation-retired}).
 */
@ExtendWith(ArquillianExtension.class)
class RetiredOrganisationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(RetiredOrganisationIT.class);
    }

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    RosterTransfer transfer;

    @Inject
    SpaceService spaces;

    @Inject
    ReportService reports;

    @Resource(lookup = "java:jboss/datasources/TongxinDS")
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void aRetiredCountyRefusesNewMembersSpacesAndReportsButItsRecordsStayReadable() throws Exception {
        long datong = as("admin", "sys-admin", () -> organisations.visible()).stream()
                .filter(o -> o.code().equals("SX-DT"))
                .findFirst()
                .orElseThrow()
                .id();
        OrganisationDetails county =
                as("admin", "sys-admin", () -> organisations.create(datong, "RT-" + suffix, "撤销测试县" + suffix));

        // before: a member on its roster with a login, a hall keeper, a draft report
        ImportResult imported =
                as("office", "office-staff", () -> transfer.importRoster(county.id(), workbook(), true));
        assertTrue(imported.imported(), imported::toString);
        String memberLogin = ("rt-m-" + suffix).toLowerCase();
        String keeperLogin = ("rt-k-" + suffix).toLowerCase();
        long memberAccount = account(memberLogin, county.id(), "member");
        account(keeperLogin, county.id(), "hall-keeper");
        link(memberAccount, "RT-" + suffix);
        ReportDetails draft = as(memberLogin, "member", () -> reports.create(report()));

        OrganisationDetails retired = as("admin", "sys-admin", () -> organisations.retire(county.id()));
        assertTrue(retired.retired());

        assertRetired(() -> as("office", "office-staff", () -> transfer.importRoster(county.id(), workbook(), false)));
        assertRetired(() -> as(keeperLogin, "hall-keeper", () -> spaces.addSpace(terms())));
        assertRetired(() -> as(memberLogin, "member", () -> reports.create(report())));
        assertRetired(() -> as(memberLogin, "member", () -> reports.submit(draft.id())));
        assertRetired(() -> as("admin", "sys-admin", () -> organisations.create(county.id(), "RT2-" + suffix, "下级")));

        // the records stay: the report is readable, the organisation still in the tree (retired)
        assertEquals(
                draft.id(),
                as(memberLogin, "member", () -> reports.report(draft.id())).id());
        assertTrue(as("office", "office-staff", () -> organisations.get(county.id()))
                .retired());
    }

    private static void assertRetired(org.junit.jupiter.api.function.Executable work) {
        Problem p = assertThrows(Problem.class, work);
        assertEquals("organisation-retired", p.code(), p::toString);
        assertEquals(Problem.Kind.CONFLICT, p.kind());
    }

    private long account(String username, long organisationId, String role) throws Exception {
        long id = as(
                        "admin",
                        "sys-admin",
                        () -> accounts.create(
                                new NewAccount(username, "撤销测试", organisationId, "Retired-County-Start-" + suffix)))
                .id();
        as("security", "security-admin", () -> {
            accounts.assignRoles(id, Set.of(role));
            return null;
        });
        return id;
    }

    /** Links the member of this roster key to the account, as the demo loader does (no page does it yet). */
    private void link(long accountId, String rosterKey) throws Exception {
        transaction.begin();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update cm_member set account_id = ? where roster_key = ?")) {
            s.setLong(1, accountId);
            s.setString(2, rosterKey);
            assertEquals(1, s.executeUpdate());
        }
        transaction.commit();
    }

    private static NewReport report() {
        return new NewReport("撤销组织中的信息", "正文", List.of("建议"), "LIVELIHOOD", List.of());
    }

    private Space.Terms terms() {
        return new Space.Terms(
                "撤销测试 " + suffix,
                Zone.ACTIVITY,
                20,
                OpeningHours.of(new OpeningHours.Window(LocalTime.of(8, 0), LocalTime.of(18, 0)), DayOfWeek.values()),
                30,
                240,
                30,
                false,
                true,
                0,
                true);
    }

    private byte[] workbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("委员名册");
            String[] header = {
                "编号", "姓名", "性别", "民族", "出生日期", "党派", "界别", "届次", "职务", "专委会", "工作单位", "职称", "联系电话", "状态", "组织"
            };
            String[] row = {
                "RT-" + suffix,
                "撤销测试委员",
                "女",
                "汉族",
                "1975-06-01",
                "民盟",
                null,
                "15",
                "委员",
                null,
                "大同大学",
                "教授",
                "13900000001",
                "在职",
                null
            };
            Row h = s.createRow(0);
            Row r = s.createRow(1);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
                if (row[c] != null) {
                    r.createCell(c).setCellValue(row[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static <T> T as(String user, String role, Callable<T> work) throws Exception {
        return SecurityDomain.getCurrent()
                .createAdHocIdentity(user)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role)))
                .runAs(work);
    }
}
