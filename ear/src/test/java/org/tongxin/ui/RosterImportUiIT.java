package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
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

/** Office staff import a roster with one bad row, read the error by row and column, fix the file and import it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterImportUiIT {

    private static final By FILE = By.cssSelector("#importForm input[type='file']");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aFileWithOneBadRowIsRefusedWithTheRowAndColumnAndTheFixedFileIsImported() throws Exception {
        String batch = "UI" + new Random().nextInt(1_000_000);
        Path bad = workbook(batch, "界面测试", "共和党");
        Path good = workbook(batch, "界面测试", "民进");
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navRoster a, a#menuForm\\:navRoster"));
            browser.click(By.id("rosterForm:import"));

            browser.driver().findElement(FILE).sendKeys(bad.toAbsolutePath().toString());
            browser.clickConfirmed(By.id("importForm:upload"));
            browser.waitForText("未导入任何数据");
            String error = browser.text(By.cssSelector("tbody[id='importForm:errors_data'] > tr"));
            assertTrue(error.startsWith("3") && error.contains("党派") && error.contains("共和党"), error);
            assertEquals(
                    1,
                    browser.driver()
                            .findElements(By.cssSelector("tbody[id='importForm:errors_data'] > tr"))
                            .size());

            browser.driver().findElement(FILE).sendKeys(good.toAbsolutePath().toString());
            browser.clickConfirmed(By.id("importForm:upload"));
            browser.waitForText("导入完成：新增 2 人");

            browser.click(By.cssSelector("#menuForm\\:navRoster a, a#menuForm\\:navRoster"));
            browser.type(By.id("rosterForm:text"), "界面测试");
            browser.click(By.id("rosterForm:find"));
            browser.waitFor(d -> d.findElements(By.cssSelector("tbody[id='rosterForm:members_data'] > tr"))
                                    .size()
                            >= 2
                    && d.findElement(By.id("rosterForm:members_data"))
                            .getText()
                            .contains("界面测试" + batch.substring(2) + "乙"));
        }
    }

    private static Path workbook(String batch, String name, String partyOfSecondRow) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "uploads"));
        Path file = dir.resolve(batch + "-" + partyOfSecondRow + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("委员名册");
            List<String> header =
                    List.of("编号", "姓名", "性别", "民族", "出生日期", "党派", "界别", "届次", "职务", "专委会", "工作单位", "职称", "联系电话", "状态");
            Row h = s.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            String[][] rows = {
                {
                    batch + "-1",
                    name + batch.substring(2) + "甲",
                    "男",
                    "汉族",
                    "1968-02-03",
                    "民盟",
                    "教育界",
                    "15",
                    "委员",
                    "提案委员会",
                    "大同一中",
                    "校长",
                    "13900001111",
                    "在职"
                },
                {
                    batch + "-2",
                    name + batch.substring(2) + "乙",
                    "女",
                    "回族",
                    "1972-11-30",
                    partyOfSecondRow,
                    "科技界",
                    "15",
                    "委员",
                    "经济委员会",
                    "大同科技局",
                    "研究员",
                    "",
                    ""
                },
            };
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    r.createCell(c).setCellValue(rows[i][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }
}
