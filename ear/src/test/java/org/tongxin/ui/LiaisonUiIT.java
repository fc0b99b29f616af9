package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.tongxin.support.QrText;

/**
 * The grassroots in the browser: a member writes a concern in the diary and office staff follow it up;
 * the QR address of a member's contact card opens the public card without a login, and the card's page shows that
 * address with a copy button and its QR code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiaisonUiIT {

    private static final By ROWS = By.cssSelector("tbody[id='listForm:concerns_data'] > tr");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aMemberRecordsAConcernAndOfficeStaffResolveIt() {
        String what = "菜市场周边占道经营 " + Api.unique("ui");
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navConcerns a, a#menuForm\\:navConcerns"));
            browser.click(By.id("recordForm:record"));
            browser.waitForText("请填写群众反映的情况");
            browser.type(By.id("recordForm:what"), what);
            browser.click(By.id("recordForm:record"));
            browser.waitForText("已记录，并计入履职档案");
            browser.waitFor(d -> d.findElements(ROWS).stream()
                    .anyMatch(r -> r.getText().contains(what) && r.getText().contains("待办理")));
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navConcerns a, a#menuForm\\:navConcerns"));
            browser.waitFor(
                    d -> d.findElements(ROWS).stream().anyMatch(r -> r.getText().contains(what)));
            browser.click(By.xpath("//tbody[@id='listForm:concerns_data']/tr[contains(., '" + what
                    + "')]//button[contains(@id, 'follow')]"));
            browser.type(By.id("handleForm:note"), "已协调市场监管部门整治");
            browser.click(By.id("handleForm:save"));
            browser.waitFor(d -> d.findElements(ROWS).stream()
                    .anyMatch(r -> r.getText().contains(what) && r.getText().contains("已解决")));
        }
    }

    @Test
    void theCardsQrAddressOpensThePublicCardWithoutALogin() {
        String url;
        String name;
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navCard a, a#menuForm\\:navCard"));
            name = browser.text(By.id("cardName"));
            url = browser.text(By.id("publicUrl"));

            // the address is handed on by its QR code, which holds exactly it, and by a copy button that says it copied
            String svg = (String) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.querySelector('#publicUrlQr svg').outerHTML");
            assertEquals(url, QrText.of(svg));
            assertTrue(svg.contains("aria-label=\"二维码：名片公开页面的地址\""), svg);
            browser.click(By.id("publicUrlCopy"));
            browser.waitFor(d ->
                    "已复制到剪贴板".equals(d.findElement(By.id("publicUrlStatus")).getText()));
        }
        try (Browser stranger = Browser.open()) {
            stranger.driver().get(url);
            assertEquals(name, stranger.text(By.id("cardName")));
            assertTrue(stranger.bodyText().contains("联系点"), stranger.bodyText());
        }
    }
}
