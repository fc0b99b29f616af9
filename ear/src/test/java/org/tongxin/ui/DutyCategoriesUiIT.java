package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

/**
 * Duty categories in the browser: office staff add their own category, find it on the record and rules pages, and
 * retire it (it is then no longer offered for recording).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DutyCategoriesUiIT {

    private static final By ROWS = By.cssSelector("tbody[id='categoriesForm:categories_data'] > tr");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void officeStaffAddTheirOwnCategoryRecordUnderItAndRetireIt() {
        String name = Api.unique("“33216”工作法");
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navDutyCategories a, a#menuForm\\:navDutyCategories"));
            assertTrue(browser.text(ROWS).contains("内置"), "the built-ins are listed first");

            browser.click(By.id("categoryForm:save"));
            browser.waitForText("请填写名称");

            browser.type(By.id("categoryForm:nameZh"), name);
            browser.type(By.id("categoryForm:nameEn"), name + " method");
            browser.find(By.id("categoryForm:points_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "4", Keys.TAB);
            browser.find(By.id("categoryForm:cap_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "12", Keys.TAB);
            browser.click(By.id("categoryForm:save"));
            browser.waitForText("类别已新增");
            browser.waitFor(d -> d.findElements(ROWS).stream()
                    .anyMatch(r -> r.getText().contains(name) && r.getText().contains("使用中")));

            browser.click(By.cssSelector("#menuForm\\:navRecordDuty a, a#menuForm\\:navRecordDuty"));
            assertTrue(options(browser).contains(name), "offered for recording by hand");
            browser.choose("recordForm:category", name);

            browser.click(By.cssSelector("#menuForm\\:navRules a, a#menuForm\\:navRules"));
            browser.waitFor(
                    d -> d.findElement(By.id("rulesForm:rules")).getText().contains(name));

            browser.click(By.cssSelector("#menuForm\\:navDutyCategories a, a#menuForm\\:navDutyCategories"));
            browser.click(By.xpath("//tbody[@id='categoriesForm:categories_data']/tr[contains(., '" + name
                    + "')]//button[contains(@id, 'retire')]"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("类别已停用");
            browser.waitFor(d -> d.findElements(ROWS).stream()
                    .anyMatch(r -> r.getText().contains(name) && r.getText().contains("已停用")));

            browser.click(By.cssSelector("#menuForm\\:navRecordDuty a, a#menuForm\\:navRecordDuty"));
            assertFalse(options(browser).contains(name), "a retired category is not offered");
        }
        try (Browser member = Browser.open()) {
            LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
            member.go("/committee/duty-categories.xhtml");
            assertFalse(member.driver().getPageSource().contains("categoriesForm"), "the page is for office staff");
        }
    }

    private static List<String> options(Browser browser) {
        return browser.find(By.id("recordForm:category_input")).findElements(By.tagName("option")).stream()
                .map(o -> o.getAttribute("textContent"))
                .toList();
    }
}
