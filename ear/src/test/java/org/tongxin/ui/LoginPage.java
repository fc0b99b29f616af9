package org.tongxin.ui;

import org.openqa.selenium.By;
import org.tongxin.support.Browser;

/** login.xhtml */
final class LoginPage {

    static final By USERNAME = By.id("login:username");
    static final By PASSWORD = By.id("login:password");
    static final By SUBMIT = By.id("login:submit");
    static final By MESSAGES = By.id("login:messages");

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

    /** Logs in and waits for the dashboard. */
    void as(String username, String password) {
        attempt(username, password);
        browser.find(By.id("welcome"));
    }

    String message() {
        return browser.text(MESSAGES);
    }
}
