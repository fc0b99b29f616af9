package org.tongxin.ui;

import org.openqa.selenium.By;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;

/** The administrators' accounts page in a browser: one account found by its username, and its row's buttons. */
final class AccountsPage {

    private AccountsPage() {}

    /** Signs in as the demo administrator {@code as} and finds {@code username} on the accounts page. */
    static void open(Browser browser, String as, String username) {
        LoginPage.open(browser).as(as, Api.DEMO_PASSWORD);
        browser.go("/platform/accounts.xhtml");
        browser.type(By.id("accountsForm:search"), username);
        browser.click(By.id("accountsForm:find"));
        browser.waitFor(d -> !d.findElements(
                        By.xpath("//span[contains(@class,'account-username') and text()='" + username + "']"))
                .isEmpty());
    }

    /** The button of class {@code buttonClass} on the account's row. */
    static By row(String username, String buttonClass) {
        return By.xpath("//tr[.//span[contains(@class,'account-username') and text()='" + username
                + "']]//button[contains(@class,'" + buttonClass + "')]");
    }
}
