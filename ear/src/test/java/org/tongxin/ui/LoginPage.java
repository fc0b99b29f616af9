package org.tongxin.ui;

import org.openqa.selenium.By;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.TestTotp;

/** login.xhtml */
final class LoginPage {

    static final By USERNAME = By.id("login:username");
    static final By PASSWORD = By.id("login:password");
    static final By SUBMIT = By.id("login:submit");
    static final By MESSAGES = By.id("login:messages");
    static final By CODE = By.id("code:value");
    static final By CODE_SUBMIT = By.id("code:submit");

    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
    }

    static LoginPage open(Browser browser) {
        browser.go("/");
        browser.find(SUBMIT);
        return new LoginPage(browser);
    }

    LoginPage attempt(String username, String password) {
        browser.type(USERNAME, username);
        browser.type(PASSWORD, password);
        browser.click(SUBMIT);
        return this;
    }

    /**
     * Logs in and waits for the dashboard; a demo administrator also gives the code of the published
     * TOTP secret on the second step (issue 15).
     */
    void as(String username, String password) {
        attempt(username, password);
        if (Api.DEMO_ADMINS.contains(username) && Api.DEMO_PASSWORD.equals(password)) {
            code(TestTotp.next(username, TestTotp.DEMO_SECRET));
        }
        browser.find(By.id("welcome"));
    }

    /** The login's second step: types the code (or a recovery code) and submits it. */
    LoginPage code(String code) {
        browser.type(CODE, code);
        browser.click(CODE_SUBMIT);
        return this;
    }

    String message() {
        return browser.text(MESSAGES);
    }
}
