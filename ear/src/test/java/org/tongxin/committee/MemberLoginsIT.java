package org.tongxin.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.committee.application.MemberAccounts;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.RosterService;
import org.tongxin.platform.application.MemberLogins;
import org.tongxin.platform.kernel.Page;
import org.tongxin.support.Deployments;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/** Member logins inside the server: the status change of the roster page disables; the database keeps links unique. */
@ExtendWith(ArquillianExtension.class)
class MemberLoginsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(MemberLoginsIT.class);
    }

    @Inject
    RosterService roster;

    @Inject
    MemberAccounts accounts;

    @Inject
    MemberLogins logins;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void aMemberWhoResignsOnTheMemberPageLosesTheirLogin() throws Exception {
        long member = memberWithoutLogin(0);
        MemberAccounts.Result result = as(
                "office",
                "office-staff",
                () -> accounts.createLogins(new MemberAccounts.Scope(List.of(member), null, false)));
        assertEquals(1, result.created().size(), result::toString);
        long account = as("office", "office-staff", () -> accounts.login(member).accountId());
        assertTrue(as("office", "office-staff", () -> logins.enabled(account)).orElseThrow());
        as("office", "office-staff", () -> {
            roster.changeStatus(member, MemberStatus.RESIGNED, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
            return null;
        });
        assertEquals(
                false,
                as("office", "office-staff", () -> logins.enabled(account)).orElseThrow());
        assertEquals(
                account,
                as("office", "office-staff", () -> accounts.login(member).accountId()),
                "kept, disabled");
    }

    @Test
    void theDatabaseRefusesASecondMemberForOneAccount() throws Exception {
        long first = memberWithoutLogin(1);
        long second = memberWithoutLogin(2);
        as(
                "office",
                "office-staff",
                () -> accounts.createLogins(new MemberAccounts.Scope(List.of(first), null, false)));
        Long account = as("office", "office-staff", () -> accounts.login(first).accountId());
        assertNotNull(account);
        tx.begin();
        try {
            assertThrows(
                    jakarta.persistence.PersistenceException.class,
                    () -> em.createNativeQuery("update cm_member set account_id = ?1 where id = ?2")
                            .setParameter(1, account)
                            .setParameter(2, second)
                            .executeUpdate());
        } finally {
            tx.rollback();
        }
    }

    @Inject
    org.tongxin.committee.application.RosterTransfer transfer;

    private final String batch = Long.toString(System.nanoTime(), 36);

    /** A new active member of Datong, without a login (imported, so the demo roster stays as it is). */
    private long memberWithoutLogin(int n) throws Exception {
        String name = "离任" + "甲乙丙".charAt(n)
                + batch.chars()
                        .mapToObj(c -> String.valueOf("零一二三四五六七八九".charAt(c % 10)))
                        .reduce("", String::concat);
        String[] row = {
            "ITL-" + batch + "-" + n,
            name,
            "男",
            "汉族",
            "1970-01-01",
            "群众",
            null,
            "15",
            "委员",
            "提案委员会",
            null,
            null,
            null,
            "在职",
            null
        };
        long datong = as("member1", "member", () -> roster.committees()).get(0).organisationId();
        org.tongxin.committee.application.ImportResult r =
                as("office", "office-staff", () -> transfer.importRoster(datong, workbook(row), true));
        assertTrue(r.imported(), r::toString);
        return as(
                        "office",
                        "office-staff",
                        () -> roster.search(
                                new MemberQuery(null, null, null, null, null, null, name), new Page.Request(0, 5)))
                .items()
                .get(0)
                .id();
    }

    private static byte[] workbook(String[] row) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("委员名册");
            String[] header = {
                "编号", "姓名", "性别", "民族", "出生日期", "党派", "界别", "届次", "职务", "专委会", "工作单位", "职称", "联系电话", "状态", "组织"
            };
            org.apache.poi.ss.usermodel.Row h = s.createRow(0);
            org.apache.poi.ss.usermodel.Row r = s.createRow(1);
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
