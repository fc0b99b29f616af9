package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Accounts in the browser: the system administrator opens one; its owner must first choose a password. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountJourneyUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordAtFirstLogin() {
        String username = Fixtures.username("ui");
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("admin", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navAccounts a, a#menuForm\\:navAccounts"));
            browser.find(By.id("accountsForm:accounts"));
            browser.screenshot("accounts");
            browser.click(By.id("accountsForm:new"));
            browser.type(By.id("newForm:username"), username);
            browser.type(By.id("newForm:displayName"), "界面新用户");
            browser.choose("newForm:organisation", "大同市政协");
            browser.type(By.id("newForm:password"), "Initial-Pass-2026");
            browser.click(By.id("newForm:create"));
            browser.waitForText("已新建账户：" + username);

            browser.click(By.id("headerForm:logout"));
            new LoginPage(browser).attempt(username, "Initial-Pass-2026");
            browser.waitForText("请先修改密码");
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("/profile.xhtml"),
                    browser.driver().getCurrentUrl());
            browser.go("/index.xhtml");
            browser.waitForText("请先修改密码"); // every page sends them back until the password is theirs

            browser.type(By.id("password:current"), "Initial-Pass-2026");
            browser.type(By.id("password:new"), "short");
            browser.type(By.id("password:confirm"), "short");
            browser.click(By.id("password:change"));
            browser.waitForText("密码至少需要 12 个字符");

            browser.type(By.id("password:current"), "Initial-Pass-2026");
            browser.type(By.id("password:new"), "My-Own-Password-2026");
            browser.type(By.id("password:confirm"), "My-Own-Password-2026");
            browser.click(By.id("password:change"));
            browser.waitForText("密码已修改");

            browser.go("/index.xhtml");
            browser.find(By.id("welcome"));
        }
    }
}
