package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.Keys;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/**
 * Issue 14 in the browser: office staff add a town, a point and a group with its leader on the liaison page,
 * rename and retire them, then import a workbook on the liaison import page (refused with the sheet, row and
 * column, then checked and imported).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiaisonStructureUiIT {

    private static final By FILE = By.cssSelector("#importForm input[type='file']");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void officeStaffBuildRenameAndRetireATownWithItsPointAndGroup() {
        String town = Api.unique("界面镇");
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            browser.go("/committee/liaison.xhtml");
            browser.type(By.id("structureForm:newTownName"), town);
            browser.click(By.id("structureForm:addTown"));
            browser.waitForText(town + "的联系点");

            browser.type(By.id("structureForm:newPointName"), "界面村");
            browser.click(By.id("structureForm:addPoint"));
            browser.waitFor(
                    d -> d.findElement(By.id("liaisonForm:points")).getText().contains("界面村"));

            browser.type(By.id("structureForm:townName"), town + "街");
            browser.choose("structureForm:townKind", "街道");
            browser.click(By.id("structureForm:saveTown"));
            browser.waitForText(town + "街的联系点");

            browser.type(By.id("structureForm:groupName"), town + "联络组");
            browser.type(By.id("structureForm:groupLeader_input"), "sgq");
            browser.click(By.cssSelector("[id='structureForm:groupLeader_panel'] .ui-autocomplete-item"));
            browser.find(By.id("structureForm:groupLeader_input")).sendKeys(Keys.ESCAPE);
            browser.click(By.id("structureForm:saveGroup"));
            browser.waitFor(
                    d -> d.findElements(By.id("structureForm:retireGroup")).size() == 1);
            JsonObject group = Api.as("office")
                    .get("/api/v1/liaison/groups?organisation=" + Fixtures.organisationId("SX-DT"))
                    .array()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(g -> g.getString("name").equals(town + "联络组"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(town + "街", group.getString("townName"));
            assertEquals("单国庆", group.getString("leaderName"));

            // a town with a live point and group is not retired
            browser.clickConfirmed(By.id("structureForm:retireTown"));
            browser.waitForText("请先移走或撤销");

            browser.click(By.xpath("//tbody[@id='liaisonForm:points_data']/tr[contains(., '界面村')]"));
            browser.waitFor(
                    d -> d.findElements(By.id("structureForm:retirePoint")).size() == 1);
            browser.clickConfirmed(By.id("structureForm:retirePoint"));
            browser.waitForText("“界面村”已撤销");
            browser.clickConfirmed(By.id("structureForm:retireGroup"));
            browser.waitForText("“" + town + "联络组”已撤销");
            browser.clickConfirmed(By.id("structureForm:retireTown"));
            browser.waitForText("“" + town + "街”已撤销");
            assertTrue(browser.find(By.id("liaisonForm:points")).getText().contains("已撤销"));
        }
    }

    @Test
    void aWorkbookWithABadRowIsRefusedByRowAndColumnThenTheFixedOneIsCheckedAndImported() throws Exception {
        String town = Api.unique("导入界面镇");
        Path bad = workbook(town, "没有的镇");
        Path good = workbook(town, town);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            browser.go("/committee/liaison.xhtml");
            browser.click(By.id("liaisonForm:importLink"));
            browser.waitForText("一个工作簿包含三页");

            browser.driver().findElement(FILE).sendKeys(bad.toAbsolutePath().toString());
            browser.clickConfirmed(By.id("importForm:upload"));
            browser.waitForText("未导入任何数据");
            List<String> errors =
                    browser.driver().findElements(By.cssSelector("tbody[id='importForm:errors_data'] > tr")).stream()
                            .map(e -> e.getText())
                            .toList();
            assertEquals(1, errors.size(), errors::toString);
            assertTrue(
                    errors.get(0).contains("联系点")
                            && errors.get(0).contains("3")
                            && errors.get(0).contains("没有的镇"),
                    errors::toString);

            browser.driver().findElement(FILE).sendKeys(good.toAbsolutePath().toString());
            browser.click(By.id("importForm:check"));
            browser.waitForText("校验通过：将新增镇街 1 个、联系点 2 个、联络组 0 个");

            browser.driver().findElement(FILE).sendKeys(good.toAbsolutePath().toString());
            browser.clickConfirmed(By.id("importForm:upload"));
            browser.waitForText("导入完成：新增镇街 1 个、联系点 2 个、联络组 0 个");
        }
        assertTrue(Api.as("office")
                .get("/api/v1/liaison/towns?organisation=" + Fixtures.organisationId("SX-DT"))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(t -> t.getString("name").equals(town)
                        && t.getJsonNumber("points").longValue() == 2));
    }

    private static Path workbook(String town, String townOfSecondPoint) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "uploads"));
        Path file = dir.resolve(town + "-" + townOfSecondPoint.length() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet towns = wb.createSheet("镇街");
            row(towns, 0, "名称", "类型");
            row(towns, 1, town, "镇");
            Sheet points = wb.createSheet("联系点");
            row(points, 0, "镇街", "名称", "类型");
            row(points, 1, town, "甲村", "村");
            row(points, 2, townOfSecondPoint, "乙社区", "社区");
            wb.createSheet("联络组");
            wb.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, int n, String... cells) {
        Row r = sheet.createRow(n);
        for (int c = 0; c < cells.length; c++) {
            r.createCell(c).setCellValue(cells[c]);
        }
    }
}
