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
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;
import org.tongxin.support.TestTotp;

/**
 * Issue 15, two factors in the browser: the password alone signs nobody with a second factor in, an
 * enrolment from the account menu with a QR code and recovery codes, a recovery code works once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorUiIT {

    private static final String PASSWORD = "Two-Factor-Page-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdministratorWithThePasswordAloneReachesNoPage() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).attempt("admin", Api.DEMO_PASSWORD);
            browser.find(LoginPage.CODE);
            browser.go("/platform/accounts.xhtml");
            browser.find(LoginPage.SUBMIT); // the login page: the session is not signed in
            assertTrue(browser.driver()
                    .findElements(By.id("accountsForm:accounts"))
                    .isEmpty());
            browser.go("/index.xhtml");
            browser.find(LoginPage.SUBMIT);
        }
    }

    @Test
    void aWrongCodeKeepsThePersonOnTheSecondStep() {
        String username = Fixtures.username("tfw");
        Fixtures.account(username, PASSWORD, "member");
        Api.enrolled(username, PASSWORD);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).attempt(username, PASSWORD).code("000000");
            browser.waitForText("验证码不正确或已过期");
            assertTrue(browser.driver().findElements(By.id("welcome")).isEmpty());
        }
    }

    @Test
    void aMemberEnrolsFromTheMenuAndARecoveryCodeWorksOnce() {
        String username = Fixtures.username("tfm");
        Fixtures.account(username, PASSWORD, "member");
        SecondFactorPage.Enrolment enrolment;
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as(username, PASSWORD); // no second factor yet: the password as before
            browser.click(By.cssSelector("#menuForm\\:navSecondFactor a, a#menuForm\\:navSecondFactor"));
            enrolment = SecondFactorPage.enrol(browser, username);
            assertEquals(10, enrolment.recoveryCodes().size());
        }
        String recovery = enrolment.recoveryCodes().get(0);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).attempt(username, PASSWORD).code(recovery);
            browser.find(By.id("welcome"));
        }
        try (Browser browser = Browser.open()) {
            LoginPage login =
                    LoginPage.open(browser).attempt(username, PASSWORD).code(recovery);
            browser.waitForText("验证码不正确或已过期");
            login.code(TestTotp.next(username, enrolment.secret()));
            browser.find(By.id("welcome"));
        }
    }
}
