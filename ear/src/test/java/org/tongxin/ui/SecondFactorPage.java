package org.tongxin.ui;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tongxin.support.Browser;
import org.tongxin.support.TestTotp;

/** second-factor.xhtml: enrols the signed-in account as a person does with an authenticator app. */
public final class SecondFactorPage {

    static final By BEGIN = By.id("enrol:begin");
    static final By SECRET = By.id("secret");
    static final By CODE = By.id("enrol:code");
    static final By CONFIRM = By.id("enrol:confirm");

    /** The secret shown (for the code) and the recovery codes shown once. */
    public record Enrolment(String secret, List<String> recoveryCodes) {}

    private SecondFactorPage() {}

    /** On the enrolment page: begins, reads the secret as the app would, types its first code, confirms. */
    public static Enrolment enrol(Browser browser, String account) {
        browser.click(BEGIN);
        String secret = browser.text(SECRET).replace(" ", "");
        browser.find(By.cssSelector("#qr svg"));
        browser.type(CODE, TestTotp.next(account, secret));
        browser.click(CONFIRM);
        browser.find(By.id("recoveryCodes"));
        List<String> codes = browser.driver().findElements(By.cssSelector("#recoveryCodes code")).stream()
                .map(WebElement::getText)
                .toList();
        return new Enrolment(secret, codes);
    }
}
