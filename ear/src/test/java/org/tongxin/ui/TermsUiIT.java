package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/**
 * Office staff reach the terms page from the roster, mark one member as leaving, preview the new term's
 * counts and open it; the list shows both terms and the past one's roster is a click away.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TermsUiIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void officeStaffMarkWhoLeavesPreviewTheCountsAndOpenTheTerm() throws Exception {
        String code = Api.unique("TU-");
        long org = Api.as("admin")
                .post(
                        "/api/v1/organisations",
                        "{\"parentId\":" + Fixtures.organisationId("SX-DT") + ",\"code\":\"" + code
                                + "\",\"name\":\"换届页面" + code + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        Api.as("office").post("/api/v1/committees/sectors", "{\"organisationId\":" + org + ",\"name\":\"教育界\"}");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api.Reply first = Api.as("office")
                .postBytes(
                        "/api/v1/terms/import?organisation=" + org + "&number=1&startsOn=" + today + "&dryRun=false",
                        workbook(code),
                        XLSX);
        assertEquals(201, first.status(), first::toString);

        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navRoster a, a#menuForm\\:navRoster"));
            browser.click(By.id("rosterForm:terms"));
            browser.find(By.id("termForm:number"));
            browser.go("/committee/terms.xhtml?organisation=" + org);
            browser.waitFor(
                    d -> d.findElement(By.id("termsForm:terms_data")).getText().contains("第 1 届"));
            assertEquals("2", browser.find(By.id("termForm:number_input")).getAttribute("value"));
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "document.getElementById('termForm:startsOn_input').value = arguments[0];",
                            today.plusDays(1).toString());
            browser.waitFor(d -> d.findElements(By.cssSelector("tbody[id='termForm:candidates_data'] .candidate-name"))
                            .size()
                    == 2);
            browser.click(By.cssSelector("tbody[id='termForm:candidates_data'] > tr:first-child .ui-chkbox-box"));
            browser.click(By.id("termForm:preview"));
            browser.waitForText("第 2 届预览：连任 1 人，离任 1 人，新任 0 人");
            assertTrue(browser.find(By.id("termsForm:terms_data")).getText().contains("第 1 届"));

            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "document.getElementById('termForm:startsOn_input').value = arguments[0];",
                            today.plusDays(1).toString());
            browser.clickConfirmed(By.id("termForm:open"));
            browser.waitForText("第 2 届已开始：连任 1 人，离任 1 人，新任 0 人");
            String terms = browser.text(By.id("termsForm:terms_data"));
            assertTrue(terms.contains("第 2 届") && terms.contains("第 1 届"), terms);
            assertEquals(
                    1,
                    browser.driver()
                            .findElements(By.cssSelector("tbody[id='termForm:candidates_data'] > tr .candidate-name"))
                            .size(),
                    "one active member is left to mark");

            browser.click(By.cssSelector("tbody[id='termsForm:terms_data'] > tr:nth-child(2) [id$='browse'] a,"
                    + " tbody[id='termsForm:terms_data'] > tr:nth-child(2) a[id$='browse']"));
            browser.waitFor(d -> d.findElements(By.cssSelector("tbody[id='rosterForm:members_data'] > tr .member-name"))
                            .size()
                    >= 2);
            assertEquals(List.of(), browser.cspViolations());
        }
    }

    private static byte[] workbook(String code) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("委员名册");
            String[] header = {"编号", "姓名", "性别", "民族", "出生日期", "党派", "界别", "届次", "职务"};
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            String[][] rows = {
                {code + "-1", "页面甲", "男", "汉族", "1970-01-01", "中共", "教育界", "1", "委员"},
                {code + "-2", "页面乙", "女", "汉族", "1971-01-01", "民盟", "教育界", "1", "委员"}
            };
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    r.createCell(c).setCellValue(rows[i][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
