package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
import org.tongxin.support.Fixtures;

/**
 * Issue 14 in the browser: the administrator edits, moves and retires an organisation and imports the
 * tree from .xlsx after a check; the home page's "getting started" checklist shows what is missing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationsUiIT {

    private static final By FILE = By.cssSelector("#importForm input[type='file']");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String tag = Api.unique("U").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");

    @Test
    void theAdministratorMovesRetiresAndImportsOrganisations() throws Exception {
        String name = "界面移动县" + tag;
        Api.Reply created = Api.as("admin")
                .post(
                        "/api/v1/organisations",
                        "{\"parentId\":" + Fixtures.organisationId("SX-DT") + ",\"code\":\"M" + tag + "\",\"name\":\""
                                + name + "\"}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        String rootCode = Api.as("admin").get("/api/v1/organisations").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> !o.containsKey("parentId") || o.isNull("parentId"))
                .findFirst()
                .orElseThrow()
                .getString("code");

        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("admin", Api.DEMO_PASSWORD);
            browser.waitForText("开始使用");
            browser.go("/platform/organisations.xhtml");
            browser.click(row(name, "edit"));
            browser.type(By.id("orgForm:name"), name + "改");
            browser.choose("orgForm:parent", "晋城市政协");
            browser.click(By.id("orgForm:save"));
            browser.waitFor(
                    d -> !d.findElements(By.xpath("//span[contains(@class,'org-name') and text()='" + name + "改']"))
                            .isEmpty());
            JsonObject moved =
                    Api.as("admin").get("/api/v1/organisations/" + id).json();
            assertEquals(
                    Fixtures.organisationId("SX-JC"),
                    moved.getJsonNumber("parentId").longValue());

            browser.clickConfirmed(row(name + "改", "retire"));
            browser.waitFor(d -> !d.findElements(By.xpath("//tr[.//span[contains(@class,'org-name') and text()='" + name
                            + "改']]//*[contains(@class,'org-retired')]"))
                    .isEmpty());
            assertTrue(Api.as("admin").get("/api/v1/organisations/" + id).json().getBoolean("retired"));

            browser.go("/platform/organisation.xhtml?id=" + id);
            browser.waitForText(name + "改");
            assertEquals("Asia/Shanghai", browser.text(By.cssSelector("[id$='timeZone']")));
            assertFalse(browser.driver()
                    .findElements(By.cssSelector("a[id$='routes']"))
                    .isEmpty());

            String city = "IU" + tag;
            Path bad = workbook(List.<String[]>of(new String[] {city, "界面导入市" + tag, "市", "NOPE" + tag}));
            browser.go("/platform/organisations.xhtml");
            browser.driver().findElement(FILE).sendKeys(bad.toAbsolutePath().toString());
            browser.clickConfirmed(By.id("importForm:upload"));
            browser.waitForText("未导入任何数据");
            String error = browser.text(By.cssSelector("tbody[id='importForm:errors_data'] > tr"));
            assertTrue(error.startsWith("2") && error.contains("上级代码"), error);

            Path good = workbook(List.<String[]>of(new String[] {city, "界面导入市" + tag, "市", rootCode}));
            browser.driver().findElement(FILE).sendKeys(good.toAbsolutePath().toString());
            browser.click(By.id("importForm:check"));
            browser.waitForText("检查通过");
            assertTrue(
                    browser.driver()
                            .findElements(By.xpath("//span[contains(@class,'org-name') and text()='界面导入市" + tag + "']"))
                            .isEmpty(),
                    "a check imports nothing");
            browser.driver().findElement(FILE).sendKeys(good.toAbsolutePath().toString());
            browser.clickConfirmed(By.id("importForm:upload"));
            browser.waitForText("导入完成：新增 1 个组织");
            browser.find(By.xpath("//span[contains(@class,'org-name') and text()='界面导入市" + tag + "']"));

            browser.go("/inforeport/routes.xhtml");
            browser.find(By.id("listForm:routes"));
        }
    }

    @Test
    void theChecklistShowsOfficeStaffWhatTheirNewCountyStillLacks() {
        Api.Reply county = Api.as("admin")
                .post(
                        "/api/v1/organisations",
                        "{\"parentId\":" + Fixtures.organisationId("SX-DT") + ",\"code\":\"N" + tag
                                + "\",\"name\":\"清单测试县" + tag + "\"}");
        assertEquals(201, county.status(), county::toString);
        String username = Fixtures.username("uistart");
        String initial = "Start-Check-Initial-" + tag;
        String password = "Start-Check-Chosen-" + tag;
        Api.Reply account = Api.as("admin")
                .post(
                        "/api/v1/accounts",
                        "{\"username\":\"" + username + "\",\"displayName\":\"清单测试\",\"organisationId\":"
                                + county.json().getJsonNumber("id") + ",\"initialPassword\":\"" + initial + "\"}");
        assertEquals(201, account.status(), account::toString);
        Api.Reply changed = Api.as(username, initial)
                .post(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + password + "\"}");
        assertEquals(204, changed.status(), changed::toString);
        Api.Reply role = Api.as("security")
                .put(
                        "/api/v1/accounts/" + account.json().getJsonNumber("id") + "/roles",
                        "{\"roles\":[\"office-staff\"]}");
        assertEquals(200, role.status(), role::toString);

        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as(username, password);
            browser.waitForText("开始使用");
            assertEquals("tx-step-done", step(browser, "start.organisations"));
            assertEquals("tx-step-done", step(browser, "start.office-staff"));
            assertEquals("tx-step-missing", step(browser, "start.roster"));
            assertEquals("tx-step-missing", step(browser, "start.member-logins"));
            assertEquals("tx-step-missing", step(browser, "start.spaces"));
            assertEquals("tx-step-missing", step(browser, "start.rules"));
            String href = browser.find(By.cssSelector("li[data-step='start.roster'] a"))
                    .getAttribute("href");
            assertTrue(href.endsWith("/committee/import.xhtml"), href);
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            browser.waitForText("工作台");
            assertTrue(browser.driver().findElements(By.id("gettingStarted")).isEmpty(), "members have no checklist");
        }
    }

    private static String step(Browser browser, String key) {
        return browser.find(By.cssSelector("li[data-step='" + key + "']")).getAttribute("class");
    }

    private static By row(String name, String button) {
        return By.xpath("//tr[.//span[contains(@class,'org-name') and text()='" + name + "']]//*[contains(@id,':"
                + button + "')]");
    }

    private Path workbook(List<String[]> rows) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "uploads"));
        Path file = dir.resolve("organisations-" + tag + "-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("组织");
            String[] header = {"代码", "名称", "级别", "上级代码"};
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < rows.size(); i++) {
                Row r = s.createRow(i + 1);
                for (int c = 0; c < rows.get(i).length; c++) {
                    r.createCell(c).setCellValue(rows.get(i)[c]);
                }
            }
            wb.write(out);
        }
        return file;
    }
}
