package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tongxin.support.Browser;
import org.tongxin.support.OwnServer;

/**
 * The first day of a real installation (issue 14), in a browser, on an empty database without demo
 * data: the server is started as an office starts it ({@link OwnServer}: bin/standalone.sh with the three
 * administrator passwords, its own fresh database), and everything after that is done through the pages.
 * The system administrator builds a city and a county and opens the office staff and keeper accounts; the
 * security administrator gives them their roles; office staff set up sectors and committees, import the
 * roster, create the member logins and download the slips; a member logs in with the one-time password,
 * changes it and writes a report; the keeper sets up a space; the auditor reads the trail. Nothing is
 * seeded by code. Runs in the failsafe execution of its own (after the Arquillian tests).
 */
class FirstDayJourneyUiIT {

    private static final String ADMIN_PW = "First-Admin-Pw-2026";
    private static final String SECURITY_PW = "First-Security-Pw-2026";
    private static final String AUDITOR_PW = "First-Auditor-Pw-2026";
    private static final String INITIAL_PW = "Initial-Office-Pw-2026";
    private static final By FILE = By.cssSelector("#importForm input[type='file']");

    private static OwnServer server;

    @BeforeAll
    static void startOnAnEmptyDatabase() throws Exception {
        server = OwnServer.start(
                "first-day",
                Map.of(
                        "TONGXIN_DEMO_DATA",
                        "false",
                        "TONGXIN_ROOT_ORG_CODE",
                        "SX",
                        "TONGXIN_ROOT_ORG_NAME",
                        "山西省政协",
                        "TONGXIN_ADMIN_PASSWORD",
                        ADMIN_PW,
                        "TONGXIN_SECURITY_PASSWORD",
                        SECURITY_PW,
                        "TONGXIN_AUDITOR_PASSWORD",
                        AUDITOR_PW));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anOfficeGoesLiveFromAnEmptyDatabaseThroughThePages() throws Exception {
        try (Browser browser = Browser.open()) {
            // --- the system administrator: the organisation tree and the first accounts -------------
            signIn(browser, "admin", ADMIN_PW, "Xin-Mima-Yi-2026");
            menu(browser, "navOrganisations");
            addOrganisation(browser, "山西省政协", "SX-CZ", "长治市政协");
            addOrganisation(browser, "长治市政协", "SX-CZ-ZZ", "长子县政协");
            menu(browser, "navAccounts");
            createAccount(browser, "office1", "长治市办公室", "长治市政协");
            createAccount(browser, "keeper1", "长治市书院", "长治市政协");
            logout(browser);

            // --- the security administrator: roles -----------------------------------------------
            signIn(browser, "security", SECURITY_PW, "Xin-Mima-Er-2026");
            menu(browser, "navAccounts");
            grant(browser, "office1", "机关工作人员");
            grant(browser, "keeper1", "书院管理员");
            logout(browser);

            // --- office staff: sectors, committees, the roster ---------------------------------------
            signIn(browser, "office1", INITIAL_PW, "Own-Office-Password-2026");
            menu(browser, "navCommittees");
            browser.type(By.id("manageForm:sectorName"), "教育界");
            browser.click(By.id("manageForm:addSector"));
            browser.waitForText("界别已新增");
            browser.type(By.id("manageForm:committeeName"), "提案委员会");
            browser.click(By.id("manageForm:addCommittee"));
            browser.waitForText("专门委员会已新增");

            menu(browser, "navRoster");
            browser.click(By.id("rosterForm:import"));
            browser.driver().findElement(FILE).sendKeys(roster().toString());
            browser.clickConfirmed(By.id("importForm:upload"));
            browser.waitForText("导入完成：新增 2 人");
            menu(browser, "navRoster");
            browser.waitFor(d -> d.findElement(By.id("rosterForm:members_data"))
                            .getText()
                            .contains("王建国")
                    && d.findElement(By.id("rosterForm:members_data")).getText().contains("李秀英"));

            // the member logins: one for every active member, shown once, and the sheet of slips
            browser.click(By.xpath("//*[@id='rosterForm:loginScope']//label[text()='全部在任委员']"));
            browser.click(By.id("rosterForm:createLogins"));
            browser.waitFor(d -> d.findElements(By.cssSelector("#rosterForm\\:createdLogins .created-username"))
                            .size()
                    == 2);
            WebElement row = browser.find(By.xpath("//*[@id='rosterForm:createdLogins']//tr[contains(., '王建国')]"));
            String username =
                    row.findElement(By.cssSelector(".created-username")).getText();
            String oneTime =
                    row.findElement(By.cssSelector(".created-password")).getText();
            assertEquals("wangjianguo", username, "the documented rule: the pinyin of the name");
            byte[] slips = download(browser, By.id("rosterForm:slips"));
            assertEquals("%PDF", new String(slips, 0, 4, StandardCharsets.US_ASCII), "the slips are a PDF");
            logout(browser);

            // --- a member: the one-time password opens only the change of password, then a report ------
            signIn(browser, username, oneTime, "Nong-Cun-Xue-Xiao-2026");
            menu(browser, "navWrite");
            browser.type(By.id("writeForm:title"), "关于农村寄宿制学校营养餐的建议");
            browser.type(By.id("writeForm:body"), "长子县部分寄宿制学校营养餐补助标准偏低，建议提高。");
            browser.type(By.id("writeForm:proposals"), "建议提高营养餐补助标准");
            browser.choose("writeForm:topic", "经济发展");
            browser.clickConfirmed(By.id("writeForm:submit"));
            browser.waitFor(d -> d.findElement(By.id("reportState")).getText().equals("已报送"));
            logout(browser);

            // --- the keeper: a space --------------------------------------------------------------
            signIn(browser, "keeper1", INITIAL_PW, "Own-Keeper-Password-2026");
            menu(browser, "navSpaces");
            browser.click(By.id("spacesForm:add"));
            browser.awaitAjax(); // the dialog's form is drawn anew for the new space
            browser.type(By.id("spaceForm:name"), "委员书屋");
            browser.click(By.id("spaceForm:save"));
            browser.waitForText("已保存");
            browser.waitFor(
                    d -> d.findElement(By.id("spacesForm:spaces")).getText().contains("委员书屋"));
            logout(browser);

            // --- the auditor reads what the others did ------------------------------------------------
            signIn(browser, "auditor", AUDITOR_PW, "Xin-Mima-San-2026");
            menu(browser, "navAudit");
            browser.type(By.id("auditForm:entityType"), "Organisation");
            browser.click(By.id("auditForm:filter"));
            browser.waitFor(d ->
                    d.findElement(By.id("auditForm:entries_data")).getText().contains("SX-CZ-ZZ"));
        }
    }

    /**
     * Clicks a button that answers with a file (a non-AJAX PrimeFaces download) and returns the file, which
     * headless Chromium saves into a directory of this test's own.
     */
    private static byte[] download(Browser browser, By button) throws Exception {
        Path dir = server.work().resolve("downloads");
        Files.createDirectories(dir);
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", dir.toString()));
        browser.click(button);
        Path file = browser.waitFor(d -> {
            try (var files = Files.list(dir)) {
                return files.filter(f -> f.toString().endsWith(".pdf"))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        browser.waitFor(d -> {
            try {
                byte[] b = Files.readAllBytes(file);
                return b.length > 4 && new String(b, StandardCharsets.ISO_8859_1).contains("%%EOF");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return Files.readAllBytes(file);
    }

    /** Logs in; where the account must first choose its own password (every first login), chooses it. */
    private static void signIn(Browser browser, String username, String password, String ownPassword) {
        LoginPage.open(browser).attempt(username, password);
        browser.waitFor(d -> !d.findElements(By.id("welcome")).isEmpty()
                || !d.findElements(By.id("password:change")).isEmpty()
                || !d.findElements(SecondFactorPage.BEGIN).isEmpty());
        if (browser.driver().findElements(By.id("password:change")).isEmpty()) {
            enrolIfAsked(browser, username);
            return;
        }
        browser.type(By.id("password:current"), password);
        browser.type(By.id("password:new"), ownPassword);
        browser.type(By.id("password:confirm"), ownPassword);
        browser.click(By.id("password:change"));
        browser.waitForText("密码已修改");
        browser.go("/index.xhtml");
        // an administrator's first login goes on to the enrolment of the second factor (issue 15)
        browser.waitFor(d -> !d.findElements(By.id("welcome")).isEmpty()
                || !d.findElements(SecondFactorPage.BEGIN).isEmpty());
        enrolIfAsked(browser, username);
    }

    /** An administrator's first login goes on to the enrolment of the second factor (issue 15). */
    private static void enrolIfAsked(Browser browser, String username) {
        if (!browser.driver().findElements(SecondFactorPage.BEGIN).isEmpty()) {
            SecondFactorPage.Enrolment enrolment = SecondFactorPage.enrol(browser, "first-day:" + username);
            assertEquals(10, enrolment.recoveryCodes().size());
            browser.go("/index.xhtml");
        }
        browser.find(By.id("welcome"));
    }

    private static void logout(Browser browser) {
        browser.click(By.id("headerForm:logout"));
        browser.find(LoginPage.SUBMIT);
    }

    private static void menu(Browser browser, String id) {
        browser.click(By.cssSelector("#menuForm\\:" + id + " a, a#menuForm\\:" + id));
        browser.awaitAjax();
    }

    private static void addOrganisation(Browser browser, String parent, String code, String name) {
        browser.click(By.xpath("//tr[.//span[contains(@class,'org-name') and text()='" + parent
                + "']]//button[contains(@id,':add')]"));
        browser.type(By.id("orgForm:code"), code);
        browser.type(By.id("orgForm:name"), name);
        browser.click(By.id("orgForm:save"));
        browser.waitFor(d -> !d.findElements(By.xpath("//span[contains(@class,'org-name') and text()='" + name + "']"))
                .isEmpty());
    }

    private static void createAccount(Browser browser, String username, String displayName, String organisation) {
        browser.click(By.id("accountsForm:new"));
        browser.type(By.id("newForm:username"), username);
        browser.type(By.id("newForm:displayName"), displayName);
        browser.choose("newForm:organisation", organisation);
        browser.type(By.id("newForm:password"), INITIAL_PW);
        browser.click(By.id("newForm:create"));
        browser.waitForText("已新建账户：" + username);
    }

    private static void grant(Browser browser, String username, String roleLabel) {
        browser.type(By.id("accountsForm:search"), username);
        browser.click(By.id("accountsForm:find"));
        By row = By.xpath("//tbody[@id='accountsForm:accounts_data']/tr[contains(., '" + username + "')]");
        browser.waitFor(d -> d.findElements(By.xpath("//tbody[@id='accountsForm:accounts_data']/tr"))
                        .size()
                == 1);
        browser.find(row)
                .findElement(By.xpath(".//button[contains(@id,':roles') or contains(., '角色')]"))
                .click();
        browser.click(By.xpath("//*[@id='rolesForm:roles']//label[text()='" + roleLabel + "']"));
        browser.click(By.id("rolesForm:saveRoles"));
        browser.awaitAjax();
        browser.waitFor(d -> d.findElement(row).getText().contains(roleLabel));
    }

    /** The roster as an office keeps it: two members of the committee and sector made on the pages. */
    private static Path roster() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "uploads"));
        Path file = dir.resolve("first-day-roster.xlsx").toAbsolutePath();
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("委员名册");
            List<String> header =
                    List.of("编号", "姓名", "性别", "民族", "出生日期", "党派", "界别", "届次", "职务", "专委会", "工作单位", "职称", "联系电话", "状态");
            String[][] rows = {
                {
                    "CZ-001",
                    "王建国",
                    "男",
                    "汉族",
                    "1968-02-03",
                    "民盟",
                    "教育界",
                    "15",
                    "委员",
                    "提案委员会",
                    "长治一中",
                    "校长",
                    "13900001111",
                    "在职"
                },
                {"CZ-002", "李秀英", "女", "汉族", "1972-11-30", "民进", "教育界", "15", "委员", "提案委员会", "长治二中", "教师", "", ""},
            };
            Row h = s.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    r.createCell(c).setCellValue(rows[i][c]);
                }
            }
            wb.write(out);
        }
        assertTrue(Files.size(file) > 0);
        return file;
    }
}
