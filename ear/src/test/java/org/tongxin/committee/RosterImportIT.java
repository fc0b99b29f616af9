package org.tongxin.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.ImportResult;
import org.tongxin.committee.application.MemberProfile;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.committee.application.RosterTransfer;
import org.tongxin.platform.kernel.Page;
import org.tongxin.support.Deployments;
import org.tongxin.support.RosterWorkbook;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/** Roster import and export inside the server: all or nothing, matched by roster key, history kept. */
@ExtendWith(ArquillianExtension.class)
class RosterImportIT {

    private static final String DIGITS = "零一二三四五六七八九";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(RosterImportIT.class);
    }

    @Inject
    RosterTransfer transfer;

    @Inject
    RosterService roster;

    private final String batch = chinese(new Random().nextInt(1_000_000));

    @Test
    void oneBadRowImportsNothingTheCorrectedFileImportsAllAndTheSameFileAgainChangesNothing() throws Exception {
        long datong = datong();
        List<String[]> rows =
                new ArrayList<>(List.of(row(1, "委员", "提案委员会"), row(2, "常委", "经济委员会"), row(3, "委员", "提案委员会")));
        rows.get(2)[5] = "共和党";
        ImportResult refused =
                as("office", "office-staff", () -> transfer.importRoster(datong, RosterWorkbook.of(rows), true));
        assertFalse(refused.imported());
        assertEquals(
                List.of(new ImportResult.RowError(4, "party", "problem.member.unknown-value", List.of("共和党"))),
                refused.errors());
        assertEquals(0, found().size(), "nothing of the file was imported");

        rows.get(2)[5] = "九三学社";
        byte[] file = RosterWorkbook.of(rows);
        ImportResult checked = as("office", "office-staff", () -> transfer.importRoster(datong, file, false));
        assertTrue(checked.errors().isEmpty());
        assertFalse(checked.imported(), "checking writes nothing");
        assertEquals(0, found().size());

        ImportResult imported = as("office", "office-staff", () -> transfer.importRoster(datong, file, true));
        assertTrue(imported.imported());
        assertEquals(3, imported.created());
        assertEquals(3, found().size());
        MemberSummary second =
                found().stream().filter(m -> m.name().endsWith("二")).findFirst().orElseThrow();
        assertEquals("STANDING", second.position());
        assertEquals("经济委员会", second.committeeName());
        assertEquals(
                "JS",
                found().stream()
                        .filter(m -> m.name().endsWith("三"))
                        .findFirst()
                        .orElseThrow()
                        .party());

        ImportResult again = as("office", "office-staff", () -> transfer.importRoster(datong, file, true));
        assertEquals(List.of(0, 0, 3), List.of(again.created(), again.updated(), again.unchanged()));

        rows.get(1)[9] = "提案委员会";
        ImportResult moved =
                as("office", "office-staff", () -> transfer.importRoster(datong, RosterWorkbook.of(rows), true));
        assertEquals(1, moved.updated());
        MemberProfile profile = as("office", "office-staff", () -> roster.member(second.id()));
        assertEquals("提案委员会", profile.member().committeeName());
        assertEquals(
                2,
                profile.history().stream()
                        .filter(c -> c.kind().equals("COMMITTEE"))
                        .count(),
                "the move is dated, not overwritten");
    }

    @Test
    void everyErrorIsReportedByRowAndColumn() throws Exception {
        List<String[]> rows =
                new ArrayList<>(List.of(row(1, "委员", "提案委员会"), row(2, "主任", "不存在委员会"), row(1, "委员", null)));
        rows.get(0)[2] = null; // gender missing
        rows.get(1)[12] = "电话号码";
        ImportResult result =
                as("office", "office-staff", () -> transfer.importRoster(datong(), RosterWorkbook.of(rows), true));
        assertFalse(result.imported());
        List<String> where = result.errors().stream()
                .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey())
                .toList();
        assertEquals(
                List.of(
                        "2:gender:problem.import.required",
                        "3:position:problem.member.unknown-value",
                        "3:committee:problem.import.unknown-committee",
                        "3:phone:problem.import.phone",
                        "4:rosterKey:problem.import.duplicate-key"),
                where);
    }

    @Test
    void onlyOfficeStaffImport() {
        assertThrows(
                EJBAccessException.class,
                () -> as(
                        "member1",
                        "member",
                        () -> transfer.importRoster(
                                datong(), RosterWorkbook.of(List.<String[]>of(row(1, "委员", null))), true)));
    }

    @Test
    void theExportKeepsTheFiltersAndHidesPersonalDataFromMembers() throws Exception {
        CommitteeSummary committee =
                as("member1", "member", () -> roster.committees()).get(0);
        // the committee's active members (other tests leave members of it: they stay on the roster as LEFT)
        MemberQuery query = new MemberQuery(committee.id(), null, null, null, null, MemberStatus.ACTIVE, null);
        byte[] asMember = as("member1", "member", () -> transfer.export(query));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(asMember))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("编号", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(committee.activeMembers(), s.getLastRowNum());
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                assertEquals(committee.name(), s.getRow(i).getCell(9).getStringCellValue());
                if (!"张伟明".equals(s.getRow(i).getCell(1).getStringCellValue())) {
                    assertEquals(null, s.getRow(i).getCell(12), "no phone for a member's export");
                }
            }
        }
        byte[] asOffice = as("office", "office-staff", () -> transfer.export(query));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(asOffice))) {
            assertTrue(
                    wb.getSheetAt(0).getRow(1).getCell(12).getStringCellValue().startsWith("13"));
        }
    }

    @Test
    void aRowOfAnOrganisationTheImporterDoesNotAdministerIsRefusedByRowAndColumn() throws Exception {
        String[] own = row(1, "委员", null);
        String[] below = java.util.Arrays.copyOf(row(2, "委员", null), 15);
        below[6] = null; // the district has sectors of its own
        below[14] = "SX-DT-PC";
        String[] sibling = java.util.Arrays.copyOf(row(3, "委员", null), 15);
        sibling[14] = "SX-CZ";
        String[] above = java.util.Arrays.copyOf(row(4, "委员", null), 15);
        above[14] = "山西省政协";
        ImportResult result = as(
                "office",
                "office-staff",
                () -> transfer.importRoster(datong(), RosterWorkbook.of(List.of(own, below, sibling, above)), true));
        assertFalse(result.imported(), result::toString);
        List<String> where = result.errors().stream()
                .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey())
                .toList();
        assertEquals(
                List.of(
                        "4:organisation:problem.import.foreign-organisation",
                        "5:organisation:problem.import.foreign-organisation"),
                where);
        assertTrue(found().isEmpty(), "nothing imported");
    }

    @Test
    void theExportWritesFormulaLikeTextBehindAnApostropheAndNamesTheOrganisation() throws Exception {
        String[] formula = row(1, "委员", null);
        formula[10] = "=HYPERLINK(\"http://evil.example\",\"大同大学\")";
        formula[11] = "@SUM(1+1)";
        ImportResult result = as(
                "office",
                "office-staff",
                () -> transfer.importRoster(datong(), RosterWorkbook.of(List.<String[]>of(formula)), true));
        assertTrue(result.imported(), result::toString);
        MemberQuery query = new MemberQuery(null, null, null, null, null, null, "导入" + batch);
        byte[] export = as("office", "office-staff", () -> transfer.export(query));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(export))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("组织", s.getRow(0).getCell(14).getStringCellValue());
            assertEquals(1, s.getLastRowNum());
            Row r = s.getRow(1);
            assertEquals(
                    org.apache.poi.ss.usermodel.CellType.STRING, r.getCell(10).getCellType());
            assertEquals("'" + formula[10], r.getCell(10).getStringCellValue());
            assertEquals("'@SUM(1+1)", r.getCell(11).getStringCellValue());
            assertEquals("大同市政协", r.getCell(14).getStringCellValue());
        }
        // the exported file imports again as it is: the apostrophe is not taken for part of the text
        ImportResult again = as("office", "office-staff", () -> transfer.importRoster(datong(), export, true));
        assertTrue(again.imported(), again::toString);
        assertEquals(0, again.updated(), again::toString);
    }

    private String[] row(int n, String position, String committee) {
        return new String[] {
            "IT-" + batch + "-" + n,
            "导入" + batch + DIGITS.charAt(n),
            "女",
            "汉族",
            "1975-06-0" + n,
            "民盟",
            "教育界",
            "15",
            position,
            committee,
            "大同大学",
            "教授",
            "1390000000" + n,
            "在职"
        };
    }

    private List<MemberSummary> found() throws Exception {
        return as(
                        "office",
                        "office-staff",
                        () -> roster.search(
                                new MemberQuery(null, null, null, null, null, null, "导入" + batch),
                                new Page.Request(0, 50)))
                .items();
    }

    private long datong() throws Exception {
        return as("member1", "member", () -> roster.committees()).get(0).organisationId();
    }

    private static String chinese(int number) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            b.append(DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static <T> T as(String user, String role, Callable<T> work) throws Exception {
        return SecurityDomain.getCurrent()
                .createAdHocIdentity(user)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role)))
                .runAs(work);
    }
}
