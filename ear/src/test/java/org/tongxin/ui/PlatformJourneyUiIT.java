package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

/** The main journeys in a real browser: log in, switch language, create an organisation, audit it, lockout. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformJourneyUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdministratorCreatesAnOrganisationAndTheAuditorSeesItInTheTrail() {
        String code = Api.unique("SX-DT-UI");
        try (Browser browser = Browser.open()) {
            LoginPage login = LoginPage.open(browser);
            assertTrue(
                    browser.driver().getTitle().contains("登录"), browser.driver().getTitle());
            login.as("admin", Api.DEMO_PASSWORD);
            browser.waitForText("工作台");
            browser.screenshot("home-zh");

            browser.click(By.id("headerForm:langEn"));
            browser.waitForText("Dashboard");
            assertTrue(browser.bodyText().contains("Log out"));

            browser.click(By.cssSelector("#menuForm\\:navOrganisations a, a#menuForm\\:navOrganisations"));
            browser.waitForText("Organisations");
            browser.click(By.xpath(
                    "//tr[.//span[contains(@class,'org-name') and text()='大同市政协']]//button[contains(@id,':add')]"));
            browser.type(By.id("orgForm:code"), code);
            browser.type(By.id("orgForm:name"), "界面测试区政协");
            browser.click(By.id("orgForm:save"));
            browser.waitFor(d -> !d.findElements(By.xpath("//span[contains(@class,'org-name') and text()='界面测试区政协']"))
                    .isEmpty());

            browser.click(By.id("headerForm:logout"));
            browser.find(LoginPage.SUBMIT);
            assertTrue(browser.bodyText().contains("您已安全退出"), "after logout the session and its language are gone");

            new LoginPage(browser).as("auditor", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navAudit a, a#menuForm\\:navAudit"));
            browser.type(By.id("auditForm:entityType"), "Organisation");
            browser.click(By.id("auditForm:filter"));
            browser.waitFor(d ->
                    d.findElement(By.id("auditForm:entries_data")).getText().contains(code));
            String row =
                    browser.text(By.xpath("//tbody[@id='auditForm:entries_data']/tr[contains(., '" + code + "')]"));
            assertTrue(row.contains("admin"), row);
            assertTrue(row.contains("新增"), row);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        String username = Fixtures.username("uilock");
        Fixtures.account(username, "Initial-Pass-2026", "member");
        try (Browser browser = Browser.open()) {
            LoginPage login = LoginPage.open(browser);
            for (int i = 1; i <= 4; i++) {
                login.attempt(username, "wrong-password-" + i);
                assertEquals("用户名或密码错误", login.message());
            }
            // the fifth locks the account; a wrong password never learns it (issue 13), the right one does
            login.attempt(username, "wrong-password-5");
            assertEquals("用户名或密码错误", login.message());
            login.attempt(username, "Initial-Pass-2026");
            assertTrue(login.message().contains("锁定"), "the right password no longer opens a locked account");
        }
    }

    @Test
    void markupTypedByAUserIsShownAsTextNeverRun() {
        String name = "<script>alert('x')</script><b>粗体</b>";
        Api.Reply created = Api.as("admin")
                .post(
                        "/api/v1/organisations",
                        "{\"parentId\":"
                                + Fixtures.organisationId("SX-CZ") + ",\"code\":\"" + Api.unique("SX-CZ-X")
                                + "\",\"name\":\""
                                + name.replace("\"", "\\\"") + "\"}");
        assertEquals(201, created.status(), created::toString);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("admin", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navOrganisations a, a#menuForm\\:navOrganisations"));
            // an alert would make every further call fail; the text must be there as typed
            browser.waitForText(name);
            assertTrue(
                    browser.driver().findElements(By.xpath("//b[text()='粗体']")).isEmpty());
        }
    }

    @Test
    void anExpiredSessionSendsThePersonBackToLoginWithAMessage() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("admin", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navOrganisations a, a#menuForm\\:navOrganisations"));
            browser.find(By.id("treeForm:tree"));
            // what the browser holds after the server dropped the session: an id nobody knows
            browser.driver().manage().deleteCookieNamed("TONGXIN_SESSION");
            browser.driver()
                    .manage()
                    .addCookie(new org.openqa.selenium.Cookie("TONGXIN_SESSION", "expired-session-id", "/"));
            browser.click(By.xpath(
                    "//tr[.//span[contains(@class,'org-name') and text()='大同市政协']]//button[contains(@id,':add')]"));
            browser.find(LoginPage.SUBMIT);
            browser.waitForText("会话已过期，请重新登录");
        }
    }

    @Test
    void aPageOutsideThePersonsDutiesIsRefusedAndAudited() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member2", Api.DEMO_PASSWORD);
            browser.go("/platform/audit.xhtml");
            browser.waitForText("您没有权限访问此页面");
        }
        JsonObject page = Api.as("auditor")
                .get("/api/v1/audit?actor=member2&action=ACCESS_DENIED&size=5")
                .json();
        assertTrue(
                page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("details").contains("/platform/audit.xhtml")),
                page::toString);
    }

    @Test
    void theLoginPageSpeaksChineseUntilEnglishIsChosen() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser);
            assertEquals("登录", browser.text(LoginPage.SUBMIT));
            browser.click(By.id("langForm:langEn"));
            browser.waitFor(d -> d.findElement(LoginPage.SUBMIT).getText().equals("Log in"));
            LoginPage login = new LoginPage(browser).attempt("admin", "not-the-password");
            assertEquals("Wrong user name or password", login.message());
        }
    }
}
