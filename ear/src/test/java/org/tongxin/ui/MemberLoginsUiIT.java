package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;

/**
 * Roster to logins in the browser (issue 14): office staff create a login on the roster page, see it on the
 * member page (unlink, link again), and the member logs in with the one-time password, must change it, and
 * then writes a report as a member of the roster.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberLoginsUiIT {

    private static final String DIGITS = "零一二三四五六七八九";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void officeCreatesALoginOnTheRosterAndTheMemberChangesTheOneTimePasswordThenWritesAReport() throws Exception {
        String name = "凭条" + chinese(new java.util.Random().nextInt(1_000_000));
        Api.Reply imported = Api.as("office")
                .postBytes(
                        "/api/v1/members/import?dryRun=false",
                        workbook(name),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, imported.status(), imported::toString);
        long memberId = Api.as("office")
                .get("/api/v1/members?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        String username;
        String once;
        try (Browser office = Browser.open()) {
            LoginPage.open(office).as("office", Api.DEMO_PASSWORD);
            office.go("/committee/roster.xhtml");
            office.type(By.id("rosterForm:text"), name);
            office.click(By.id("rosterForm:find"));
            office.waitFor(
                    d -> d.findElement(By.id("rosterForm:members")).getText().contains(name)
                            && d.findElements(By.cssSelector("#rosterForm\\:members tbody tr"))
                                            .size()
                                    == 1);
            office.click(By.cssSelector("#rosterForm\\:members tbody tr .ui-chkbox-box"));
            office.awaitAjax();
            office.click(By.id("rosterForm:createLogins"));
            office.waitFor(d -> !d.findElements(By.cssSelector("#rosterForm\\:createdLogins .created-username"))
                    .isEmpty());
            username = office.text(By.cssSelector("#rosterForm\\:createdLogins .created-username"));
            once = office.text(By.cssSelector("#rosterForm\\:createdLogins .created-password"));
            assertTrue(username.startsWith("pingtiao"), username);
            assertFalse(once.isBlank());
            office.find(By.id("rosterForm:slips"));
            office.find(By.id("rosterForm:skippedMembers"));
            office.screenshot("member-logins-created");

            // the member page shows the login; unlink and link again by the login name
            office.go("/committee/member.xhtml?id=" + memberId);
            assertEquals(username, office.text(By.id("accountUsername")));
            office.clickConfirmed(By.id("accountForm:unlink"));
            office.waitFor(
                    d -> !d.findElement(By.id("accountUsername")).getText().equals(username));
            office.type(By.id("accountForm:username"), username);
            office.click(By.id("accountForm:link"));
            office.waitFor(
                    d -> d.findElement(By.id("accountUsername")).getText().equals(username));
        }

        try (Browser member = Browser.open()) {
            LoginPage.open(member).attempt(username, once);
            member.waitForText("请先修改密码");
            String mine = "Wo-De-Mi-Ma-" + Long.toHexString(System.nanoTime());
            member.type(By.id("password:current"), once);
            member.type(By.id("password:new"), mine);
            member.type(By.id("password:confirm"), mine);
            member.click(By.id("password:change"));
            member.waitForText("密码已修改");

            member.go("/inforeport/write.xhtml");
            String title = "委员账号上线后的第一条信息" + name;
            member.type(By.id("writeForm:title"), title);
            member.type(By.id("writeForm:body"), "通过批量创建的账号登录，修改密码后即可撰写社情民意信息。");
            member.type(By.id("writeForm:proposals"), "建议各县区尽快为委员开通账号");
            member.choose("writeForm:topic", "经济发展");
            member.clickConfirmed(By.id("writeForm:submit"));
            member.waitFor(d -> d.findElement(By.id("reportState")).getText().equals("已报送"));
            assertFalse(member.bodyText().contains("not-a-member"));
        }
    }

    private static byte[] workbook(String name) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("委员名册");
            String[] header = {
                "编号", "姓名", "性别", "民族", "出生日期", "党派", "界别", "届次", "职务", "专委会", "工作单位", "职称", "联系电话", "状态", "组织"
            };
            String[] row = {
                "UI-" + name,
                name,
                "男",
                "汉族",
                "1972-03-04",
                "民盟",
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

    private static String chinese(int number) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            b.append(DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }
}
