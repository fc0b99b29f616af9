package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/**
 * Issue 13 on the accounts page: the system administrator asks for the reset of an administrator's
 * password and sees no password; the security administrator approves and sees the second half once;
 * the requester sees the first half once; the person signs in with both and must change the password.
 * And a password change ends the person's other sessions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DualControlResetUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdministratorsPasswordIsResetOnThePageByTwoAdministratorsEachSeeingHalf() {
        String username = Fixtures.username("uiadm");
        long id = Fixtures.account(username, "Initial-Pass-2026", null);
        Api.Reply granted =
                Api.as("security").put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"audit-admin\"]}");
        assertEquals(200, granted.status(), granted::toString);

        try (Browser admin = Browser.open()) {
            AccountsPage.open(admin, "admin", username);
            admin.click(AccountsPage.row(username, "reset-ask"));
            admin.click(By.cssSelector(".ui-confirmdialog-yes"));
            admin.find(By.id("resetRequested"));
            assertTrue(
                    admin.driver().findElements(By.id("generatedPassword")).isEmpty(), "no password for the requester");
            admin.screenshot("reset-requested");
        }
        String second;
        try (Browser security = Browser.open()) {
            AccountsPage.open(security, "security", username);
            security.click(AccountsPage.row(username, "reset-approve"));
            security.click(By.cssSelector(".ui-confirmdialog-yes"));
            second = security.text(By.id("passwordHalf"));
            security.waitForText("后一半");
        }
        String first;
        try (Browser admin = Browser.open()) {
            AccountsPage.open(admin, "admin", username);
            admin.click(AccountsPage.row(username, "reset-collect"));
            first = admin.text(By.id("passwordHalf"));
            admin.waitForText("前一半");
        }
        assertNotEquals(first, second);
        try (Browser person = Browser.open()) {
            LoginPage login = LoginPage.open(person);
            login.attempt(username, second);
            assertEquals("用户名或密码错误", login.message(), "one half opens nothing");
            login.attempt(username, first + second);
            person.waitForText("请先修改密码");
            assertTrue(
                    person.driver().getCurrentUrl().endsWith("/profile.xhtml"),
                    person.driver().getCurrentUrl());
        }
    }

    @Test
    void aPasswordChangeEndsThePersonsOtherSessions() {
        String username = Fixtures.username("uisess");
        Fixtures.account(username, "Initial-Pass-2026", "member");
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as(username, "Initial-Pass-2026");
            Api.Reply changed = Api.as(username, "Initial-Pass-2026")
                    .post(
                            "/api/v1/me/password",
                            "{\"currentPassword\":\"Initial-Pass-2026\",\"newPassword\":\"Changed-Elsewhere-2026\"}");
            assertEquals(204, changed.status(), changed::toString);
            browser.go("/index.xhtml");
            browser.find(LoginPage.SUBMIT);
            browser.waitForText("会话已过期，请重新登录");
        }
    }
}
